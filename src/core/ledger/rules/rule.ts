import type { Finding, RuleId, Severity } from "../../findings/finding";
import { ledgerRuleMessages, type LedgerRuleMessageId } from "../../messages/ledger-rule-messages";
import type { Locale, MessageParams, MessageText } from "../../messages/message";
import type { Settings } from "../../settings/defaults";
import { cellAddress } from "../../sheet-model/a1";
import { isBlank } from "../../values/cell-value";
import { dayToIso, type Day } from "../../values/day";
import { normalizeText } from "../../values/normalize-text";
import { COLUMN_CATALOGUE, columnLabel } from "../column-catalogue";
import { displayValue, numberOf, rawOf, textOf } from "../field-access";
import type { ColumnBinding, ColumnKey, LedgerLayout, LoanRow } from "../ledger-types";

/**
 * The shape of a ledger rule (after ESLint's): a stable id, what it checks,
 * and functions that look at the sheet and report drafts. A rule never builds
 * a Finding itself; the check turns drafts into findings, so that every
 * finding names its sheet, cell, header and 借据号 the same way.
 */
export interface LedgerRule {
  readonly id: RuleId;
  /** One line for documentation (zh-CN). */
  readonly description: string;
  /** Looks at the sheet's layout once per check (header-level findings). */
  readonly checkLayout?: (ctx: RuleContext, report: Report) => void;
  /**
   * Prepares one check and returns what runs on every data row. The returned
   * function may keep state across rows (duplicate-key remembers the keys it
   * has seen), which is why a fresh one is made per check. It must do O(1)
   * work per row: a ledger can have 500,000 rows.
   */
  readonly start?: (ctx: RuleContext) => RowCheck;
  /**
   * Prepares what runs on every row the check does not read as a loan
   * (blank, 合计/小计, a repeated header), for rules about such rows.
   */
  readonly startSkipped?: (ctx: RuleContext) => RowCheck;
}

export type RowCheck = (row: LoanRow, report: Report) => void;
export type Report = (draft: Draft) => void;

/** What a rule reports; the check adds the rule id, sheet, cell, header, 借据号 and the shown value. */
export interface Draft {
  readonly severity: Severity;
  /** The column the finding is about (for header-missing: the missing column); null for the whole row. */
  readonly column: ColumnKey | null;
  readonly message: LedgerRuleMessageId;
  readonly hint: LedgerRuleMessageId;
  /** Placeholders of message and hint. `column` and `value` are filled in for cell findings unless given here. */
  readonly params?: MessageParams;
  readonly data?: Finding["data"];
}

export interface RuleContext {
  readonly layout: LedgerLayout;
  readonly asOf: Day;
  readonly settings: Settings;
  readonly locale: Locale;
  /** Where a column is in the sheet; undefined when the ledger has no such column. */
  binding(key: ColumnKey): ColumnBinding | undefined;
  /** The column's name for messages: its header as written (on one line), else the catalogue label. */
  columnName(key: ColumnKey): string;
}

export function ruleContext(layout: LedgerLayout, asOf: Day, settings: Settings, locale: Locale): RuleContext {
  const bindings = new Map<ColumnKey, ColumnBinding>();
  const names = new Map<ColumnKey, string>();
  // The first binding wins if a sheet maps two headers to one key: that is the column a reader sees first.
  for (const b of layout.columns) {
    if (bindings.has(b.key)) continue;
    bindings.set(b.key, b);
    names.set(b.key, normalizeText(b.header));
  }
  return {
    layout,
    asOf,
    settings,
    locale,
    binding: (key) => bindings.get(key),
    columnName: (key) => names.get(key) ?? columnLabel(key, locale),
  };
}

/**
 * The message tables split once into literal text and placeholder names, so
 * that a finding's message is joined, not searched with a regex: a large
 * ledger can have a finding for every other row. Same result as `fill`: a
 * placeholder with no value stays visible.
 */
type Compiled = readonly string[];

function compile(template: string): Compiled {
  // With a capturing group, split alternates literal text (even) and names (odd).
  return template.split(/\{(\w+)\}/);
}

const COMPILED = new Map<LedgerRuleMessageId, Readonly<Record<Locale, Compiled>>>();
for (const [id, text] of Object.entries(ledgerRuleMessages) as [LedgerRuleMessageId, MessageText][]) {
  COMPILED.set(id, { "zh-CN": compile(text["zh-CN"]), "en-US": compile(text["en-US"]) });
}

/**
 * Characters of a cell quoted in a message. A cell can hold 32,767; quoting
 * all of it would make a message no one reads and, written to 检查结果 with
 * the rest of the sentence, a cell longer than Excel accepts. The finding's
 * `value` keeps the whole text.
 */
const QUOTE_MAX = 100;
/** The placeholders that quote a cell's text (the others are the add-in's own words: reasons, allowed values…). */
const CELL_PARAMS: ReadonlySet<string> = new Set(["value", "amount", "balance"]);

function quoted(text: string): string {
  if (text.length <= QUOTE_MAX) return text;
  // Never cut a surrogate pair in half.
  const end = /[\ud800-\udbff]/.test(text.charAt(QUOTE_MAX - 1)) ? QUOTE_MAX - 1 : QUOTE_MAX;
  return `${text.slice(0, end)}…`;
}

function render(
  id: LedgerRuleMessageId,
  locale: Locale,
  params: MessageParams | undefined,
  column: string,
  value: string,
): string {
  const parts = COMPILED.get(id)?.[locale] ?? [id];
  let out = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? "";
    const given = params?.[name];
    const v = given !== undefined ? given : name === "column" ? column : name === "value" ? value : undefined;
    const text = v === undefined ? `{${name}}` : CELL_PARAMS.has(name) ? quoted(String(v)) : String(v);
    out += text + (parts[i + 1] ?? "");
  }
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A finding about one data row: the cell of `draft.column` when the sheet has that column, else the whole row. */
export function toFinding(rule: RuleId, draft: Draft, row: LoanRow, ctx: RuleContext): Finding {
  const binding = draft.column === null ? undefined : ctx.binding(draft.column);
  const value = binding === undefined ? null : displayValue(rawOf(row, binding.key));
  const column = draft.column === null ? "" : ctx.columnName(draft.column);
  const finding: Mutable<Finding> = {
    rule,
    severity: draft.severity,
    sheet: ctx.layout.sheet,
    row: row.sheetRow,
    column: binding === undefined ? null : binding.header,
    cell: binding === undefined ? null : cellAddress(row.sheetRow, binding.index),
    key: textOf(row, "loanNo"),
    value,
    message: render(draft.message, ctx.locale, draft.params, column, value ?? ""),
    hint: render(draft.hint, ctx.locale, draft.params, column, value ?? ""),
  };
  if (draft.data !== undefined) finding.data = draft.data;
  return finding;
}

/** A finding about the sheet's header: on the header row, naming the expected column, with no cell. */
export function toLayoutFinding(rule: RuleId, draft: Draft, ctx: RuleContext): Finding {
  const finding: Mutable<Finding> = {
    rule,
    severity: draft.severity,
    sheet: ctx.layout.sheet,
    row: ctx.layout.headerRow,
    column: draft.column === null ? null : COLUMN_CATALOGUE[draft.column].label,
    cell: null,
    key: null,
    value: null,
    message: render(draft.message, ctx.locale, draft.params, "", ""),
    hint: render(draft.hint, ctx.locale, draft.params, "", ""),
  };
  if (draft.data !== undefined) finding.data = draft.data;
  return finding;
}

/**
 * isFilled, answered from one look at the cell: an empty cell is not filled,
 * a number, TRUE/FALSE or an error value is, and text starting with a
 * visible character (ASCII or CJK) cannot be blank. Only other text goes
 * through isBlank's regex. The check asks this of every mapped cell of every
 * row (the summary counts how full each column is), so it must not look the
 * cell up twice or build strings.
 */
export function hasValue(row: LoanRow, key: ColumnKey): boolean {
  const raw = row.fields[key]?.raw;
  if (raw === null || raw === undefined) return false;
  if (typeof raw !== "string") return true;
  if (raw.length > 0) {
    const c = raw.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || (c > 0x3000 && c < 0xfeff)) return true;
  }
  return !isBlank(raw);
}

/** Dates repeat down a ledger; their ISO text is kept rather than recomputed through Date for each finding. */
const isoCache = new Map<Day, string>();
const ISO_CACHE_LIMIT = 4096;

export function isoDay(day: Day): string {
  const known = isoCache.get(day);
  if (known !== undefined) return known;
  const iso = dayToIso(day);
  if (isoCache.size >= ISO_CACHE_LIMIT) isoCache.clear();
  isoCache.set(day, iso);
  return iso;
}

/**
 * Whether a loan still has money out: its balance is above 0, or the sheet
 * has no balance column at all (header-missing says so; the other checks
 * still run). Null when the balance cell is empty or unreadable, so that
 * rules needing it stay silent instead of echoing required-missing or
 * type-error.
 */
export function isOutstanding(row: LoanRow, ctx: RuleContext): boolean | null {
  if (ctx.binding("balance") === undefined) return true;
  const balance = numberOf(row, "balance");
  return balance === null ? null : balance > 0;
}
