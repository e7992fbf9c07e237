/**
 * One problem found in a workbook. Findings are data: the task pane lists
 * them, the 检查结果 sheet writes them, the command line prints them as JSON,
 * the scorecards count them. `rule` ids are stable (part of the command-line
 * contract and of the scoring standard's mapping).
 */
export type Severity = "error" | "warning" | "info";

export const RULE_IDS = [
  "header-missing",
  "header-repeated",
  "merged-cells",
  "required-missing",
  "type-error",
  "enum-invalid",
  "id-invalid",
  "duplicate-key",
  "date-order",
  "balance-exceeds-amount",
  "class-below-floor",
  "inspection-overdue",
  "first-inspection-late",
  "npl-no-disposal",
  "maturing-next-month",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** The sheet's 1-based row (the header row for header-level findings). */
  readonly row: number;
  /** The header as written in the sheet (or the expected header for header-missing); null for a whole row. */
  readonly column: string | null;
  /** A1 address of the cell, null when the finding is about a row or the sheet. */
  readonly cell: string | null;
  /** The row's 借据号 when there is one. */
  readonly key: string | null;
  /** The offending value as shown (text), null when empty. */
  readonly value: string | null;
  readonly message: string;
  readonly hint: string;
  /** Extra facts for consumers such as the scorecards (e.g. { columnKey: "officer", npl: 1 }). */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
}

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
