import { extensionLimitMonths } from "../../../src/core/dates/extension-limit";

describe("extensionLimitMonths", () => {
  it.each([
    [1, 1],
    [6, 6],
    [12, 12],
    [13, 6.5],
    [24, 12],
    [36, 18],
    [60, 30],
    [61, 36],
    [120, 36],
  ])("allows a %p-month loan %p months of extension", (term, limit) => {
    expect(extensionLimitMonths(term)).toBe(limit);
  });
});
