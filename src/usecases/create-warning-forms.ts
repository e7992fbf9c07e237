import { isFilled } from "../core/ledger/field-access";
import type { Ledger, LoanRow } from "../core/ledger/ledger-types";
import type { Locale } from "../core/messages/message";
import { warningText } from "../core/messages/warning-messages";
import type { CellValue } from "../core/values/cell-value";
import type { Day } from "../core/values/day";
import { compactText } from "../core/values/normalize-text";
import { readCheckResultRows, findCheckResultHeader } from "../core/warning/check-result-rows";
import { formatWarningNumber, warningNumberKey, warningSheetName, type WarningNumber } from "../core/warning/numbering";
import type { SignalCategory } from "../core/warning/signal-category";
import { typedText, type WarningForm } from "../core/warning/warning-form";
import type { WarningLevel } from "../core/warning/warning-level";
import { planWarningForms, type WarningCandidate, type WarningSkip } from "../core/warning/warning-plan";
import { warningRecordOf, type WarningRecord } from "../core/warning/warning-record";
import { checkLedgerSheet, type CheckLedgerOutcome } from "./check-ledger-sheet";
import { SHEET_LOCALE } from "./owned-sheets";
import { problemFromPortError, ProblemError, viaPort, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore } from "./settings-store";
import { findSheet, sameSheetName } from "./sheet-names";
import {
  gatherWarnings,
  rewriteForm,
  saveWarnings,
  writeNewForms,
  writeRegister,
  type WarningWorkbook,
} from "./warning-workbook";
import type { WorkbookPort } from "./workbook-port";

/** Where the loans come from. The pane's preview resolves "selection" and confirms with what it resolved to. */
export type WarningSourceRequest =
  /** The user's selection: rows of a ledger, or rows of 检查结果. */
  | { readonly kind: "selection" }
  /** These sheet rows of a ledger. */
  | { readonly kind: "rows"; readonly sheet: string; readonly rows: readonly number[] }
  /** These rows of a 检查结果 sheet: each finding's loan, with the finding as its signal. */
  | { readonly kind: "findings"; readonly sheet: string; readonly rows: readonly number[] }
  /** The loans with these 借据号 (the ledger: `sheet`, else the active or likeliest ledger). */
  | { readonly kind: "keys"; readonly keys: readonly string[]; readonly sheet?: string }
  /** Every loan whose 预警信号 is filled. */
  | { readonly kind: "signals"; readonly sheet?: string };

export interface CreateWarningFormsRequest {
  readonly from: WarningSourceRequest;
  /** 填报日期; today when not given. Its year is the numbers' year. */
  readonly filedOn?: Day | null;
  readonly today: Day;
  readonly locale?: Locale;
  /** Only say what would be created (numbered as it would be); write nothing. */
  readonly dryRun?: boolean;
  readonly onProgress?: (fraction: number) => void;
}

/** A form created (or, in a dry run, to be created), as the pane and the command line list it. */
export interface WarningFormSummary {
  readonly number: WarningNumber;
  /** 〔2026〕第001号 */
  readonly numberText: string;
  readonly sheet: string;
  /** The loan's 借据号. */
  readonly key: string | null;
  readonly customer: string | null;
  readonly level: WarningLevel | null;
  readonly category: SignalCategory | null;
  readonly signal: string | null;
  readonly filedOn: Day;
  readonly deadline: Day;
  readonly ledger: { readonly sheet: string; readonly row: number } | null;
}

export type SkipReason = "open-form" | "duplicate" | "not-found" | "not-data" | "ledger";

export interface SkippedLoan {
  readonly reason: SkipReason;
  readonly row: number | null;
  readonly key: string | null;
  readonly customer: string | null;
  readonly message: string;
}

export type CreateWarningFormsOutcome =
  | {
      readonly ok: true;
      /** False for a dry run (and when there was nothing to create). */
      readonly written: boolean;
      /** The source as resolved (a selection becomes its rows), to confirm a preview with. */
      readonly from: Exclude<WarningSourceRequest, { kind: "selection" }>;
      readonly forms: readonly WarningFormSummary[];
      readonly skipped: readonly SkippedLoan[];
      /** The register's sheet when it was written. */
      readonly register: string | null;
      /** What else the user should know (statuses taken from the register, a name that was taken …). */
      readonly notes: readonly string[];
      /** Settings entries in the workbook that could not be used. */
      readonly problems: readonly Problem[];
      /** Error findings of the ledger check on the ledgers read (the command line's exit code follows them). */
      readonly errorFindings: number;
    }
  | { readonly ok: false; readonly problem: Problem };

type Resolved = Exclude<WarningSourceRequest, { kind: "selection" }>;

interface Candidates {
  readonly from: Resolved;
  readonly candidates: WarningCandidate[];
  readonly skipped: SkippedLoan[];
  readonly notes: string[];
  readonly errorFindings: number;
}

type Gathered = { readonly ok: true; readonly value: Candidates } | { readonly ok: false; readonly problem: Problem };

/** Rows of a 检查结果 sheet read to find its header and findings. */
const RESULT_COLUMNS = 12;
/** Rows read to tell a 检查结果 sheet by its header (below its summary block). */
const HEAD_ROWS = 40;

function loanKey(text: string): string {
  return compactText(text).toUpperCase();
}

function summaryOf(form: WarningForm, sheet: string): WarningFormSummary {
  return {
    number: form.number,
    numberText: formatWarningNumber(form.number),
    sheet,
    key: form.exposure.loanNo,
    customer: form.customer.name,
    level: form.level,
    category: form.signal.category,
    signal: form.signal.description,
    filedOn: form.filedOn,
    deadline: form.deadline,
    ledger: form.ledger,
  };
}

function skipOf(s: WarningSkip, locale: Locale): SkippedLoan {
  const f = s.form;
  const base = { row: f.ledger?.row ?? null, key: f.exposure.loanNo, customer: f.customer.name };
  const params = { customer: f.customer.name ?? "", key: f.exposure.loanNo ?? "", row: base.row ?? "" };
  if (s.kind === "open-form") {
    const message = warningText("warning.skip.open-form", locale, {
      ...params,
      number: formatWarningNumber(s.existing),
    });
    return { ...base, reason: "open-form", message };
  }
  const message = warningText("warning.skip.duplicate", locale, { ...params, same: s.sameAsRow });
  return { ...base, reason: "duplicate", message };
}

function errorsOf(outcome: CheckLedgerOutcome): number {
  return outcome.ok ? outcome.result.summary.bySeverity.error : 0;
}

function dataRows(ledger: Ledger): Map<number, LoanRow> {
  return new Map(ledger.rows.map((r) => [r.sheetRow, r]));
}

async function ledgerOf(
  port: WorkbookPort,
  sheet: string | undefined,
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<CheckLedgerOutcome> {
  return checkLedgerSheet(port, {
    ...(sheet === undefined ? {} : { sheet }),
    asOf: request.filedOn ?? null,
    today: request.today,
    locale,
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
  });
}

async function fromRows(
  port: WorkbookPort,
  sheet: string,
  rows: readonly number[],
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<Gathered> {
  const outcome = await ledgerOf(port, sheet, request, locale);
  if (!outcome.ok) return outcome;
  const byRow = dataRows(outcome.ledger);
  const last = outcome.ledger.rows.at(-1)?.sheetRow ?? 0;
  const candidates: WarningCandidate[] = [];
  const skipped: SkippedLoan[] = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) {
    // Rows above the header or below the ledger (a whole column selected) are not loans anyone meant.
    if (r <= outcome.ledger.layout.headerRow || r > last) continue;
    const row = byRow.get(r);
    if (row === undefined || row.kind !== "data") {
      const message = warningText("warning.skip.not-data", locale, { row: r });
      skipped.push({ reason: "not-data", row: r, key: null, customer: null, message });
      continue;
    }
    candidates.push({ row, layout: outcome.ledger.layout, origin: { kind: "selection" } });
  }
  const errorFindings = errorsOf(outcome);
  return {
    ok: true,
    value: { from: { kind: "rows", sheet: outcome.sheet, rows }, candidates, skipped, notes: [], errorFindings },
  };
}

async function fromKeys(
  port: WorkbookPort,
  keys: readonly string[],
  sheet: string | undefined,
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<Gathered> {
  const outcome = await ledgerOf(port, sheet, request, locale);
  if (!outcome.ok) return outcome;
  const byKey = new Map<string, LoanRow[]>();
  for (const row of outcome.ledger.rows) {
    const key = row.kind === "data" ? typedText(row, "loanNo") : null;
    if (key === null) continue;
    const list = byKey.get(loanKey(key)) ?? [];
    list.push(row);
    byKey.set(loanKey(key), list);
  }
  const candidates: WarningCandidate[] = [];
  const skipped: SkippedLoan[] = [];
  for (const key of keys) {
    const rows = byKey.get(loanKey(key));
    if (rows === undefined) {
      const message = warningText("warning.skip.not-found", locale, { sheet: outcome.sheet, key });
      skipped.push({ reason: "not-found", row: null, key, customer: null, message });
      continue;
    }
    for (const row of rows) candidates.push({ row, layout: outcome.ledger.layout, origin: { kind: "selection" } });
  }
  return {
    ok: true,
    value: {
      from: { kind: "keys", keys, sheet: outcome.sheet },
      candidates,
      skipped,
      notes: [],
      errorFindings: errorsOf(outcome),
    },
  };
}

async function fromSignals(
  port: WorkbookPort,
  sheet: string | undefined,
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<Gathered> {
  const outcome = await ledgerOf(port, sheet, request, locale);
  if (!outcome.ok) return outcome;
  const { layout, rows } = outcome.ledger;
  const notes: string[] = [];
  const candidates: WarningCandidate[] = [];
  if (!layout.columns.some((c) => c.key === "warningSignal")) {
    notes.push(warningText("warning.note.no-signal-column", locale, { sheet: outcome.sheet }));
  } else {
    for (const row of rows) {
      if (row.kind === "data" && isFilled(row, "warningSignal"))
        candidates.push({ row, layout, origin: { kind: "signal" } });
    }
    if (candidates.length === 0) notes.push(warningText("warning.note.no-signals", locale, { sheet: outcome.sheet }));
  }
  return {
    ok: true,
    value: {
      from: { kind: "signals", sheet: outcome.sheet },
      candidates,
      skipped: [],
      notes,
      errorFindings: errorsOf(outcome),
    },
  };
}

/** A 检查结果 sheet's values (its first `rows` rows, or all), as far as its columns go. */
async function resultValues(
  port: WorkbookPort,
  sheet: string,
  locale: Locale,
  rows?: number,
): Promise<CellValue[][] | null> {
  const info = findSheet(await port.listSheets(), sheet);
  if (info === undefined || info.rowCount === 0 || info.columnCount === 0) return null;
  return viaPort(info.name, locale, () =>
    readSheetValues(port, info.name, {
      firstRow: 1,
      rowCount: Math.min(info.rowCount, rows ?? info.rowCount),
      columnCount: Math.min(info.columnCount, RESULT_COLUMNS),
    }),
  );
}

async function fromFindings(
  port: WorkbookPort,
  sheet: string,
  rows: readonly number[],
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<Gathered> {
  const values = await resultValues(port, sheet, locale);
  const found =
    values === null
      ? null
      : readCheckResultRows(
          values,
          [...new Set(rows)].sort((a, b) => a - b),
        );
  if (found === null) return { ok: false, problem: notLedger(sheet, locale) };
  const candidates: WarningCandidate[] = [];
  const skipped: SkippedLoan[] = [];
  const ledgers = new Map<string, CheckLedgerOutcome>();
  for (const f of found) {
    let outcome = ledgers.get(f.ledgerSheet.toUpperCase());
    if (outcome === undefined) {
      outcome = await ledgerOf(port, f.ledgerSheet, request, locale);
      ledgers.set(f.ledgerSheet.toUpperCase(), outcome);
    }
    if (!outcome.ok) {
      const message = warningText("warning.skip.finding-ledger", locale, {
        row: f.resultRow,
        sheet: f.ledgerSheet,
        reason: outcome.problem.message,
      });
      skipped.push({ reason: "ledger", row: f.resultRow, key: f.key, customer: null, message });
      continue;
    }
    const data = outcome.ledger.rows.filter((r) => r.kind === "data");
    const wanted = f.key === null ? null : loanKey(f.key);
    const row =
      (wanted === null ? undefined : data.find((r) => loanKey(typedText(r, "loanNo") ?? "") === wanted)) ??
      (f.ledgerRow === null ? undefined : data.find((r) => r.sheetRow === f.ledgerRow));
    if (row === undefined) {
      const message = warningText("warning.skip.finding-not-found", locale, {
        row: f.resultRow,
        key: f.key ?? "",
        sheet: f.ledgerSheet,
      });
      skipped.push({ reason: "not-found", row: f.resultRow, key: f.key, customer: null, message });
      continue;
    }
    const origin = { kind: "finding", rule: f.rule ?? "", message: f.message, foundOn: outcome.asOf } as const;
    candidates.push({ row, layout: outcome.ledger.layout, origin });
  }
  let errorFindings = 0;
  for (const o of ledgers.values()) errorFindings += errorsOf(o);
  return {
    ok: true,
    value: { from: { kind: "findings", sheet, rows }, candidates, skipped, notes: [], errorFindings },
  };
}

function notLedger(sheet: string, locale: Locale): Problem {
  return {
    code: "no-sheet",
    message: warningText("warning.problem.not-ledger", locale, { sheet }),
    hint: warningText("warning.problem.not-ledger.hint", locale),
  };
}

/** The selection as rows of a ledger or of 检查结果; a sheet the add-in wrote (a form, the register) is neither. */
async function fromSelection(
  port: WorkbookPort,
  request: CreateWarningFormsRequest,
  locale: Locale,
): Promise<Gathered> {
  const selection = await port.getSelection();
  if (selection === null || selection.rows.length === 0) {
    return {
      ok: false,
      problem: {
        code: "no-sheet",
        message: warningText("warning.problem.no-selection", locale),
        hint: warningText("warning.problem.no-selection.hint", locale),
      },
    };
  }
  const { sheet, rows } = selection;
  // The top rows tell a 检查结果 sheet from a ledger without reading a large ledger twice.
  const head = await resultValues(port, sheet, locale, HEAD_ROWS);
  if (head !== null && findCheckResultHeader(head) !== null) return fromFindings(port, sheet, rows, request, locale);
  const store = await loadStore(port, { locale });
  if (store.owned.some((o) => sameSheetName(o, sheet))) return { ok: false, problem: notLedger(sheet, locale) };
  const gathered = await fromRows(port, sheet, rows, request, locale);
  if (!gathered.ok && (gathered.problem.code === "no-header" || gathered.problem.code === "empty-sheet")) {
    return { ok: false, problem: notLedger(sheet, locale) };
  }
  return gathered;
}

function gatherCandidates(port: WorkbookPort, request: CreateWarningFormsRequest, locale: Locale): Promise<Gathered> {
  const from = request.from;
  switch (from.kind) {
    case "selection":
      return fromSelection(port, request, locale);
    case "rows":
      return fromRows(port, from.sheet, from.rows, request, locale);
    case "findings":
      return fromFindings(port, from.sheet, from.rows, request, locale);
    case "keys":
      return fromKeys(port, from.keys, from.sheet, request, locale);
    case "signals":
      return fromSignals(port, from.sheet, request, locale);
  }
}

/** Writes the new forms, the forms whose status the register changed, the register and the store. */
async function writeAll(
  port: WorkbookPort,
  gathered: WarningWorkbook,
  forms: readonly WarningForm[],
  counter: Record<string, number>,
  locale: Locale,
): Promise<{ summaries: WarningFormSummary[]; register: string; notes: string[] }> {
  const fresh = forms.map((f) => ({ form: f, record: warningRecordOf(f, warningSheetName(f.number)) }));
  let records: WarningRecord[] = [...gathered.records, ...fresh.map((x) => x.record)];
  // The numbers are taken before any sheet is written: a failure half-way can never hand them out again.
  await saveWarnings(port, { counter, records }, locale);

  const notes: string[] = [];
  const summaries: WarningFormSummary[] = [];
  const renamed = new Map<string, string>();
  const written = await writeNewForms(port, fresh, gathered.settings.warning.feedbackWorkingDays, locale);
  fresh.forEach(({ form, record }, i) => {
    const w = written[i] ?? { sheet: record.sheet };
    if (w.message !== undefined) notes.push(w.message);
    if (w.sheet !== record.sheet) renamed.set(warningNumberKey(record.number), w.sheet);
    summaries.push(summaryOf(form, w.sheet));
  });
  for (const r of gathered.records) {
    if (!gathered.adopted.has(warningNumberKey(r.number))) continue;
    const rewritten = await rewriteForm(port, r, gathered, locale);
    if (rewritten.note !== undefined) notes.push(rewritten.note);
  }
  if (renamed.size > 0) {
    records = records.map((r) => {
      const sheet = renamed.get(warningNumberKey(r.number));
      return sheet === undefined ? r : { ...r, sheet };
    });
  }
  const register = await writeRegister(port, records, gathered.typed, locale);
  if (register.message !== undefined) notes.push(register.message);
  await saveWarnings(port, { counter, records }, locale);
  return { summaries, register: register.sheet, notes };
}

/**
 * Creates 风险预警信号处理表 from a ledger (创建预警处理表): from the rows the
 * user selected, from findings selected in 检查结果, from 借据号, or from every
 * loan whose 预警信号 is filled. Each form gets the next number of the filing
 * year (never one used before), a sheet of its own with everything the ledger
 * knows, and a row in the 预警登记簿. A loan that already has an open form
 * for the same signal is reported, not given a second one, so re-running
 * never duplicates. A dry run says what would be created and writes nothing.
 */
export async function createWarningForms(
  port: WorkbookPort,
  request: CreateWarningFormsRequest,
): Promise<CreateWarningFormsOutcome> {
  const locale = request.locale ?? "zh-CN";
  try {
    const picked = await gatherCandidates(port, request, locale);
    if (!picked.ok) return picked;
    const { from, candidates, skipped: early, notes: pickNotes, errorFindings } = picked.value;
    const gathered = await gatherWarnings(port, { today: request.today, locale });
    const filedOn = request.filedOn ?? request.today;
    const plan = planWarningForms(candidates, {
      records: gathered.records,
      counter: gathered.counter,
      seen: gathered.seen,
      filedOn,
      feedbackWorkingDays: gathered.settings.warning.feedbackWorkingDays,
      // The evidence line is written on the form: in the forms' language.
      locale: SHEET_LOCALE,
    });
    const skipped = [...early, ...plan.skipped.map((s) => skipOf(s, locale))];
    const notes = [...pickNotes, ...gathered.notes];
    const base = { ok: true as const, from, skipped, problems: gathered.problems, errorFindings };

    const nothingToWrite = plan.forms.length === 0 && gathered.adopted.size === 0;
    if (request.dryRun === true || nothingToWrite) {
      const forms = plan.forms.map((f) => summaryOf(f, warningSheetName(f.number)));
      return { ...base, written: false, forms, register: null, notes };
    }
    const written = await writeAll(port, gathered, plan.forms, { ...plan.counter }, locale);
    return {
      ...base,
      written: true,
      forms: written.summaries,
      register: written.register,
      notes: [...notes, ...written.notes],
    };
  } catch (e) {
    const known = problemFromPortError(e, "", locale);
    if (known !== null) return { ok: false, problem: known };
    if (ProblemError.is(e)) return { ok: false, problem: e.problem };
    throw e;
  }
}
