import {
  dayFromExcelSerial,
  dayFromYmd,
  dayToExcelSerial,
  dayToIso,
  firstOfNextMonth,
  lastOfMonth,
} from "../../../src/core/values/day";

describe("dayFromExcelSerial", () => {
  it.each([
    [1, false, "1900-01-01"],
    [59, false, "1900-02-28"],
    [61, false, "1900-03-01"],
    [45658, false, "2025-01-01"],
    [2958465, false, "9999-12-31"],
    [0, true, "1904-01-01"],
    [44196, true, "2025-01-01"],
  ])("reads serial %p (1904: %p) as %s", (serial, date1904, iso) => {
    const day = dayFromExcelSerial(serial, date1904);
    expect(day).not.toBeNull();
    expect(dayToIso(day as number)).toBe(iso);
    expect(dayToExcelSerial(day as number, date1904)).toBe(serial);
  });

  it.each([[0], [60], [-5], [Number.NaN]])("rejects %p, which is no real date in the 1900 system", (serial) => {
    expect(dayFromExcelSerial(serial)).toBeNull();
  });
});

describe("dayFromYmd", () => {
  it("rejects impossible dates", () => {
    expect(dayFromYmd(2026, 13, 45)).toBeNull();
    expect(dayFromYmd(2026, 2, 29)).toBeNull();
    expect(dayFromYmd(2028, 2, 29)).not.toBeNull();
  });
});

describe("month helpers", () => {
  it("crosses December into January", () => {
    const d = dayFromYmd(2026, 12, 31) as number;
    expect(dayToIso(firstOfNextMonth(d))).toBe("2027-01-01");
    expect(dayToIso(lastOfMonth(dayFromYmd(2026, 2, 3) as number))).toBe("2026-02-28");
  });
});
