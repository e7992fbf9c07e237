import { compactText } from "../values/normalize-text";
import type { Day } from "../values/day";
import { parseWarningNumberText, warningSheetName, type WarningNumber } from "./numbering";
import { parseSignalCategory, type SignalCategory } from "./signal-category";
import { isOpenStatus, parseWarningStatus, type StatusFacts } from "./status";
import { factValue, type WarningForm, type WarningOrigin } from "./warning-form";
import { parseWarningLevel, type WarningLevel } from "./warning-level";

/**
 * What the workbook keeps about each form, in the settings store, and what
 * the 预警登记簿 shows: one record per number ever issued. Records are never
 * removed — a voided form keeps its record with status 作废.
 */
export interface WarningRecord extends StatusFacts {
  readonly number: WarningNumber;
  /** The form's sheet (its number's name, unless that name was taken by a sheet the add-in does not own). */
  readonly sheet: string;
  readonly deadline: Day;
  readonly branch: string | null;
  readonly customer: string | null;
  readonly loanNo: string | null;
  /** In 元. */
  readonly balance: number | null;
  readonly class: string | null;
  readonly category: SignalCategory | null;
  readonly signal: string | null;
  readonly level: WarningLevel | null;
  readonly discoverer: string | null;
  readonly evidence: string | null;
  readonly amountUnit: "元" | "万元" | null;
  readonly origin: WarningOrigin["kind"];
  readonly ledger: { readonly sheet: string; readonly row: number } | null;
  /**
   * signalKey of the loan and signal the form was made for, fixed at
   * creation: editing the description on the form does not make the
   * ledger's signal look new to the next run.
   */
  readonly key: string;
}

export function warningRecordOf(form: WarningForm, sheet: string): WarningRecord {
  return {
    number: form.number,
    sheet,
    filedOn: form.filedOn,
    deadline: form.deadline,
    branch: form.branch,
    customer: form.customer.name,
    loanNo: form.exposure.loanNo,
    balance: factValue(form.exposure.balance),
    class: form.exposure.class,
    category: form.signal.category,
    signal: form.signal.description,
    level: form.level,
    discoverer: form.signal.discoverer,
    evidence: form.signal.evidence,
    amountUnit: form.amountUnit,
    key: formSignalKey(form),
    status: "生效",
    releasedOn: null,
    voidReason: null,
    voidedOn: null,
    origin: form.origin,
    ledger: form.ledger,
  };
}

/**
 * Whose signal a form answers: the loan and the signal's words (spacing and
 * full-width forms aside). A loan with an open form for the same signal does
 * not get a second one; a different signal on the same loan does (rules.md
 * §4.1: each new signal is warned separately).
 */
export function signalKey(loanNo: string | null, signal: string | null): string {
  return `${compactText(loanNo ?? "").toUpperCase()}\u0000${compactText(signal ?? "").toLowerCase()}`;
}

/** The key of a form's loan and signal; a loan without a 借据号 is told apart by its ledger row. */
export function formSignalKey(form: Pick<WarningForm, "exposure" | "signal" | "ledger">): string {
  const loan = form.exposure.loanNo ?? (form.ledger === null ? null : `${form.ledger.sheet}!${form.ledger.row}`);
  return signalKey(loan, form.signal.description);
}

export function isOverdue(record: WarningRecord, today: Day): boolean {
  return isOpenStatus(record.status) && record.deadline < today;
}

/** The pane's list: open forms only, overdue first, then by deadline and number. */
export function openFormsForPane(records: readonly WarningRecord[], today: Day): WarningRecord[] {
  return records
    .filter((r) => isOpenStatus(r.status))
    .sort(
      (a, b) =>
        Number(isOverdue(b, today)) - Number(isOverdue(a, today)) ||
        a.deadline - b.deadline ||
        a.number.year - b.number.year ||
        a.number.seq - b.number.seq,
    );
}

// ---- the stored form: JSON in the settings store, read back tolerantly ----

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}

function int(v: unknown): number | null {
  return typeof v === "number" && Number.isInteger(v) ? v : null;
}

function num(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

const ORIGINS: ReadonlySet<unknown> = new Set(["selection", "signal", "finding"]);

/**
 * A stored record read back, or null when it is not one (a hand-edited
 * settings sheet): what cannot be read is dropped field by field, and only a
 * record without a number or dates is dropped whole.
 */
export function warningRecordFromJson(json: unknown): WarningRecord | null {
  if (typeof json !== "object" || json === null) return null;
  const o = json as Record<string, unknown>;
  const number = typeof o["number"] === "string" ? parseWarningNumberText(o["number"]) : null;
  const filedOn = int(o["filedOn"]);
  const deadline = int(o["deadline"]);
  if (number === null || filedOn === null || deadline === null) return null;
  const status = typeof o["status"] === "string" ? parseWarningStatus(o["status"]) : null;
  const category = parseSignalCategory(o["category"]);
  const level = parseWarningLevel(o["level"]);
  const ledger = o["ledger"] as { sheet?: unknown; row?: unknown } | null | undefined;
  const ledgerSheet = str(ledger?.sheet);
  const ledgerRow = int(ledger?.row);
  return {
    number,
    sheet: str(o["sheet"]) ?? warningSheetName(number),
    filedOn,
    deadline,
    branch: str(o["branch"]),
    customer: str(o["customer"]),
    loanNo: str(o["loanNo"]),
    balance: num(o["balance"]),
    class: str(o["class"]),
    category: category.ok ? category.value : null,
    signal: str(o["signal"]),
    level: level.ok ? level.value : null,
    discoverer: str(o["discoverer"]),
    status: status ?? "生效",
    releasedOn: int(o["releasedOn"]),
    voidReason: str(o["voidReason"]),
    voidedOn: int(o["voidedOn"]),
    evidence: str(o["evidence"]),
    amountUnit: o["amountUnit"] === "元" || o["amountUnit"] === "万元" ? o["amountUnit"] : null,
    origin: ORIGINS.has(o["origin"]) ? (o["origin"] as WarningOrigin["kind"]) : "selection",
    ledger: ledgerSheet !== null && ledgerRow !== null ? { sheet: ledgerSheet, row: ledgerRow } : null,
    key: typeof o["key"] === "string" ? o["key"] : signalKey(str(o["loanNo"]), str(o["signal"])),
  };
}

/** The record as stored: the number as its sheet-name text (readable in the settings sheet). */
export function warningRecordToJson(r: WarningRecord): Record<string, unknown> {
  return { ...r, number: warningSheetName(r.number) };
}

/**
 * The form a record describes, for rewriting its sheet when only the record
 * is at hand (a status change): the ledger facts the record does not keep
 * come back from the sheet's own cells, which the rewrite carries over.
 */
export function warningFormFromRecord(r: WarningRecord): WarningForm {
  return {
    number: r.number,
    filedOn: r.filedOn,
    deadline: r.deadline,
    branch: r.branch,
    level: r.level,
    source: r.origin === "finding" ? "系统" : null,
    origin: r.origin,
    ledger: r.ledger,
    customer: { name: r.customer, idNumber: null, industry: null, rating: null, officer: null },
    exposure: {
      loanNo: r.loanNo,
      contractNo: null,
      product: null,
      purpose: null,
      amount: null,
      balance: r.balance === null ? null : { value: r.balance },
      disbursed: null,
      maturity: null,
      rate: null,
      guarantee: null,
      class: r.class,
      overduePrincipal: null,
      overdueInterest: null,
      overdueDays: null,
    },
    signal: {
      category: r.category,
      description: r.signal,
      discoveredOn: null,
      discoverer: r.discoverer,
      evidence: r.evidence,
    },
    amountUnit: r.amountUnit,
  };
}
