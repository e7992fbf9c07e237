import { dueNextMonth, isInWindow, nextMonthWindow } from "../../../src/core/dates/due-next-month";
import { dayFromYmd, dayToIso } from "../../../src/core/values/day";

const d = (y: number, m: number, dd: number): number => dayFromYmd(y, m, dd) as number;

describe("dueNextMonth", () => {
  it.each([
    ["first of next month", d(2026, 4, 1), d(2026, 3, 15), true],
    ["last of next month", d(2026, 4, 30), d(2026, 3, 15), true],
    ["later this month", d(2026, 3, 31), d(2026, 3, 15), false],
    ["the month after next", d(2026, 5, 1), d(2026, 3, 15), false],
    ["January seen from December", d(2027, 1, 31), d(2026, 12, 31), true],
    ["January of the same year seen from December", d(2026, 1, 15), d(2026, 12, 1), false],
    ["February seen from 31 January", d(2026, 2, 28), d(2026, 1, 31), true],
    ["1 March seen from 31 January", d(2026, 3, 1), d(2026, 1, 31), false],
    ["29 February in a leap year", d(2028, 2, 29), d(2028, 1, 31), true],
    ["next month seen from the 31st", d(2026, 6, 30), d(2026, 5, 31), true],
    ["an already past maturity", d(2026, 2, 1), d(2026, 3, 15), false],
  ])("%s", (_label, maturity, asOf, expected) => {
    expect(dueNextMonth(maturity, asOf)).toBe(expected);
  });
});

describe("nextMonthWindow", () => {
  it.each([
    [d(2026, 12, 15), "next-month", "2027-01-01", "2027-01-31"],
    [d(2026, 1, 31), "next-month", "2026-02-01", "2026-02-28"],
    [d(2026, 3, 1), "next-month", "2026-04-01", "2026-04-30"],
    [d(2026, 1, 31), "next-30-days", "2026-02-01", "2026-03-02"],
    [d(2026, 12, 20), "next-30-days", "2026-12-21", "2027-01-19"],
  ] as const)("from %p in mode %s spans %s … %s", (asOf, mode, from, to) => {
    const w = nextMonthWindow(asOf, mode);
    expect([dayToIso(w.from), dayToIso(w.to)]).toEqual([from, to]);
  });
});

describe("isInWindow", () => {
  const w = { from: d(2026, 4, 1), to: d(2026, 4, 30) };
  it.each([
    [d(2026, 3, 31), false],
    [d(2026, 4, 1), true],
    [d(2026, 4, 30), true],
    [d(2026, 5, 1), false],
  ])("includes both bounds (%p → %p)", (day, expected) => {
    expect(isInWindow(day, w)).toBe(expected);
  });
});
