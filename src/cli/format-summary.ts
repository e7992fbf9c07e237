import { RULE_IDS, type Finding, type RuleId, type Severity } from "../core/findings/finding";
import type { LedgerCheckResult } from "../core/ledger/check-ledger";
import type { Locale } from "../core/messages/message";
import { paneMessages } from "../core/messages/pane-messages";
import { cliText } from "./cli-text";

/** What one checked file's summary shows. */
export interface CheckReportView {
  /** The file as the user named it. */
  readonly file: string;
  readonly sheet: string;
  readonly asOfIso: string;
  readonly asOfSource: "explicit" | "sheet" | "today";
  readonly result: LedgerCheckResult;
  /** What did not stop the check but the user should know (damaged settings in the workbook …). */
  readonly notices?: readonly { readonly message: string; readonly hint: string }[];
  /** Set when --out wrote a copy. */
  readonly written?: { readonly out: string; readonly sheet: string; readonly marked: number; readonly note?: string };
}

export interface FormatOptions {
  readonly locale: Locale;
  /** Findings listed per rule; 0 lists all. */
  readonly limit: number;
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Columns on a terminal: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

function padEnd(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** The rule's short name as the task pane and the 检查结果 sheet show it: one vocabulary everywhere. */
function ruleLabel(rule: RuleId, locale: Locale): string {
  return paneMessages[`pane.rule.${rule}`][locale];
}

function verdictLine(result: LedgerCheckResult, locale: Locale): string {
  const { verdict, bySeverity } = result.summary;
  if (verdict === "errors") return cliText("cli.check.verdict-errors", { errors: bySeverity.error }, locale);
  if (verdict === "warnings") return cliText("cli.check.verdict-warnings", { warnings: bySeverity.warning }, locale);
  return cliText("cli.check.verdict-pass", {}, locale);
}

function severityCounts(findings: readonly Finding[], locale: Locale): string {
  const parts: string[] = [];
  for (const severity of SEVERITIES) {
    const count = findings.filter((f) => f.severity === severity).length;
    if (count === 0) continue;
    const label = paneMessages[`pane.severity.${severity}`][locale];
    parts.push(cliText("cli.check.severity-count", { severity: label, count }, locale));
  }
  return parts.join(cliText("cli.check.list-separator", {}, locale));
}

/** Where a finding is: its cell, or its row when it is about the whole row or the header. */
function place(f: Finding, locale: Locale): string {
  return f.cell ?? cliText("cli.check.row", { row: f.row }, locale);
}

function findingLines(findings: readonly Finding[], locale: Locale): string[] {
  const places = findings.map((f) => place(f, locale));
  const keys = findings.map((f) => (f.key === null ? "" : cliText("cli.check.key", { key: f.key }, locale)));
  const placeWidth = Math.max(...places.map(displayWidth));
  const keyWidth = Math.max(...keys.map(displayWidth));
  return findings.map((f, i) => {
    const key = keyWidth === 0 ? "" : padEnd(keys[i] ?? "", keyWidth) + "  ";
    return `    ${padEnd(places[i] ?? "", placeWidth)}  ${key}${f.message}`;
  });
}

/**
 * The readable summary of one checked file: verdict, as-of date and where it
 * came from, rows checked, counts by severity and by rule, complete share,
 * then the findings grouped by rule — at most `limit` per rule, because a
 * terminal is no place for 3,000 lines; --out writes them all.
 */
export function formatCheckReport(view: CheckReportView, options: FormatOptions): string {
  const { locale, limit } = options;
  const { summary, findings } = view.result;
  const lines: string[] = [];
  lines.push(cliText("cli.check.sheet", { sheet: view.sheet }, locale));
  for (const n of view.notices ?? []) {
    lines.push(cliText("cli.check.notice", { message: n.message }, locale));
    if (n.hint !== "") lines.push("  " + cliText("cli.hint", { hint: n.hint }, locale));
  }
  lines.push(verdictLine(view.result, locale));
  const source = cliText(`cli.check.as-of.${view.asOfSource}`, {}, locale);
  lines.push(cliText("cli.check.as-of", { date: view.asOfIso, source }, locale));
  let rowsLine = cliText("cli.check.rows", { rows: summary.dataRows }, locale);
  if (summary.blankRows + summary.totalRows > 0) {
    rowsLine += cliText("cli.check.skipped-rows", { blank: summary.blankRows, total: summary.totalRows }, locale);
  }
  lines.push(rowsLine);
  lines.push(
    cliText(
      "cli.check.complete",
      { percent: percent(summary.completeShare, locale), complete: summary.completeRows, rows: summary.dataRows },
      locale,
    ),
  );
  lines.push(cliText("cli.check.by-severity", summary.bySeverity, locale));

  const groups = RULE_IDS.map((rule) => ({ rule, list: findings.filter((f) => f.rule === rule) })).filter(
    (g) => g.list.length > 0,
  );
  if (groups.length > 0) {
    lines.push(cliText("cli.check.by-rule", {}, locale));
    const labels = groups.map((g) => `${ruleLabel(g.rule, locale)} ${g.rule}`);
    const width = Math.max(...labels.map(displayWidth));
    groups.forEach((g, i) => {
      lines.push(
        `  ${padEnd(labels[i] ?? "", width)}  ${cliText("cli.check.rule-count", { count: g.list.length }, locale)}`,
      );
    });
    lines.push("", cliText("cli.check.details", {}, locale));
    let truncated = false;
    for (const g of groups) {
      const counts = severityCounts(g.list, locale);
      lines.push(cliText("cli.check.rule-heading", { label: ruleLabel(g.rule, locale), rule: g.rule, counts }, locale));
      const shown = limit > 0 ? g.list.slice(0, limit) : g.list;
      lines.push(...findingLines(shown, locale));
      if (shown.length < g.list.length) {
        truncated = true;
        lines.push(`    ${cliText("cli.check.more", { count: g.list.length - shown.length }, locale)}`);
      }
    }
    if (view.written === undefined && (truncated || findings.length > 0)) {
      lines.push("", cliText("cli.check.out-hint", {}, locale));
    }
  }
  if (view.written !== undefined) {
    const w = view.written;
    lines.push(
      "",
      cliText("cli.check.written", { out: w.out, sheet: w.sheet, count: findings.length, marked: w.marked }, locale),
    );
    if (w.note !== undefined) lines.push(w.note);
  }
  return lines.join("\n") + "\n";
}
