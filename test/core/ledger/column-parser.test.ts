import { columnParser, isBlankCell } from "../../../src/core/ledger/column-parser";
import type { ColumnKey } from "../../../src/core/ledger/ledger-types";
import { excelError, type CellValue } from "../../../src/core/values/cell-value";
import { dayFromYmd } from "../../../src/core/values/day";

const MARCH_5 = dayFromYmd(2026, 3, 5);

describe("columnParser", () => {
  it.each<[string, ColumnKey, CellValue, unknown]>([
    ["a date column reads text dates", "maturity", "2026年3月5日", MARCH_5],
    ["a date column reads full-width digits", "maturity", "２０２６-０３-０５", MARCH_5],
    ["an amount column reads amounts as text with separators", "balance", "1,500.50", 1500.5],
    ["a rate column reads a percentage as a ratio", "rate", "4.35%", 0.0435],
    ["an ECL column reads a percentage as a ratio", "ecl", "50%", 0.5],
    ["a class column reads the five tiers", "class", "次级", "次级"],
    [
      "an ID-number column drops the spaces people type into numbers",
      "idNumber",
      " 411525 19890501 6153 ",
      "411525198905016153",
    ],
    ["an ID-number column reads a number as its digits", "idNumber", 20250401, "20250401"],
    ["a text column normalises full-width forms and spaces", "customer", "张三　（个体）", "张三 (个体)"],
    [
      "a text column keeps ordinary text as typed",
      "customer",
      "北山县白沙建材商贸有限公司",
      "北山县白沙建材商贸有限公司",
    ],
  ])("%s", (_, key, raw, value) => {
    expect(columnParser(key, false)(raw)).toEqual({ ok: true, value });
  });

  it.each<[string, ColumnKey, CellValue, string]>([
    ["an empty cell is empty", "balance", null, "empty"],
    ["blank text is empty", "customer", " \u3000 ", "empty"],
    ["an Excel error is an error value, in every kind of column", "maturity", excelError("#N/A"), "error-value"],
    ["an Excel error in a text column too", "customer", excelError("#REF!"), "error-value"],
    ["a word in an amount column is invalid", "balance", "贷款余额", "invalid"],
    ["a word in a class column is invalid", "class", "良好", "invalid"],
  ])("%s", (_, key, raw, reason) => {
    expect(columnParser(key, false)(raw)).toMatchObject({ ok: false, reason });
  });

  it("reads a date serial in the workbook's date system", () => {
    expect(columnParser("maturity", false)(46_086)).toEqual({ ok: true, value: MARCH_5 });
    expect(columnParser("maturity", true)(46_086 - 1462)).toEqual({ ok: true, value: MARCH_5 });
  });
});

describe("isBlankCell", () => {
  it.each<[CellValue, boolean]>([
    [null, true],
    ["", true],
    [" \u3000\u00a0\ufeff", true],
    ["张三", false],
    [" 张三", false],
    [0, false],
    [false, false],
  ])("%j → %s", (raw, blank) => {
    expect(isBlankCell(raw)).toBe(blank);
  });
});
