import type { CellValue } from "../../core/values/cell-value";

/**
 * A workbook described as plain data, for tests and the preview's demo: the
 * same seed builds a MemoryWorkbook or (in tests) an .xlsx file, so that the
 * conformance suite runs one scenario against every adapter.
 */
export interface SeedSheet {
  readonly name: string;
  /** Rows of values from A1. */
  readonly values: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
  /** Hidden so that only code can show it again (Excel's "very hidden"). */
  readonly veryHidden?: boolean;
  readonly protected?: boolean;
  /** A1 → "#RRGGBB". */
  readonly fills?: Readonly<Record<string, string>>;
  /** A1 → note text. */
  readonly notes?: Readonly<Record<string, string>>;
  /** A1 → a formula ("=…") and the result Excel last computed for it. */
  readonly formulas?: Readonly<Record<string, { readonly formula: string; readonly result: CellValue }>>;
  /** A1 → number format, e.g. "yyyy-mm-dd" for a date serial. */
  readonly numberFormats?: Readonly<Record<string, string>>;
}

export interface WorkbookSeed {
  readonly sheets: readonly SeedSheet[];
  readonly date1904?: boolean;
}
