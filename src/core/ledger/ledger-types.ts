import type { CellValue } from "../values/cell-value";
import type { Day } from "../values/day";
import type { Parsed } from "../values/parsed";

/**
 * The columns of a 贷后管理台账 that the add-in understands (rules.md §5).
 * A sheet's headers are mapped to these keys by tolerant matching.
 */
export const COLUMN_KEYS = [
  "seq",
  "branch",
  "customer",
  "idNumber",
  "customerType",
  "industry",
  "contractNo",
  "loanNo",
  "product",
  "purpose",
  "amount",
  "balance",
  "disbursed",
  "maturity",
  "termMonths",
  "rate",
  "guarantee",
  "overdueDays",
  "overduePrincipal",
  "overdueInterest",
  "class",
  "conditions",
  "ecl",
  "rating",
  "officer",
  "firstInspection",
  "lastInspection",
  "inspectionMethod",
  "warningSignal",
  "warningLevel",
  "disposal",
  "problem",
  "rectification",
  "handling",
  "remark",
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** How a column's cells are read. */
export type ColumnKind = "text" | "number" | "date" | "class" | "guarantee" | "inspectionMethod" | "disposal" | "id";

export interface ColumnBinding {
  readonly key: ColumnKey;
  /** 0-based column index in the sheet. */
  readonly index: number;
  /** The header as written in the sheet (line breaks kept). */
  readonly header: string;
}

export interface LedgerLayout {
  readonly sheet: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly columns: readonly ColumnBinding[];
  /** Header cells that matched no known column. */
  readonly unmapped: readonly { readonly index: number; readonly header: string }[];
  /** The 统计日期 stated above the header, when the sheet states one. */
  readonly statedAsOf: Day | null;
  /** The unit of amount columns stated in headers or the title (元 or 万元), null when not stated. */
  readonly amountUnit: "元" | "万元" | null;
  /**
   * Merged areas in the data whose value was given to every loan they cover
   * (see DataMerge); absent or empty when the sheet has none or none were passed in.
   */
  readonly merges?: readonly DataMerge[];
}

/**
 * A merged area anchored below the header in a mapped column, with a value:
 * Excel keeps a merge's value in its top-left cell only, and the ledger reads
 * it into that column of every data row the merge covers.
 */
export interface DataMerge {
  /** The area, "D5:D9". */
  readonly range: string;
  /** The column of its top-left cell (the only column that takes the value). */
  readonly key: ColumnKey;
  /** First and last sheet rows of the area (1-based). */
  readonly top: number;
  readonly bottom: number;
  /** The first data row it covers (1-based sheet row): where the check reports it. */
  readonly firstDataRow: number;
}

/** One cell of a ledger row: what the sheet holds and what it reads as. */
export interface Field<T = unknown> {
  readonly raw: CellValue;
  readonly parsed: Parsed<T>;
}

export interface LoanRow {
  /** 1-based sheet row. */
  readonly sheetRow: number;
  /** "header" for a row repeating the header (two tables pasted together): skipped, its cells not read. */
  readonly kind: "data" | "blank" | "total" | "header";
  readonly fields: Readonly<Partial<Record<ColumnKey, Field>>>;
}

export interface Ledger {
  readonly layout: LedgerLayout;
  /** Every row below the header, in sheet order (blank and 合计/小计 rows included, marked by kind). */
  readonly rows: readonly LoanRow[];
}
