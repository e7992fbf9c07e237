import type { LoanClass } from "../../../src/core/classification/loan-class";
import { inspectionIntervalDays, nextCheckDue } from "../../../src/core/inspection/next-check";
import { dayFromYmd, dayToIso } from "../../../src/core/values/day";

const d = (y: number, m: number, dd: number): number => dayFromYmd(y, m, dd) as number;
const custom = { firstInspectionDays: 15, normalIntervalDays: 180, watchIntervalDays: 60 };

describe("inspectionIntervalDays", () => {
  it.each<[LoanClass, number, number]>([
    ["正常", 90, 180],
    ["关注", 30, 60],
    ["次级", 30, 60],
    ["可疑", 30, 60],
    ["损失", 30, 60],
  ])("gives %s %p days by default and %p with custom settings", (cls, byDefault, withCustom) => {
    expect(inspectionIntervalDays(cls)).toBe(byDefault);
    expect(inspectionIntervalDays(cls, custom)).toBe(withCustom);
  });
});

describe("nextCheckDue", () => {
  it.each<[LoanClass, string]>([
    ["正常", "2026-04-01"],
    ["关注", "2026-01-31"],
    ["次级", "2026-01-31"],
    ["可疑", "2026-01-31"],
    ["损失", "2026-01-31"],
  ])("adds the %s interval to the last check", (cls, iso) => {
    const due = nextCheckDue({ lastCheck: d(2026, 1, 1), cls, disbursed: d(2025, 6, 1) });
    expect(dayToIso(due as number)).toBe(iso);
  });

  it("owes the first inspection 30 days after disbursement when never checked", () => {
    const due = nextCheckDue({ lastCheck: null, cls: "关注", disbursed: d(2026, 1, 15) });
    expect(dayToIso(due as number)).toBe("2026-02-14");
  });

  it("uses the settings it is given", () => {
    expect(dayToIso(nextCheckDue({ lastCheck: null, cls: "正常", disbursed: d(2026, 1, 1) }, custom) as number)).toBe(
      "2026-01-16",
    );
    expect(dayToIso(nextCheckDue({ lastCheck: d(2026, 1, 1), cls: "正常", disbursed: null }, custom) as number)).toBe(
      "2026-06-30",
    );
  });

  it("does not need the disbursement date once there is a last check", () => {
    expect(nextCheckDue({ lastCheck: d(2026, 1, 1), cls: "正常", disbursed: null })).toBe(d(2026, 4, 1));
  });

  it("is null when neither date is known", () => {
    expect(nextCheckDue({ lastCheck: null, cls: "正常", disbursed: null })).toBeNull();
  });
});
