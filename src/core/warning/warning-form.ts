import { classOf, dateOf, numberOf, rawOf } from "../ledger/field-access";
import type { ColumnKey, LedgerLayout, LoanRow } from "../ledger/ledger-types";
import type { Locale } from "../messages/message";
import { warningText } from "../messages/warning-messages";
import { isExcelError } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { dayToIso, type Day } from "../values/day";
import type { WarningNumber } from "./numbering";
import { categoryFromSignal, type SignalCategory } from "./signal-category";
import { parseWarningLevel, type WarningLevel } from "./warning-level";

/**
 * A 风险预警信号处理表 as data (rules.md §4.2): everything the ledger knows
 * about the loan, the signal and where it came from. What the ledger does
 * not know is null — the sheet leaves it blank for people to fill, never
 * "undefined" or "NaN". Text is kept exactly as typed in the ledger (only
 * surrounding spaces trimmed): a name that begins with "=" stays that name.
 */

/** A ledger fact: its value when the cell reads as one, else the text as typed (`约50`), else null. */
export type Fact<T> = { readonly value: T } | { readonly text: string } | null;

/** 预警来源 as the form's drop-down lists them. */
export const WARNING_SOURCES = ["系统", "客户经理", "上级行", "监管", "外部"] as const;
export type WarningSource = (typeof WARNING_SOURCES)[number];

/** How the loan came to get a form. */
export type WarningOrigin =
  /** The officer selected the loan's row in the ledger. */
  | { readonly kind: "selection" }
  /** The ledger's 预警信号 column is filled. */
  | { readonly kind: "signal" }
  /** A finding of the ledger check (a row of 检查结果). */
  | { readonly kind: "finding"; readonly rule: string; readonly message: string; readonly foundOn: Day };

export interface WarningForm {
  readonly number: WarningNumber;
  readonly filedOn: Day;
  /** Feedback due (filedOn + the feedback working days). */
  readonly deadline: Day;
  readonly branch: string | null;
  readonly level: WarningLevel | null;
  readonly source: WarningSource | null;
  readonly origin: WarningOrigin["kind"];
  /** The ledger row the form was made from; null when a stored record lost it. */
  readonly ledger: { readonly sheet: string; readonly row: number } | null;
  readonly customer: {
    readonly name: string | null;
    readonly idNumber: string | null;
    readonly industry: string | null;
    readonly rating: string | null;
    readonly officer: string | null;
  };
  /** Amounts in 元 (a ledger kept in 万元 is converted). */
  readonly exposure: {
    readonly loanNo: string | null;
    readonly contractNo: string | null;
    readonly product: string | null;
    readonly purpose: string | null;
    readonly amount: Fact<number>;
    readonly balance: Fact<number>;
    readonly disbursed: Fact<Day>;
    readonly maturity: Fact<Day>;
    /** As a fraction (0.0435). */
    readonly rate: Fact<number>;
    readonly guarantee: string | null;
    readonly class: string | null;
    readonly overduePrincipal: Fact<number>;
    readonly overdueInterest: Fact<number>;
    readonly overdueDays: Fact<number>;
  };
  readonly signal: {
    readonly category: SignalCategory | null;
    readonly description: string | null;
    readonly discoveredOn: Day | null;
    readonly discoverer: string | null;
    /** 信息来源/证据: where the add-in found it (ledger row, check rule). */
    readonly evidence: string | null;
  };
  /** 万元 when an amount was converted from 万元 (for the note under the form), else the ledger's stated unit. */
  readonly amountUnit: "元" | "万元" | null;
}

export interface WarningFormContext {
  readonly number: WarningNumber;
  readonly filedOn: Day;
  readonly deadline: Day;
  readonly origin: WarningOrigin;
  readonly locale?: Locale;
}

/** The value of a Fact, or null when the ledger gave text that is not one. */
export function factValue<T>(fact: Fact<T>): T | null {
  return fact !== null && "value" in fact ? fact.value : null;
}

/** The cell as typed: strings trimmed, numbers as written; null when empty or an error value. */
export function typedText(row: LoanRow, key: ColumnKey): string | null {
  const raw = rawOf(row, key);
  if (raw === null || isExcelError(raw)) return null;
  if (typeof raw === "string") {
    const t = raw.trim();
    return t === "" ? null : t;
  }
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  return raw ? "TRUE" : "FALSE";
}

function fact<T>(value: T | null, row: LoanRow, key: ColumnKey): Fact<T> {
  if (value !== null) return { value };
  const text = typedText(row, key);
  return text === null ? null : { text };
}

/** `（万元）`, `(元)`, `[万元]` in a header, after compactText. */
const UNIT_IN_HEADER = /[(（[〔【](?:人民币)?(万元|元|万)[)）\]〕】]/;

/**
 * The unit of one amount column: its own header's when it states one (a
 * ledger in 万元 often keeps 欠息 in 元, headed 欠息（元）), else the ledger's.
 */
export function amountUnitOf(layout: LedgerLayout, key: ColumnKey): LedgerLayout["amountUnit"] {
  const header = layout.columns.find((c) => c.key === key)?.header;
  const m = header === undefined ? null : UNIT_IN_HEADER.exec(compactText(header));
  if (m?.[1] !== undefined) return m[1] === "元" ? "元" : "万元";
  return layout.amountUnit;
}

/** Whole 分: 3.2 万元 is 32000 元, not 32000.000000000004. */
function toYuan(n: number, unit: LedgerLayout["amountUnit"]): number {
  return Math.round((unit === "万元" ? n * 10_000 : n) * 100) / 100;
}

function amountFact(row: LoanRow, key: ColumnKey, layout: LedgerLayout): Fact<number> {
  const n = numberOf(row, key);
  return fact(n === null ? null : toYuan(n, amountUnitOf(layout, key)), row, key);
}

const AMOUNT_KEYS: readonly ColumnKey[] = ["amount", "balance", "overduePrincipal", "overdueInterest"];

/**
 * Rates are kept as percent points (4.35) or fractions (0.0435): a header
 * that says % or a value above 1 means points — no loan is priced at 100%+.
 */
function rateFact(row: LoanRow, layout: LedgerLayout): Fact<number> {
  const n = numberOf(row, "rate");
  const header = layout.columns.find((c) => c.key === "rate")?.header ?? "";
  const points = n !== null && (/[%％]/.test(header) || Math.abs(n) > 1);
  return fact(n === null ? null : points ? n / 100 : n, row, "rate");
}

/** The signal as the ledger or the check states it. */
function signalText(row: LoanRow, origin: WarningOrigin): string | null {
  if (origin.kind === "finding") return origin.message.trim() || null;
  return typedText(row, "warningSignal");
}

function evidence(sheet: string, row: number, origin: WarningOrigin, locale: Locale): string {
  if (origin.kind === "finding") {
    const date = dayToIso(origin.foundOn);
    return warningText("warning.form.evidence.finding", locale, { rule: origin.rule, date, sheet, row });
  }
  const id = origin.kind === "signal" ? "warning.form.evidence.signal" : "warning.form.evidence.ledger";
  return warningText(id, locale, { sheet, row });
}

/** Builds the form of one ledger row. Pure: the number, dates and origin are given. */
export function warningFormFromRow(row: LoanRow, layout: LedgerLayout, context: WarningFormContext): WarningForm {
  // The note under the form says amounts were converted when any column was kept in 万元.
  const converted = AMOUNT_KEYS.some(
    (k) => layout.columns.some((c) => c.key === k) && amountUnitOf(layout, k) === "万元",
  );
  const description = signalText(row, context.origin);
  const level = parseWarningLevel(rawOf(row, "warningLevel"));
  const finding = context.origin.kind === "finding" ? context.origin : null;
  const klass = classOf(row);
  return {
    number: context.number,
    filedOn: context.filedOn,
    deadline: context.deadline,
    branch: typedText(row, "branch"),
    level: level.ok ? level.value : null,
    source: finding ? "系统" : null,
    origin: context.origin.kind,
    ledger: { sheet: layout.sheet, row: row.sheetRow },
    customer: {
      name: typedText(row, "customer"),
      idNumber: typedText(row, "idNumber"),
      industry: typedText(row, "industry"),
      rating: typedText(row, "rating"),
      officer: typedText(row, "officer"),
    },
    exposure: {
      loanNo: typedText(row, "loanNo"),
      contractNo: typedText(row, "contractNo"),
      product: typedText(row, "product"),
      purpose: typedText(row, "purpose"),
      amount: amountFact(row, "amount", layout),
      balance: amountFact(row, "balance", layout),
      disbursed: fact(dateOf(row, "disbursed"), row, "disbursed"),
      maturity: fact(dateOf(row, "maturity"), row, "maturity"),
      rate: rateFact(row, layout),
      guarantee: typedText(row, "guarantee"),
      class: klass ?? typedText(row, "class"),
      overduePrincipal: amountFact(row, "overduePrincipal", layout),
      overdueInterest: amountFact(row, "overdueInterest", layout),
      overdueDays: fact(numberOf(row, "overdueDays"), row, "overdueDays"),
    },
    signal: {
      category: description === null ? null : categoryFromSignal(description),
      description,
      discoveredOn: finding ? finding.foundOn : null,
      discoverer: null,
      evidence: evidence(layout.sheet, row.sheetRow, context.origin, context.locale ?? "zh-CN"),
    },
    amountUnit: converted ? "万元" : layout.amountUnit,
  };
}
