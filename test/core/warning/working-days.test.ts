import { dayToExcelSerial, dayToIso, type Day } from "../../../src/core/values/day";
import { addWorkingDays, isWorkingDay, weekdayOf } from "../../../src/core/warning/working-days";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import { day } from "../../support/ledger-builder";

describe("weekdayOf", () => {
  it.each([
    ["1970-01-01", 4],
    ["2026-03-06", 5],
    ["2026-03-07", 6],
    ["2026-03-08", 0],
    ["1969-12-28", 0],
  ])("%s is weekday %i", (iso, w) => {
    expect(weekdayOf(day(iso))).toBe(w);
  });
});

describe("isWorkingDay", () => {
  it.each([
    ["2026-03-06", true],
    ["2026-03-07", false],
    ["2026-03-08", false],
    ["2026-03-09", true],
  ])("%s → %p", (iso, want) => {
    expect(isWorkingDay(day(iso))).toBe(want);
  });
});

describe("addWorkingDays", () => {
  it.each([
    ["2026-03-06", 10, "2026-03-20"], // Friday + 10 → Friday two weeks on
    ["2026-03-06", 1, "2026-03-09"], // Friday + 1 → Monday
    ["2026-03-07", 1, "2026-03-09"], // Saturday + 1 → Monday
    ["2026-03-08", 5, "2026-03-13"], // Sunday + 5 → Friday
    ["2026-03-09", 4, "2026-03-13"],
    ["2026-03-09", 5, "2026-03-16"],
    ["2026-12-28", 10, "2027-01-11"], // across the year
    ["2026-03-06", 0, "2026-03-06"],
    ["2026-03-06", -2, "2026-03-06"],
  ])("%s + %i working days → %s", (from, n, want) => {
    expect(dayToIso(addWorkingDays(day(from), n))).toBe(want);
  });

  it("agrees with Excel's WORKDAY, recalculated by a formula engine, over every start day of a year and n up to 30", () => {
    const starts: Day[] = [];
    for (let d = day("2026-01-01"); d < day("2027-01-01"); d += 3) starts.push(d);
    const ns = [1, 2, 4, 5, 6, 9, 10, 11, 15, 20, 30];
    const rows = starts.map((d) => [
      dayToExcelSerial(d),
      ...ns.map((n) => ({ formula: `=WORKDAY(A${starts.indexOf(d) + 1},${n})` })),
    ]);
    const values = recalculateSheets([{ name: "W", rows }])["W"] ?? [];
    starts.forEach((d, r) => {
      ns.forEach((n, i) => {
        expect(values[r]?.[i + 1]).toBe(dayToExcelSerial(addWorkingDays(d, n)));
      });
    });
  });
});
