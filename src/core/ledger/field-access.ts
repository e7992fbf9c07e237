import { LOAN_CLASSES, type LoanClass } from "../classification/loan-class";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import type { Day } from "../values/day";
import type { ColumnKey, LoanRow } from "./ledger-types";

/**
 * Typed reads of a ledger row. Each column was parsed once, by its kind, when
 * the ledger was read (read-ledger.ts); these getters only unwrap the result,
 * so rules can call them on every row of a large sheet. Every getter returns
 * null when the sheet has no such column, the cell is empty or it could not
 * be read; a rule that must tell those apart looks at `row.fields[key]`.
 */

const CLASS_SET: ReadonlySet<unknown> = new Set<unknown>(LOAN_CLASSES);

function okValue(row: LoanRow, key: ColumnKey): unknown {
  const parsed = row.fields[key]?.parsed;
  return parsed !== undefined && parsed.ok ? parsed.value : undefined;
}

/** The date in a date column (disbursed, maturity, firstInspection, lastInspection). */
export function dateOf(row: LoanRow, key: ColumnKey): Day | null {
  const v = okValue(row, key);
  return typeof v === "number" ? v : null;
}

/** The number in a number column (amounts, days, rates, the ECL ratio as a fraction). */
export function numberOf(row: LoanRow, key: ColumnKey): number | null {
  const v = okValue(row, key);
  return typeof v === "number" ? v : null;
}

/**
 * The text of a text or id column (normalised: half-width, single spaces),
 * or the canonical name in an enum column (`抵押`, `现场`, `正常`).
 */
export function textOf(row: LoanRow, key: ColumnKey): string | null {
  const v = okValue(row, key);
  return typeof v === "string" ? v : null;
}

/** The five-tier class of the row. */
export function classOf(row: LoanRow): LoanClass | null {
  const v = okValue(row, "class");
  return CLASS_SET.has(v) ? (v as LoanClass) : null;
}

/** The cell as the sheet holds it; null when the sheet has no such column. */
export function rawOf(row: LoanRow, key: ColumnKey): CellValue {
  return row.fields[key]?.raw ?? null;
}

/** Something is in the cell (an error value counts: someone or some formula put it there). */
export function isFilled(row: LoanRow, key: ColumnKey): boolean {
  return !isBlank(rawOf(row, key));
}

/**
 * A cell as text for messages: text with its line breaks and runs of spaces
 * shown as one space, numbers as stored (no grouping or rounding), an error
 * value as its code, booleans as Excel shows them; null for an empty cell.
 */
export function displayValue(raw: CellValue): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "string") {
    const shown = raw.replace(/\s+/g, " ").trim();
    return shown === "" ? null : shown;
  }
  if (typeof raw === "number") return String(raw);
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  return isExcelError(raw) ? raw.code : null;
}
