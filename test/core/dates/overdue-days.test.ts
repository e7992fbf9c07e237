import { overdueDays } from "../../../src/core/dates/overdue-days";
import { dayFromYmd } from "../../../src/core/values/day";

const d = (y: number, m: number, dd: number): number => dayFromYmd(y, m, dd) as number;

describe("overdueDays", () => {
  it.each([
    ["before the due date", d(2026, 3, 10), d(2026, 3, 1), 0],
    ["on the due date", d(2026, 3, 10), d(2026, 3, 10), 0],
    ["the day after", d(2026, 3, 10), d(2026, 3, 11), 1],
    ["across a leap February", d(2028, 2, 28), d(2028, 3, 1), 2],
    ["across a year end", d(2025, 12, 31), d(2026, 12, 31), 365],
  ])("counts %s", (_label, due, asOf, expected) => {
    expect(overdueDays(due, asOf)).toBe(expected);
  });
});
