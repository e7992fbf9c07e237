import type { Locale } from "../messages/message";
import { warningText } from "../messages/warning-messages";
import type { CellValue } from "../values/cell-value";
import type { Day } from "../values/day";
import { parseDate } from "../values/parse-date";
import { parseNumber } from "../values/parse-number";
import { FORM_LAYOUT, type OwnedField } from "./form-layout";
import { readFormInputs, typedString } from "./form-sheet";
import { parseWarningSheetName, warningNumberKey, warningSheetName, type WarningNumber } from "./numbering";
import { registerColumn, type RegisterColumn, type RegisterRow, type RegisterTyped } from "./register-sheet";
import { parseSignalCategory } from "./signal-category";
import { applyStatusChange, parseWarningStatus, type StatusChange, type WarningStatus } from "./status";
import { parseWarningLevel } from "./warning-level";
import { signalKey, type WarningRecord } from "./warning-record";

/**
 * The stored records are the truth about forms, but people also work in the
 * sheets: they pick a status in the register's drop-down, type remarks, fill
 * in the level or category on a form; and a settings sheet can be lost or
 * edited. Before anything is rewritten these are merged, so that nothing
 * people typed is overwritten and no form is forgotten.
 */

export interface StatusAdoption {
  readonly number: WarningNumber;
  readonly from: WarningStatus;
  readonly to: WarningStatus;
}

export interface StatusRefusal {
  readonly number: WarningNumber;
  /** What the register says. */
  readonly typed: WarningStatus;
  /** What stands (a closed form does not reopen; nothing goes back to 生效). */
  readonly kept: WarningStatus;
}

export interface ReconcileResult {
  readonly records: WarningRecord[];
  readonly typed: RegisterTyped;
  /** Statuses people changed in the register, now taken over. */
  readonly adopted: readonly StatusAdoption[];
  /** Statuses typed in the register that cannot be taken over (the register is rewritten with the kept one). */
  readonly refused: readonly StatusRefusal[];
  /** Numbers found in the register with no stored record, restored from the register's row. */
  readonly restored: readonly WarningNumber[];
}

function text(v: CellValue | undefined): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

function day(v: CellValue | undefined, date1904: boolean): Day | null {
  const p = parseDate(v ?? null, { date1904 });
  return p.ok ? p.value : null;
}

/** A record rebuilt from a register row (the settings sheet lost it); null without the dates a record needs. */
function recordFromRegisterRow(row: RegisterRow, number: WarningNumber, date1904: boolean): WarningRecord | null {
  const at = (c: RegisterColumn): CellValue | undefined => row.values[registerColumn(c)];
  const filedOn = day(at("filedOn"), date1904);
  const deadline = day(at("deadline"), date1904) ?? filedOn;
  if (filedOn === null || deadline === null) return null;
  const balance = parseNumber(at("balance") ?? null);
  const category = parseSignalCategory(at("category") ?? null);
  const level = parseWarningLevel(at("level") ?? null);
  const loanNo = text(at("loanNo"));
  const signal = text(at("signal"));
  const formText = text(at("form"));
  return {
    number,
    sheet: formText !== null && parseWarningSheetName(formText) !== null ? formText : warningSheetName(number),
    filedOn,
    deadline,
    branch: text(at("branch")),
    customer: text(at("customer")),
    loanNo,
    balance: balance.ok ? balance.value : null,
    class: text(at("class")),
    category: category.ok ? category.value : null,
    signal,
    level: level.ok ? level.value : null,
    discoverer: text(at("discoverer")),
    status: row.status ?? "生效",
    releasedOn: row.releasedOn,
    voidReason: text(at("voidReason")),
    voidedOn: null,
    evidence: null,
    amountUnit: null,
    origin: "selection",
    ledger: null,
    key: signalKey(loanNo, signal),
  };
}

function changeFor(row: RegisterRow, today: Day, locale: Locale): StatusChange | null {
  switch (row.status) {
    case "处理中":
      return { to: "处理中" };
    case "已解除":
      return { to: "已解除", releasedOn: row.releasedOn ?? today };
    case "作废": {
      const typed = text(row.values[registerColumn("voidReason")]);
      return { to: "作废", reason: typed ?? warningText("warning.register.voided-in-register", locale), on: today };
    }
    default:
      // 生效 typed over a form in hand: nothing goes back.
      return null;
  }
}

export interface ReconcileOptions {
  readonly today: Day;
  readonly date1904?: boolean;
  /** Language of the reason recorded when a form is voided in the register without one. */
  readonly locale?: Locale;
}

/**
 * Merges the register people may have edited into the stored records:
 * statuses chosen in the drop-down are taken over when they are a valid
 * step forward (with the 解除日期 typed beside them, else today), remarks and
 * rows of people's own are kept, and numbered rows the store has lost come
 * back as records.
 */
export function reconcileRegister(
  records: readonly WarningRecord[],
  rows: readonly RegisterRow[] | null,
  options: ReconcileOptions,
): ReconcileResult {
  const { today, date1904 = false, locale = "zh-CN" } = options;
  const byKey = new Map<string, WarningRecord>();
  for (const r of records) byKey.set(warningNumberKey(r.number), r);
  const remarks = new Map<string, string>();
  const extraRows: (readonly CellValue[])[] = [];
  const adopted: StatusAdoption[] = [];
  const refused: StatusRefusal[] = [];
  const restored: WarningNumber[] = [];
  const seenInRegister = new Set<string>();

  for (const row of rows ?? []) {
    if (row.number === null) {
      extraRows.push(row.values);
      continue;
    }
    const key = warningNumberKey(row.number);
    // A number listed twice (a row copied by hand): the first row speaks for it; the copy is kept as people's own.
    if (seenInRegister.has(key)) {
      extraRows.push(row.values);
      continue;
    }
    seenInRegister.add(key);
    if (row.remark !== null) remarks.set(key, row.remark);
    const record = byKey.get(key);
    if (record === undefined) {
      const rebuilt = recordFromRegisterRow(row, row.number, date1904);
      if (rebuilt === null) extraRows.push(row.values);
      else {
        byKey.set(key, rebuilt);
        restored.push(row.number);
      }
      continue;
    }
    if (row.status === null || row.status === record.status) continue;
    const change = changeFor(row, today, locale);
    const applied = change === null ? null : applyStatusChange(record, change);
    if (applied !== null && applied.ok) {
      byKey.set(key, applied.value);
      adopted.push({ number: record.number, from: record.status, to: applied.value.status });
    } else {
      refused.push({ number: record.number, typed: row.status, kept: record.status });
    }
  }
  return { records: [...byKey.values()], typed: { remarks, extraRows }, adopted, refused, restored };
}

/** The form's own cells (level, category, discoverer, description) over the record's: the register follows the forms. */
export function refreshFromForm(record: WarningRecord, values: readonly (readonly CellValue[])[]): WarningRecord {
  const typed = readFormInputs(values);
  const level = parseWarningLevel(typed.get("level") ?? null);
  const category = parseSignalCategory(typed.get("category") ?? null);
  return {
    ...record,
    level: level.ok ? level.value : record.level,
    category: category.ok ? category.value : record.category,
    discoverer: typedString(typed, "discoverer") ?? record.discoverer,
    signal: typedString(typed, "description") ?? record.signal,
  };
}

function ownedValue(values: readonly (readonly CellValue[])[], field: OwnedField): CellValue {
  const placed = FORM_LAYOUT.owned.get(field);
  return placed === undefined ? null : (values[placed.row - 1]?.[placed.col] ?? null);
}

/**
 * A record rebuilt from a form sheet that neither the store nor the register
 * knows (both lost or edited away); null when the sheet lacks its dates.
 */
export function recordFromFormSheet(
  sheet: string,
  values: readonly (readonly CellValue[])[],
  date1904 = false,
): WarningRecord | null {
  const number = parseWarningSheetName(sheet);
  const filedOn = day(ownedValue(values, "filedOn"), date1904);
  const deadline = day(ownedValue(values, "deadline"), date1904) ?? filedOn;
  if (number === null || filedOn === null || deadline === null) return null;
  const typed = readFormInputs(values);
  const statusText = text(ownedValue(values, "status"));
  const balance = parseNumber(typed.get("balance") ?? null);
  const loanNo = typedString(typed, "loanNo");
  const signal = typedString(typed, "description");
  const base: WarningRecord = {
    number,
    sheet,
    filedOn,
    deadline,
    branch: typedString(typed, "branch"),
    customer: typedString(typed, "customer"),
    loanNo,
    balance: balance.ok ? balance.value : null,
    class: typedString(typed, "class"),
    category: null,
    signal,
    level: null,
    discoverer: null,
    status: (statusText === null ? null : parseWarningStatus(statusText)) ?? "生效",
    releasedOn: day(typed.get("releasedOn"), date1904),
    voidReason: null,
    voidedOn: null,
    evidence: typedString(typed, "evidence"),
    amountUnit: null,
    origin: "selection",
    ledger: null,
    key: signalKey(loanNo, signal),
  };
  return refreshFromForm(base, values);
}
