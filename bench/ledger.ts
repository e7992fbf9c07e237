import type { ColumnKey } from "../src/core/ledger/ledger-types";
import { excelError, type CellValue } from "../src/core/values/cell-value";
import { dayFromYmd, type Day } from "../src/core/values/day";
import { demoLedger, type DemoLedger } from "../src/preview/demo/demo-ledger";

/**
 * The benchmark's ledgers: the preview's seeded demo ledger (title rows with
 * 统计日期, a header with line breaks and synonyms, 小计/合计 rows, dates as
 * serials and as text in six forms, amounts sometimes as text or full-width,
 * ~8% of loans with a planted defect across every rule), plus what the demo
 * leaves out: now and then an Excel error value where a VLOOKUP found
 * nothing (#N/A in 欠息), as exported ledgers have.
 */
export const AS_OF: Day = dayFromYmd(2026, 10, 31) ?? 0;
export const AS_OF_ISO = "2026-10-31";
export const SIZES = [10_000, 100_000, 500_000] as const;
export const SHEET = "贷后台账";
/** One loan in this many has #N/A in its 欠息 cell. */
const ERROR_EVERY = 997;

export interface BenchLedger extends DemoLedger {
  /** 0-based row indexes of the #N/A cells, and their column. */
  readonly errorRows: readonly number[];
  readonly errorColumn: number;
}

export function benchLedger(loans: number): BenchLedger {
  const demo = demoLedger({ loans, asOf: AS_OF, seed: 20261130 });
  const errorColumn = columnIndex(demo, "overdueInterest");
  const errorRows: number[] = [];
  // demo.headerRow is 1-based, so it is also the 0-based index of the first row below the header.
  for (let r = demo.headerRow; r < demo.values.length; r += ERROR_EVERY) {
    const row = demo.values[r] as CellValue[];
    if (typeof row[0] !== "number") continue; // a loan row (序号), not 小计/blank
    row[errorColumn] = excelError("#N/A");
    errorRows.push(r);
  }
  return { ...demo, errorRows, errorColumn };
}

export function columnIndex(ledger: DemoLedger, key: ColumnKey): number {
  const letter = ledger.columns[key];
  if (letter === undefined) throw new Error(`The bench ledger has no ${key} column`);
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "10k", "100k", "500k". */
export function sizeLabel(rows: number): string {
  return rows >= 1000 ? `${rows / 1000}k` : String(rows);
}
