import type { Finding, RuleId, Severity } from "../findings/finding";
import { RULE_IDS } from "../findings/finding";
import type { LedgerCheckResult } from "../ledger/check-ledger";
import type { LedgerSummary } from "../ledger/ledger-summary";
import type { Locale } from "../messages/message";
import { paneMessages } from "../messages/pane-messages";
import { usecaseText, type UsecaseMessageId } from "../messages/usecase-messages";
import { cellAddress, columnLetters, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToIso, type Day } from "../values/day";

export interface CheckResultSheetOptions {
  /** The sheet that was checked (links point into it). */
  readonly ledgerSheet: string;
  readonly asOf: Day;
  readonly locale?: Locale;
  /** 客户名称 by sheet row, for the rows that have findings (findings carry the 借据号, not the name). */
  readonly customers?: ReadonlyMap<number, string>;
  /** The sheet's name; by default 检查结果 (Check results in en-US). */
  readonly name?: string;
}

/** The findings table's columns, in order. */
const COLUMNS: readonly UsecaseMessageId[] = [
  "usecase.results.col.sheet",
  "usecase.results.col.cell",
  "usecase.results.col.key",
  "usecase.results.col.customer",
  "usecase.results.col.column",
  "usecase.results.col.value",
  "usecase.results.col.rule",
  "usecase.results.col.severity",
  "usecase.results.col.message",
  "usecase.results.col.hint",
];
const LAST_COL = COLUMNS.length - 1;
/** Column of 级别, which the severity colours key on. */
const SEVERITY_COL = 7;
const WIDTHS: readonly number[] = [14, 10, 20, 16, 16, 18, 18, 8, 50, 50];
/** Rule counts per row of the summary: pairs of label and count in B:I. */
const RULES_PER_ROW = 4;

/** The fills Excel's own "bad" / "neutral" / "good" cell styles use, so the colours read as they do elsewhere. */
export const SEVERITY_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};
const SEVERITY_FONT: Readonly<Record<Severity, string>> = { error: "#9C0006", warning: "#9C5700", info: "#1F4E78" };
const PASS_FILL = "#C6EFCE";
const PASS_FONT = "#006100";
const HEADER_FILL = "#D9E1F2";

export function severityLabel(severity: Severity, locale: Locale): string {
  return paneMessages[`pane.severity.${severity}`][locale];
}

export function ruleLabel(rule: RuleId, locale: Locale): string {
  return paneMessages[`pane.rule.${rule}`][locale];
}

function verdictCell(summary: LedgerSummary, locale: Locale): { text: string; style: CellStyle } {
  const { error, warning } = summary.bySeverity;
  if (summary.verdict === "errors") {
    const text = usecaseText("usecase.results.verdict.errors", { n: error }, locale);
    return { text, style: { bold: true, fill: SEVERITY_FILL.error, fontColor: SEVERITY_FONT.error } };
  }
  if (summary.verdict === "warnings") {
    const text = usecaseText("usecase.results.verdict.warnings", { n: warning }, locale);
    return { text, style: { bold: true, fill: SEVERITY_FILL.warning, fontColor: SEVERITY_FONT.warning } };
  }
  const text = usecaseText("usecase.results.verdict.pass", {}, locale);
  return { text, style: { bold: true, fill: PASS_FILL, fontColor: PASS_FONT } };
}

function findingRow(f: Finding, customers: ReadonlyMap<number, string> | undefined, locale: Locale): ModelCell[] {
  // A finding about a whole row (or the header) links to the row's first cell.
  const target = f.cell ?? cellAddress(f.row, 0);
  const text = f.cell ?? usecaseText("usecase.results.row-ref", { row: f.row }, locale);
  return [
    f.sheet,
    { text, link: { sheet: f.sheet, cell: target } },
    f.key,
    customers?.get(f.row) ?? null,
    // A header written over two lines reads better on one in a table cell.
    f.column === null ? null : f.column.replace(/\s+/g, " "),
    f.value,
    ruleLabel(f.rule, locale),
    severityLabel(f.severity, locale),
    f.message,
    f.hint,
  ];
}

/**
 * The 检查结果 sheet as a model: a summary block on top (verdict, as-of date,
 * rows checked, counts by severity and by rule, complete share), then one row
 * per finding under a frozen header row with nothing merged below it, so
 * Excel's filter works on the table as it is. Every value from the ledger is
 * written as text (a 借据号 such as 0012 or a value such as =1 stays what it
 * was); the as-of date too, because the builder does not know whether the
 * workbook counts dates from 1900 or 1904. Severity colours are conditional
 * formats on 级别, so they follow the rows when the user sorts or filters.
 */
export function buildCheckResultSheet(result: LedgerCheckResult, options: CheckResultSheetOptions): SheetModel {
  const locale = options.locale ?? "zh-CN";
  const t = (id: UsecaseMessageId, params?: Record<string, string | number>): string => usecaseText(id, params, locale);
  const { summary, findings } = result;
  const rows: ModelCell[][] = [];
  const formats: { range: string; style: CellStyle }[] = [];
  const bold = (row: number, ...cols: number[]): void => {
    for (const c of cols) formats.push({ range: cellAddress(row, c), style: { bold: true } });
  };

  rows.push([t("usecase.results.title")]);
  formats.push({ range: "A1", style: { bold: true, fontSize: 14 } });

  const verdict = verdictCell(summary, locale);
  rows.push([
    t("usecase.results.ledger"),
    options.ledgerSheet,
    t("usecase.results.as-of"),
    dayToIso(options.asOf),
    t("usecase.results.verdict"),
    verdict.text,
  ]);
  bold(2, 0, 2, 4);
  formats.push({ range: "F2", style: verdict.style });

  rows.push([
    t("usecase.results.rows"),
    summary.dataRows,
    t("usecase.results.blank-rows"),
    summary.blankRows,
    t("usecase.results.total-rows"),
    summary.totalRows,
    t("usecase.results.complete-share"),
    summary.completeShare,
  ]);
  bold(3, 0, 2, 4, 6);
  formats.push({ range: "H3", style: { numberFormat: "0.0%" } });

  rows.push([
    severityLabel("error", locale),
    summary.bySeverity.error,
    severityLabel("warning", locale),
    summary.bySeverity.warning,
    severityLabel("info", locale),
    summary.bySeverity.info,
    t("usecase.results.rows-with-errors"),
    summary.rowsWithErrors,
  ]);
  bold(4, 0, 2, 4, 6);

  const counted = RULE_IDS.filter((id) => (summary.byRule[id] ?? 0) > 0);
  if (counted.length === 0) rows.push([t("usecase.results.by-rule"), t("usecase.results.by-rule.none")]);
  for (let i = 0; i < counted.length; i += RULES_PER_ROW) {
    const row: ModelCell[] = [i === 0 ? t("usecase.results.by-rule") : null];
    for (const id of counted.slice(i, i + RULES_PER_ROW)) row.push(ruleLabel(id, locale), summary.byRule[id] ?? 0);
    rows.push(row);
  }
  bold(5, 0);

  rows.push([]);
  const headerRow = rows.length + 1;
  rows.push(COLUMNS.map((id) => t(id)));
  formats.push({
    range: rangeAddress(headerRow, 0, headerRow, LAST_COL),
    style: { bold: true, fill: HEADER_FILL, border: "thin", hAlign: "center", vAlign: "middle", wrap: true },
  });

  for (const f of findings) rows.push(findingRow(f, options.customers, locale));
  if (findings.length === 0) rows.push([t("usecase.results.none")]);
  const lastRow = rows.length;
  const body = rangeAddress(headerRow + 1, 0, lastRow, LAST_COL);
  formats.push({ range: body, style: { border: "thin", vAlign: "top", numberFormat: "@" } });
  formats.push({ range: rangeAddress(headerRow + 1, 8, lastRow, 9), style: { wrap: true } });

  const severityColumn = columnLetters(SEVERITY_COL);
  const severityRange = rangeAddress(headerRow + 1, SEVERITY_COL, lastRow, SEVERITY_COL);
  const severities: readonly Severity[] = ["error", "warning", "info"];
  return {
    name: options.name ?? t("usecase.results.sheet"),
    rows,
    formats,
    merges: [rangeAddress(1, 0, 1, LAST_COL)],
    columnWidths: WIDTHS,
    freeze: { rows: headerRow, columns: 0 },
    conditionalFormats: severities.map((s) => ({
      range: severityRange,
      formula: `=$${severityColumn}${headerRow + 1}="${severityLabel(s, locale)}"`,
      style: { fill: SEVERITY_FILL[s], fontColor: SEVERITY_FONT[s] },
    })),
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${headerRow}:${headerRow}`,
    },
  };
}
