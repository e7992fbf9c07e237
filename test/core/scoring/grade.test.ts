import { grade, validBands } from "../../../src/core/scoring/grade";

describe("grade", () => {
  it.each([
    [100, "优秀"],
    [90, "优秀"],
    [89.99, "良好"],
    [80, "良好"],
    [79.99, "合格"],
    [60, "合格"],
    [59.99, "不合格"],
    [0, "不合格"],
  ])("grades %p as %s with the default bands", (s, expected) => {
    expect(grade(s)).toBe(expected);
  });

  it("uses the bands it is given", () => {
    expect(grade(70, [95, 85, 70])).toBe("合格");
    expect(grade(69.9, [95, 85, 70])).toBe("不合格");
  });
});

describe("validBands", () => {
  it.each<[unknown[], boolean]>([
    [[90, 80, 60], true],
    [[90, 80, 70], true],
    [[90, 90, 60], false],
    [[60, 80, 90], false],
    [[90, 80], false],
    [[90, 80, 60, 50], false],
    [[90, Number.NaN, 60], false],
    [[Number.POSITIVE_INFINITY, 80, 60], false],
    [["90", 80, 60], false],
  ])("judges %p as %p", (bands, expected) => {
    expect(validBands(bands)).toBe(expected);
  });
});
