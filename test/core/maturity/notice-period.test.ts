import { followUpWindow, noticePeriod, periodLabel } from "../../../src/core/maturity/notice-period";
import { day } from "../../support/ledger-builder";

describe("noticePeriod", () => {
  it.each([
    ["2026-11-30", "2026-12-01", "2026-12-31", "2026-12"],
    ["2026-12-31", "2027-01-01", "2027-01-31", "2027-01"],
    ["2026-12-01", "2027-01-01", "2027-01-31", "2027-01"],
    ["2027-01-31", "2027-02-01", "2027-02-28", "2027-02"],
    ["2028-01-31", "2028-02-01", "2028-02-29", "2028-02"],
    ["2026-03-31", "2026-04-01", "2026-04-30", "2026-04"],
  ])("as of %s covers the next calendar month %s – %s", (asOf, from, to, month) => {
    const p = noticePeriod(day(asOf), "next-month");
    expect(p.window).toEqual({ from: day(from), to: day(to) });
    expect(p.month).toBe(month);
  });

  it("covers the 30 days after the as-of date when the setting says so", () => {
    const p = noticePeriod(day("2026-12-15"), "next-30-days");
    expect(p.window).toEqual({ from: day("2026-12-16"), to: day("2027-01-14") });
    expect(p.month).toBe("2026-12");
  });
});

describe("periodLabel", () => {
  it.each([
    ["next-month", "zh-CN", "2027年1月"],
    ["next-month", "en-US", "January 2027"],
    ["next-30-days", "zh-CN", "2027年1月1日至2027年1月30日"],
    ["next-30-days", "en-US", "2027-01-01 to 2027-01-30"],
  ] as const)("names a %s period in %s", (mode, locale, label) => {
    expect(periodLabel(noticePeriod(day("2026-12-31"), mode), locale)).toBe(label);
  });
});

describe("followUpWindow", () => {
  it("is the as-of date's own month, last round's notice month", () => {
    expect(followUpWindow(day("2026-12-31"), "next-month")).toEqual({ from: day("2026-12-01"), to: day("2026-12-31") });
    expect(followUpWindow(day("2027-01-05"), "next-month")).toEqual({ from: day("2027-01-01"), to: day("2027-01-31") });
  });

  it("is the 30 days up to the as-of date for a rolling window", () => {
    expect(followUpWindow(day("2026-12-31"), "next-30-days")).toEqual({
      from: day("2026-12-01"),
      to: day("2026-12-31"),
    });
  });
});
