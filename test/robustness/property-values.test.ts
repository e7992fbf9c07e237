import fc from "fast-check";
import { CUSTOMER_TYPES, parseCustomerType } from "../../src/core/enums/customer-type";
import { DISPOSAL_METHODS, parseDisposalMethod } from "../../src/core/enums/disposal-method";
import { GUARANTEE_TYPES, parseGuaranteeType } from "../../src/core/enums/guarantee-type";
import { INSPECTION_METHODS, parseInspectionMethod } from "../../src/core/enums/inspection-method";
import { findHeaderRow } from "../../src/core/ledger/find-header-row";
import { displayValue } from "../../src/core/ledger/field-access";
import { excelError, type CellValue, type ExcelErrorCode } from "../../src/core/values/cell-value";
import type { Parsed } from "../../src/core/values/parsed";

/**
 * What test/core/values/parsers.property.test.ts leaves out: the enum
 * columns' parsers (担保方式, 检查方式, 处置方式, 客户类型), how a cell is shown
 * in messages, and the header search — total over every Excel value type.
 */

const ERROR_CODES: ExcelErrorCode[] = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!"];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.stringMatching(
    /^[抵押质保证信用组合+＋、,，/;；&和及加 现场非电话清收核销转让重组诉讼个人企业公司农户小微]{0,10}$/,
  ),
  fc.constantFrom("  ", "\u3000", "#N/A", "保证+", "+", "抵押抵押", "抵押+保证+质押", "现场检查", "非现场"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...ERROR_CODES).map(excelError),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({}, [], [1, 2], { kind: "excel-error" }, { kind: "excel-error", code: 7 }),
);

function wellFormed<T>(p: Parsed<T>, values: readonly T[], raw: unknown): void {
  if (p.ok) {
    expect(values).toContain(p.value);
    return;
  }
  expect(["empty", "invalid", "error-value"]).toContain(p.reason);
  if (p.reason !== "empty") expect((p as { raw?: unknown }).raw).toBe(raw);
}

describe("enum parsers on any value", () => {
  it.each([
    ["parseGuaranteeType", parseGuaranteeType as (v: unknown) => Parsed<string>, GUARANTEE_TYPES],
    ["parseInspectionMethod", parseInspectionMethod as (v: unknown) => Parsed<string>, INSPECTION_METHODS],
    ["parseDisposalMethod", parseDisposalMethod as (v: unknown) => Parsed<string>, DISPOSAL_METHODS],
    ["parseCustomerType", parseCustomerType as (v: unknown) => Parsed<string>, CUSTOMER_TYPES],
  ] as const)("%s never throws and returns one of its values or a reason", (_name, parse, values) => {
    fc.assert(
      fc.property(anyValue, (v) => wellFormed(parse(v), values as readonly string[], v)),
      { numRuns: 3_000 },
    );
  });

  it.each([
    ["parseGuaranteeType", parseGuaranteeType as (v: unknown) => Parsed<string>],
    ["parseInspectionMethod", parseInspectionMethod as (v: unknown) => Parsed<string>],
    ["parseDisposalMethod", parseDisposalMethod as (v: unknown) => Parsed<string>],
    ["parseCustomerType", parseCustomerType as (v: unknown) => Parsed<string>],
  ] as const)("%s reads an Excel error as an error value, never as a kind", (_name, parse) => {
    for (const code of ERROR_CODES) expect(parse(excelError(code))).toMatchObject({ ok: false, reason: "error-value" });
  });
});

describe("displayValue (a cell as messages quote it)", () => {
  it("never throws, and shows text on one line without surrounding space", () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const shown = displayValue(v as CellValue);
        if (shown === null) return;
        expect(typeof shown).toBe("string");
        expect(shown).toBe(shown.trim());
        expect(shown).not.toMatch(/[\r\n\t]/);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe("findHeaderRow on any sheet", () => {
  const cell = fc.oneof(
    anyValue,
    fc.constantFrom("客户名称", "借据号", "贷款余额", "五级分类", "到期日", "合计", "序号"),
  ) as fc.Arbitrary<CellValue>;
  it("never throws, and finds a row within the rows searched, with bindings to columns of that sheet", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 35 }),
        fc.integer({ min: 0, max: 40 }),
        (rows, maxScan) => {
          const match = findHeaderRow(rows, maxScan);
          if (match === null) return;
          expect(match.rowIndex).toBeGreaterThanOrEqual(0);
          expect(match.rowIndex).toBeLessThan(Math.min(rows.length, Math.max(maxScan, 1) + 1));
          const width = Math.max(0, ...rows.map((r) => r.length));
          for (const b of match.bindings) {
            expect(b.index).toBeGreaterThanOrEqual(0);
            expect(b.index).toBeLessThan(width);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
