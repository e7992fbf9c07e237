import { excelError } from "../../../src/core/values/cell-value";
import { dayFromYmd, dayToIso } from "../../../src/core/values/day";
import { parseDate } from "../../../src/core/values/parse-date";

function isoOf(value: unknown, date1904 = false): string | null {
  const parsed = parseDate(value, { date1904 });
  return parsed.ok ? dayToIso(parsed.value) : null;
}

describe("parseDate", () => {
  describe("text forms", () => {
    it.each([
      ["2026-03-05", "2026-03-05"],
      ["2026-3-5", "2026-03-05"],
      ["2026/3/5", "2026-03-05"],
      ["2026/03/05", "2026-03-05"],
      ["2026.03.05", "2026-03-05"],
      ["2026.3.5", "2026-03-05"],
      ["2026年3月5日", "2026-03-05"],
      ["2026年03月05号", "2026-03-05"],
      ["2026 年 3 月 5 日", "2026-03-05"],
      ["2026年3月5", "2026-03-05"],
      ["20260305", "2026-03-05"],
      ["2026-03-05 10:20:00", "2026-03-05"],
      ["2026-03-05 10:20", "2026-03-05"],
      ["2026-03-05T10:20", "2026-03-05"],
      ["2026-03-05T10:20:00.000Z", "2026-03-05"],
      ["2026/3/5 9:05", "2026-03-05"],
      ["2026年3月5日 10:20", "2026-03-05"],
      ["20260305 10:20:00", "2026-03-05"],
      ["２０２６－０３－０５", "2026-03-05"],
      ["２０２６年３月５日", "2026-03-05"],
      ["２０２６／３／５　１０：２０", "2026-03-05"],
      ["  2026-03-05\n", "2026-03-05"],
      ["2028-02-29", "2028-02-29"],
      ["1900-01-01", "1900-01-01"],
      ["9999-12-31", "9999-12-31"],
    ])("reads %p as %s", (text, iso) => {
      expect(isoOf(text)).toBe(iso);
    });

    it.each([
      ["45658", "2025-01-01"],
      ["45658.75", "2025-01-01"],
      ["４５６５８", "2025-01-01"],
    ])("reads the plain-number text %p as a serial (%s)", (text, iso) => {
      expect(isoOf(text)).toBe(iso);
    });

    it.each([
      "2026-13-45",
      "2026-02-30",
      "2026-02-29",
      "2026-00-10",
      "2026-03-00",
      "20261345",
      "2026年13月1日",
      "26-3-5",
      "26/03/05",
      "3/5/26",
      "05/03/2026",
      "2026-03/05",
      "2026-03-05 25:00",
      "2026-03-05 10:60",
      "2026-03-05 abc",
      "0001-01-01",
      "1899-12-31",
      "约50",
      "待定",
      "/",
      "-",
      "无",
      "2026",
      "61",
      "9999",
      "2026年3月",
      "-45658",
      "99999999",
      "2026-03-05-01",
    ])("rejects %p as invalid", (text) => {
      expect(parseDate(text)).toEqual({ ok: false, reason: "invalid", raw: text });
    });
  });

  describe("serial numbers", () => {
    it.each([
      [1, "1900-01-01"],
      [59, "1900-02-28"],
      [61, "1900-03-01"],
      [45658, "2025-01-01"],
      [45658.999, "2025-01-01"],
      [2958465, "9999-12-31"],
      [2958465.5, "9999-12-31"],
    ])("reads serial %p as %s in the 1900 system", (serial, iso) => {
      expect(isoOf(serial)).toBe(iso);
    });

    it.each([
      [0],
      [0.5],
      [60],
      [-1],
      [2958466],
      [1e12],
      [Number.NaN],
      [Number.POSITIVE_INFINITY],
      [Number.NEGATIVE_INFINITY],
    ])("rejects serial %p in the 1900 system", (serial) => {
      expect(parseDate(serial)).toEqual({ ok: false, reason: "invalid", raw: serial });
    });

    it.each([
      [0, "1904-01-01"],
      [60, "1904-03-01"],
      [44196, "2025-01-01"],
      [2958465 - 1462, "9999-12-31"],
    ])("reads serial %p as %s in the 1904 system", (serial, iso) => {
      expect(isoOf(serial, true)).toBe(iso);
    });

    it.each([[-1], [2958465 - 1461]])("rejects serial %p in the 1904 system", (serial) => {
      expect(parseDate(serial, { date1904: true }).ok).toBe(false);
    });

    it("reads serial text in the workbook's date system", () => {
      expect(isoOf("44196", true)).toBe("2025-01-01");
    });

    it("leaves text dates unaffected by the 1904 system", () => {
      expect(isoOf("2026-03-05", true)).toBe("2026-03-05");
    });
  });

  describe("Date objects", () => {
    it.each([
      [new Date(Date.UTC(2026, 2, 5)), "2026-03-05"],
      [new Date(Date.UTC(2026, 2, 5, 23, 59, 59)), "2026-03-05"],
      [new Date(Date.UTC(1899, 11, 31)), "1899-12-31"],
    ])("reads %p by its UTC date (%s)", (date, iso) => {
      expect(isoOf(date)).toBe(iso);
    });

    it("rejects an invalid Date", () => {
      const bad = new Date(Number.NaN);
      expect(parseDate(bad)).toEqual({ ok: false, reason: "invalid", raw: bad });
    });
  });

  describe("other values", () => {
    it.each([[null], [undefined], [""], ["   "], ["\u3000"], ["\n\t"]])("reads %p as empty", (value) => {
      expect(parseDate(value)).toEqual({ ok: false, reason: "empty" });
    });

    it.each([[excelError("#N/A")], [excelError("#VALUE!")], [excelError("#REF!")]])(
      "reads %p as an error value",
      (err) => {
        expect(parseDate(err)).toEqual({ ok: false, reason: "error-value", raw: err });
      },
    );

    it.each([[true], [false], [{}], [[2026, 3, 5]]])("rejects %p", (value) => {
      expect(parseDate(value)).toEqual({ ok: false, reason: "invalid", raw: value });
    });

    it("returns the Day number itself", () => {
      expect(parseDate("2026-03-05")).toEqual({ ok: true, value: dayFromYmd(2026, 3, 5) });
    });
  });
});
