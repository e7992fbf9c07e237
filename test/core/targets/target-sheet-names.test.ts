import { targetSheetNames } from "../../../src/core/targets/target-sheet-names";

describe("targetSheetNames", () => {
  it.each([
    ["张三", "目标责任书-张三"],
    ["城关/东城 李四", "目标责任书-城关／东城 李四"],
    ["王[五]", "目标责任书-王［五］"],
    [
      "欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜",
      "目标责任书-欧阳娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜娜",
    ],
  ])("names %s's sheet %s", (officer, name) => {
    const got = targetSheetNames([officer]).get(officer);
    expect(got).toBe(name);
    expect((got ?? "").length).toBeLessThanOrEqual(31);
  });

  it("numbers officers whose names come out the same, in the order given", () => {
    const names = targetSheetNames(["Li Si", "LI SI", "li si"]);
    expect([...names.values()]).toEqual(["目标责任书-Li Si", "目标责任书-LI SI(2)", "目标责任书-li si(3)"]);
  });

  it("numbers a long name within 31 characters", () => {
    const long = "甲".repeat(40);
    const names = targetSheetNames([long, `${long}乙`]);
    expect(names.get(`${long}乙`)).toBe(`目标责任书-${"甲".repeat(22)}(2)`);
  });
});
