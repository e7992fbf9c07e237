import type { Finding, RuleId, Severity } from "../findings/finding";
import { dayToIso, type Day } from "../values/day";
import type { ColumnKey, LedgerLayout, LoanRow } from "./ledger-types";
import { hasValue } from "./rules/rule";

export type LedgerVerdict = "pass" | "warnings" | "errors";

/** How complete one mapped column is over the data rows. */
export interface ColumnCompleteness {
  readonly key: ColumnKey;
  readonly header: string;
  readonly filled: number;
  readonly total: number;
}

/** The figures of a ledger check: what the task pane headline, the CLI JSON and the scorecards read. */
export interface LedgerSummary {
  readonly sheet: string;
  /** ISO date the check was made as of. */
  readonly asOf: string;
  readonly dataRows: number;
  readonly blankRows: number;
  readonly totalRows: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byRule: Readonly<Partial<Record<RuleId, number>>>;
  /** Data rows with at least one error finding. */
  readonly rowsWithErrors: number;
  /** Data rows with no required-missing and no type-error finding. */
  readonly completeRows: number;
  /** completeRows ÷ dataRows, 0–1; 1 when there are no data rows (nothing is incomplete). */
  readonly completeShare: number;
  /** Per mapped column, in sheet order. */
  readonly columns: readonly ColumnCompleteness[];
  /** errors when any error finding, else warnings when any warning, else pass (info findings do not count). */
  readonly verdict: LedgerVerdict;
}

/** Counts kept during the check's single pass over the rows. */
export interface SummaryTally {
  blankRow(): void;
  totalRow(): void;
  /** A data row, after its findings have been counted. */
  dataRow(row: LoanRow, hasError: boolean, complete: boolean): void;
  finding(f: Finding): void;
  result(): LedgerSummary;
}

export function summaryTally(layout: LedgerLayout, asOf: Day): SummaryTally {
  const keys = layout.columns.map((b) => b.key);
  const filled = keys.map(() => 0);
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  let dataRows = 0;
  let blankRows = 0;
  let totalRows = 0;
  let rowsWithErrors = 0;
  let completeRows = 0;
  return {
    blankRow: () => void blankRows++,
    totalRow: () => void totalRows++,
    dataRow(row, hasError, complete) {
      dataRows++;
      if (hasError) rowsWithErrors++;
      if (complete) completeRows++;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key !== undefined && hasValue(row, key)) filled[i] = (filled[i] ?? 0) + 1;
      }
    },
    finding(f) {
      bySeverity[f.severity]++;
      byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    },
    result: () => ({
      sheet: layout.sheet,
      asOf: dayToIso(asOf),
      dataRows,
      blankRows,
      totalRows,
      bySeverity: { ...bySeverity },
      byRule: { ...byRule },
      rowsWithErrors,
      completeRows,
      completeShare: dataRows === 0 ? 1 : completeRows / dataRows,
      columns: layout.columns.map((b, i) => ({
        key: b.key,
        header: b.header,
        filled: filled[i] ?? 0,
        total: dataRows,
      })),
      verdict: verdictOf(bySeverity),
    }),
  };
}

export function verdictOf(bySeverity: Readonly<Record<Severity, number>>): LedgerVerdict {
  if (bySeverity.error > 0) return "errors";
  return bySeverity.warning > 0 ? "warnings" : "pass";
}
