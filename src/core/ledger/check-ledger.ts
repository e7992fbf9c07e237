import type { Finding, RuleId } from "../findings/finding";
import type { Locale } from "../messages/message";
import { DEFAULT_SETTINGS, type Settings } from "../settings/defaults";
import type { Day } from "../values/day";
import type { Ledger } from "./ledger-types";
import { summaryTally, type LedgerSummary } from "./ledger-summary";
import { LEDGER_RULES } from "./rules/index";
import { ruleContext, toFinding, toLayoutFinding, type Draft, type RowCheck } from "./rules/rule";

export interface CheckLedgerOptions {
  /** The date the ledger is checked as of; always given (the core has no clock). */
  readonly asOf: Day;
  readonly settings?: Settings;
  readonly locale?: Locale;
  /** Run only these rules (in registry order, whatever order they are given in). */
  readonly rules?: readonly RuleId[];
}

export interface LedgerCheckResult {
  /** Sorted by row, then column (sheet order; whole-row findings last), then rule (registry order). */
  readonly findings: Finding[];
  readonly summary: LedgerSummary;
}

/** A draft waiting for its row's other findings, with what it sorts by. */
interface Pending {
  readonly draft: Draft;
  /** Position of the rule among those run (registry order). */
  readonly rule: number;
  /** Sheet column index, WHOLE_ROW for a finding without a cell. */
  readonly column: number;
}

const WHOLE_ROW = Number.MAX_SAFE_INTEGER;

/**
 * Checks a ledger against the rules (台账检查). One pass over the rows: each
 * rule does constant work per data row, so a 500,000-row sheet costs about
 * as much as reading it. Blank and 合计/小计 rows are counted, not checked;
 * a row repeating the header is reported by header-repeated and skipped.
 * Findings of a row are collected and ordered before the next row, which
 * keeps the whole list sorted without sorting it.
 */
export function checkLedger(ledger: Ledger, options: CheckLedgerOptions): LedgerCheckResult {
  const ctx = ruleContext(ledger.layout, options.asOf, options.settings ?? DEFAULT_SETTINGS, options.locale ?? "zh-CN");
  const wanted = options.rules === undefined ? null : new Set(options.rules);
  const rules = LEDGER_RULES.filter((r) => wanted === null || wanted.has(r.id));
  const columnOrder = (draft: Draft): number =>
    draft.column === null ? WHOLE_ROW : (ctx.binding(draft.column)?.index ?? WHOLE_ROW);

  const findings: Finding[] = [];
  const tally = summaryTally(ledger.layout, options.asOf);
  const emit = (f: Finding): void => {
    findings.push(f);
    tally.finding(f);
  };

  const header: Finding[] = [];
  for (const rule of rules) rule.checkLayout?.(ctx, (draft) => header.push(toLayoutFinding(rule.id, draft, ctx)));
  // Few, all on the header row, and kept as reported: by rule, then in the catalogue's column order.
  for (const f of header) emit(f);

  const pending: Pending[] = [];
  const checks: { check: RowCheck; report: (draft: Draft) => void }[] = [];
  rules.forEach((rule, index) => {
    if (rule.start === undefined) return;
    checks.push({
      check: rule.start(ctx),
      report: (draft) => pending.push({ draft, rule: index, column: columnOrder(draft) }),
    });
  });

  const skipped: { check: RowCheck; rule: RuleId }[] = [];
  for (const rule of rules)
    if (rule.startSkipped !== undefined) skipped.push({ check: rule.startSkipped(ctx), rule: rule.id });

  for (const row of ledger.rows) {
    if (row.kind !== "data") {
      // Few and whole-row: kept in rule order.
      for (const { check, rule } of skipped) check(row, (draft) => emit(toFinding(rule, draft, row, ctx)));
    }
    if (row.kind === "header") continue;
    if (row.kind === "blank") {
      tally.blankRow();
      continue;
    }
    if (row.kind === "total") {
      tally.totalRow();
      continue;
    }
    pending.length = 0;
    for (const { check, report } of checks) check(row, report);
    insertionSort(pending);
    let hasError = false;
    let complete = true;
    for (const p of pending) {
      const rule = rules[p.rule];
      if (rule === undefined) continue;
      if (p.draft.severity === "error") hasError = true;
      if (rule.id === "required-missing" || rule.id === "type-error") complete = false;
      emit(toFinding(rule.id, p.draft, row, ctx));
    }
    tally.dataRow(row, hasError, complete);
  }
  return { findings, summary: tally.result() };
}

/**
 * A row has a handful of findings at most and they arrive nearly in order,
 * so insertion sort is linear here and stable (equal keys keep report order).
 */
function insertionSort(list: Pending[]): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    if (item === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const prev = list[j];
      if (prev === undefined || !after(prev, item)) break;
      list[j + 1] = prev;
    }
    list[j + 1] = item;
  }
}

function after(a: Pending, b: Pending): boolean {
  return a.column !== b.column ? a.column > b.column : a.rule > b.rule;
}
