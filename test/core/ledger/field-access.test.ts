import {
  classOf,
  dateOf,
  displayValue,
  isFilled,
  numberOf,
  rawOf,
  textOf,
} from "../../../src/core/ledger/field-access";
import type { ColumnKey, Field, LoanRow } from "../../../src/core/ledger/ledger-types";
import { excelError, type CellValue } from "../../../src/core/values/cell-value";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk } from "../../../src/core/values/parsed";

const NA = excelError("#N/A");

const fields: Partial<Record<ColumnKey, Field>> = {
  customer: { raw: " 张三 ", parsed: parsedOk("张三") },
  balance: { raw: "1,200", parsed: parsedOk(1200) },
  amount: { raw: "5万", parsed: parsedInvalid("5万") },
  disbursed: { raw: 46000, parsed: parsedOk(20_454) },
  maturity: { raw: NA, parsed: parsedErrorValue(NA) },
  class: { raw: "关注类", parsed: parsedOk("关注") },
  guarantee: { raw: "抵押+保证", parsed: parsedOk("组合") },
  officer: { raw: null, parsed: parsedEmpty },
  remark: { raw: "  ", parsed: parsedEmpty },
};
const row: LoanRow = { sheetRow: 5, kind: "data", fields };

describe("dateOf", () => {
  it.each<[ColumnKey, number | null]>([
    ["disbursed", 20_454],
    ["maturity", null],
    ["firstInspection", null],
  ])("%s → %p", (key, want) => {
    expect(dateOf(row, key)).toBe(want);
  });
});

describe("numberOf", () => {
  it.each<[ColumnKey, number | null]>([
    ["balance", 1200],
    ["amount", null],
    ["overdueDays", null],
    ["customer", null],
  ])("%s → %p", (key, want) => {
    expect(numberOf(row, key)).toBe(want);
  });
});

describe("textOf", () => {
  it.each<[ColumnKey, string | null]>([
    ["customer", "张三"],
    ["guarantee", "组合"],
    ["officer", null],
    ["balance", null],
    ["loanNo", null],
  ])("%s → %p", (key, want) => {
    expect(textOf(row, key)).toBe(want);
  });
});

describe("classOf", () => {
  it("is the parsed class", () => {
    expect(classOf(row)).toBe("关注");
  });

  it.each<[string, Field | undefined]>([
    ["no class column", undefined],
    ["an unreadable class", { raw: "逾期", parsed: parsedInvalid("逾期") }],
    ["a value that is not a class", { raw: "x", parsed: parsedOk("x") }],
  ])("is null for %s", (_why, field) => {
    const other: LoanRow = { ...row, fields: field === undefined ? {} : { class: field } };
    expect(classOf(other)).toBeNull();
  });
});

describe("rawOf", () => {
  it.each<[ColumnKey, CellValue]>([
    ["customer", " 张三 "],
    ["maturity", NA],
    ["officer", null],
    ["loanNo", null],
  ])("%s → %p", (key, want) => {
    expect(rawOf(row, key)).toEqual(want);
  });
});

describe("isFilled", () => {
  it.each<[ColumnKey, boolean]>([
    ["customer", true],
    ["amount", true],
    ["maturity", true],
    ["officer", false],
    ["remark", false],
    ["loanNo", false],
  ])("%s → %p", (key, want) => {
    expect(isFilled(row, key)).toBe(want);
  });
});

describe("displayValue", () => {
  it.each<[CellValue, string | null]>([
    [null, null],
    ["", null],
    ["  \n ", null],
    [" 张三 ", "张三"],
    ["贷款余额\n（万元）", "贷款余额 （万元）"],
    ["２０２６／３／５", "２０２６／３／５"],
    [1200, "1200"],
    [0.1, "0.1"],
    [-5, "-5"],
    [0, "0"],
    [true, "TRUE"],
    [false, "FALSE"],
    [NA, "#N/A"],
    [excelError("#DIV/0!"), "#DIV/0!"],
  ])("%p → %p", (raw, want) => {
    expect(displayValue(raw)).toBe(want);
  });
});
