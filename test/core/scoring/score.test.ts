import { score } from "../../../src/core/scoring/score";

describe("score", () => {
  it.each([
    ["no deductions", [], 100],
    ["whole deductions", [5, 2, 3], 90],
    ["decimal deductions without float artefacts", [0.1, 0.2], 99.7],
    ["many half points", [0.5, 0.5, 0.5], 98.5],
    ["deductions past zero (扣完为止)", [60, 50], 0],
    ["a bonus above full marks", [-5], 105],
  ])("scores %s", (_label, deductions, expected) => {
    expect(score(deductions, 100, 0)).toBe(expected);
  });

  it("uses the given full marks and floor", () => {
    expect(score([3], 25)).toBe(22);
    expect(score([30], 25, 5)).toBe(5);
  });

  it("rounds to two decimals", () => {
    expect(score([0.333, 0.333])).toBe(99.33);
  });
});
