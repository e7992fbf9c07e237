import { targetScore } from "../../../src/core/targets/target-score";

describe("targetScore", () => {
  it("sums weight × attainment", () => {
    expect(
      targetScore([
        { actual: 95, target: 100, weight: 40 },
        { actual: 50, target: 100, weight: 60 },
      ]),
    ).toBe(68);
  });

  it.each([
    [1.2, 60 * 1.2 + 40],
    [1.5, 60 * 1.5 + 40],
    [1, 100],
  ])("caps each row at %p", (cap, expected) => {
    const rows = [
      { actual: 300, target: 100, weight: 60 },
      { actual: 100, target: 100, weight: 40 },
    ];
    expect(targetScore(rows, cap)).toBe(expected);
  });

  it("rounds to two decimals", () => {
    expect(targetScore([{ actual: 1, target: 3, weight: 100 }])).toBe(33.33);
    expect(
      targetScore([
        { actual: 0.1, target: 1, weight: 1 },
        { actual: 0.2, target: 1, weight: 1 },
      ]),
    ).toBe(0.3);
  });

  it("is null when any row has a zero target", () => {
    expect(
      targetScore([
        { actual: 95, target: 100, weight: 40 },
        { actual: 5, target: 0, weight: 60 },
      ]),
    ).toBeNull();
  });

  it("is 0 for no rows", () => {
    expect(targetScore([])).toBe(0);
  });
});
