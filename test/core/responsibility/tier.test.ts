import { tier } from "../../../src/core/responsibility/tier";

describe("tier", () => {
  it.each([
    [5000, "行级"],
    [1000, "行级"],
    [999.99, "部门"],
    [300, "部门"],
    [299.99, "网点"],
    [0, "网点"],
  ])("puts a balance of %p under %s (cut-offs 1000 / 300)", (balance, expected) => {
    expect(tier(balance, 1000, 300)).toBe(expected);
  });
});
