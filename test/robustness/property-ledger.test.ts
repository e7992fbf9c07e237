import fc from "fast-check";
import { RULE_IDS, SEVERITY_RANK, type Finding } from "../../src/core/findings/finding";
import { checkLedger } from "../../src/core/ledger/check-ledger";
import { COLUMN_CATALOGUE } from "../../src/core/ledger/column-catalogue";
import { COLUMN_KEYS, type ColumnKey } from "../../src/core/ledger/ledger-types";
import { readLedger } from "../../src/core/ledger/read-ledger";
import { parseCellAddress } from "../../src/core/sheet-model/a1";
import { excelError, type CellValue, type ExcelErrorCode } from "../../src/core/values/cell-value";
import { dayFromYmd } from "../../src/core/values/day";

/**
 * readLedger and checkLedger on whatever a sheet may hold: arbitrary 2-D
 * arrays of every kind of Excel value, biased towards what ledgers contain
 * (headers and their synonyms, dates, amounts, classes) so that most runs
 * get past the header and into the rules. They never throw, and what they
 * return is well-formed: every finding names a known rule, a row of the
 * sheet and a cell in that row, in a message with every placeholder filled.
 */

const ERROR_CODES: ExcelErrorCode[] = [
  "#N/A",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];
const HEADERS = COLUMN_KEYS.flatMap((k) => [COLUMN_CATALOGUE[k].label, ...COLUMN_CATALOGUE[k].synonyms.slice(0, 2)]);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom(...HEADERS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "正常",
      "关注",
      "次级",
      "可疑",
      "损失",
      "关注类",
      "正常二",
      "不良",
      "抵押",
      "保证",
      "信用",
      "现场",
      "非现场",
      "清收",
      "核销",
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 3_000_000 }) },
  // Every adapter hands a number Excel cannot hold (NaN, ±Infinity) to the core as #NUM!, never as itself.
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 2958465, 2958466, 60, 0, 1e308, -1e-300) },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9０-９年月日号\-/.: 元万,%]{0,14}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "合计",
      "小计",
      "总计",
      "统计日期：2026年11月30日",
      "单位：万元",
      "单位：元",
      "  ",
      "\u3000",
      "#N/A",
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_CODES).map(excelError) },
);

/** Anything at all: most such sheets have no header, which is worth checking too. */
const anySheet: fc.Arbitrary<CellValue[][]> = fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 40 });

/** A sheet shaped like a ledger — a few title rows, a header of known names, then arbitrary rows — so the rules run. */
const ledgerSheet: fc.Arbitrary<CellValue[][]> = fc
  .record({
    top: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 3 }),
    key: fc.constantFrom("客户名称", "借据号", "借款人"),
    header: fc.shuffledSubarray(HEADERS, { minLength: 2, maxLength: 22 }),
    body: fc.array(fc.array(cell, { maxLength: 24 }), { maxLength: 30 }),
  })
  .map(({ top, key, header, body }) => [...top, [key, ...header], ...body]);

const sheet = fc.oneof(anySheet, ledgerSheet);

/** A user's column corrections, valid or not: indices past the sheet, negative, fractional, NaN, or "no such column". */
const mapping = fc.dictionary(
  fc.constantFrom(...COLUMN_KEYS),
  fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constant(null), fc.constantFrom(Number.NaN, 1.5, Infinity)),
  { maxKeys: 6 },
) as fc.Arbitrary<Partial<Record<ColumnKey, number | null>>>;

const AS_OF = dayFromYmd(2026, 11, 30) ?? 0;
const PLACEHOLDER = /\{\w+\}/;
const JUNK = /\bundefined\b|\bNaN\b|\[object /;

function expectWellFormed(f: Finding, values: readonly (readonly CellValue[])[], headerRow: number): void {
  expect(RULE_IDS).toContain(f.rule);
  expect(SEVERITY_RANK[f.severity]).toBeDefined();
  expect(Number.isInteger(f.row)).toBe(true);
  expect(f.row).toBeGreaterThanOrEqual(headerRow);
  expect(f.row).toBeLessThanOrEqual(Math.max(values.length, headerRow));
  if (f.cell !== null) {
    const at = parseCellAddress(f.cell);
    expect(at?.row).toBe(f.row);
  }
  // What the sheet itself holds may look like anything ("{0}", "NaN"); the add-in's own words may not.
  const quoted = [f.value, f.value?.slice(0, 100), f.value?.slice(0, 99), f.column, f.column?.replace(/\s+/g, " ")];
  for (const text of [f.message, f.hint]) {
    let own = text;
    for (const q of quoted) if (q) own = own.split(q).join("");
    expect(own).not.toMatch(PLACEHOLDER);
    expect(own).not.toMatch(JUNK);
  }
  expect(f.message.length).toBeGreaterThan(0);
  expect(f.message.length).toBeLessThan(2_000);
}

describe("readLedger and checkLedger on arbitrary sheets", () => {
  it("never throw, and return a ledger or a reason with a message", () => {
    fc.assert(
      fc.property(sheet, fc.boolean(), fc.option(mapping, { nil: undefined }), (values, date1904, map) => {
        const read = readLedger(values, { sheet: "台账", date1904, ...(map === undefined ? {} : { mapping: map }) });
        if (!read.ok) {
          expect(["empty", "no-header"]).toContain(read.reason);
          expect(read.message).toContain("台账");
          expect(read.hint.length).toBeGreaterThan(0);
          return;
        }
        const { layout, rows } = read.ledger;
        expect(layout.headerRow).toBeGreaterThanOrEqual(1);
        expect(layout.headerRow).toBeLessThanOrEqual(values.length);
        for (const row of rows) {
          expect(row.sheetRow).toBeGreaterThan(layout.headerRow);
          expect(row.sheetRow).toBeLessThanOrEqual(values.length);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("check every ledger read without throwing; every finding is well-formed and the summary adds up", () => {
    let checked = 0;
    let withFindings = 0;
    fc.assert(
      fc.property(
        sheet,
        fc.boolean(),
        fc.option(mapping, { nil: undefined }),
        fc.constantFrom("zh-CN", "en-US"),
        (values, date1904, map, locale) => {
          const read = readLedger(values, { sheet: "台账", date1904, ...(map === undefined ? {} : { mapping: map }) });
          if (!read.ok) return;
          const { findings, summary } = checkLedger(read.ledger, { asOf: AS_OF, locale });
          checked++;
          if (findings.some((f) => f.cell !== null)) withFindings++;
          for (const f of findings) expectWellFormed(f, values, read.ledger.layout.headerRow);
          const rows = read.ledger.rows;
          expect(summary.dataRows + summary.blankRows + summary.totalRows).toBe(rows.length);
          expect(summary.bySeverity.error + summary.bySeverity.warning + summary.bySeverity.info).toBe(findings.length);
          expect(summary.completeShare).toBeGreaterThanOrEqual(0);
          expect(summary.completeShare).toBeLessThanOrEqual(1);
          // Sorted by row, as the sheet and the pane list them.
          for (let i = 1; i < findings.length; i++)
            expect(findings[i]?.row ?? 0).toBeGreaterThanOrEqual(findings[i - 1]?.row ?? 0);
        },
      ),
      { numRuns: 600 },
    );
    // The generator must reach the rules, not only the header search, for this to mean anything.
    expect(checked).toBeGreaterThan(150);
    expect(withFindings).toBeGreaterThan(75);
  });

  it("report no finding on a blank or 合计 row", () => {
    fc.assert(
      fc.property(sheet, (values) => {
        const read = readLedger(values, { sheet: "台账" });
        if (!read.ok) return;
        const quiet = new Set(read.ledger.rows.filter((r) => r.kind !== "data").map((r) => r.sheetRow));
        const { findings } = checkLedger(read.ledger, { asOf: AS_OF });
        for (const f of findings) expect(quiet.has(f.row)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
