import type { Locale } from "../messages/message";
import { warningMessages, warningText, type WarningMessageId } from "../messages/warning-messages";
import { columnLetters, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { dayToExcelSerial, type Day } from "../values/day";
import { compactText } from "../values/normalize-text";
import { parseDate } from "../values/parse-date";
import { compareWarningNumbers, formatWarningNumber, parseWarningNumberText, type WarningNumber } from "./numbering";
import { parseWarningStatus, WARNING_STATUSES, type WarningStatus } from "./status";
import type { WarningRecord } from "./warning-record";

/**
 * The 预警登记簿: an Excel table with one row per form ever numbered, voided
 * ones included. Built from the stored records; the 备注 column is people's
 * and is carried over by number, as are rows people added that carry no
 * number of ours. Overdue open forms are highlighted by a conditional format
 * (deadline before TODAY() and status 生效 or 处理中), so the highlight moves
 * with the calendar in Excel without the add-in.
 */
export const REGISTER_COLUMNS = [
  "number",
  "filedOn",
  "branch",
  "customer",
  "loanNo",
  "balance",
  "class",
  "category",
  "signal",
  "level",
  "discoverer",
  "status",
  "deadline",
  "releasedOn",
  "voidReason",
  "form",
  "remark",
] as const;
export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

const HEADER_ID: Readonly<Record<RegisterColumn, WarningMessageId>> = {
  number: "warning.register.number",
  filedOn: "warning.register.filed-on",
  branch: "warning.register.branch",
  customer: "warning.register.customer",
  loanNo: "warning.register.loan-no",
  balance: "warning.register.balance",
  class: "warning.register.class",
  category: "warning.register.category",
  signal: "warning.register.signal",
  level: "warning.register.level",
  discoverer: "warning.register.discoverer",
  status: "warning.register.status",
  deadline: "warning.register.deadline",
  releasedOn: "warning.register.released-on",
  voidReason: "warning.register.void-reason",
  form: "warning.register.form",
  remark: "warning.register.remark",
};

const WIDTH: Readonly<Record<RegisterColumn, number>> = {
  number: 16,
  filedOn: 12,
  branch: 12,
  customer: 22,
  loanNo: 16,
  balance: 14,
  class: 9,
  category: 11,
  signal: 36,
  level: 9,
  discoverer: 10,
  status: 9,
  deadline: 12,
  releasedOn: 12,
  voidReason: 20,
  form: 14,
  remark: 24,
};

/** The register's 0-based column of a field. */
export function registerColumn(c: RegisterColumn): number {
  return REGISTER_COLUMNS.indexOf(c);
}

export function registerLetter(c: RegisterColumn): string {
  return columnLetters(registerColumn(c));
}

const DATE_COLUMNS: ReadonlySet<RegisterColumn> = new Set(["filedOn", "deadline", "releasedOn"]);
/** Text columns are formatted as text, so that what people type there later stays text too. */
const TEXT_COLUMNS: readonly RegisterColumn[] = [
  "number",
  "branch",
  "customer",
  "loanNo",
  "class",
  "category",
  "signal",
  "level",
  "discoverer",
  "status",
  "voidReason",
  "remark",
];
const OVERDUE_FILL = "#FFC7CE";
const OVERDUE_FONT = "#9C0006";
const VOID_FONT = "#808080";

/** What people keep in the register that the records do not: their remarks, and their own rows. */
export interface RegisterTyped {
  /** Remarks by number key (warningNumberKey). */
  readonly remarks: ReadonlyMap<string, string>;
  /** Rows with no number of ours, as they stand (values in register column order). */
  readonly extraRows: readonly (readonly CellValue[])[];
}

export interface BuildRegisterOptions {
  /** The register's sheet name (预警登记簿 unless that name was taken). */
  readonly sheet: string;
  readonly typed?: RegisterTyped;
  readonly locale?: Locale;
}

function serial(day: Day | null): number | null {
  return day === null ? null : dayToExcelSerial(day);
}

function keyOf(n: WarningNumber): string {
  return `${n.year}-${n.seq}`;
}

function recordRow(r: WarningRecord, remark: string | null): ModelCell[] {
  const cells: Record<RegisterColumn, ModelCell> = {
    number: formatWarningNumber(r.number),
    filedOn: serial(r.filedOn),
    branch: r.branch,
    customer: r.customer,
    loanNo: r.loanNo,
    balance: r.balance,
    class: r.class,
    category: r.category,
    signal: r.signal,
    level: r.level,
    discoverer: r.discoverer,
    status: r.status,
    deadline: serial(r.deadline),
    releasedOn: serial(r.releasedOn),
    voidReason: r.voidReason,
    form: { text: r.sheet, link: { sheet: r.sheet, cell: "A1" } },
    remark,
  };
  return REGISTER_COLUMNS.map((c) => cells[c]);
}

/** A kept row of people's own: its values as model cells (error values cannot be written back, so they go blank). */
function extraRow(values: readonly CellValue[]): ModelCell[] {
  return REGISTER_COLUMNS.map((_, i) => {
    const v = values[i] ?? null;
    return isExcelError(v) ? null : v;
  });
}

/** Builds the register. Pure: records (any order) and typed values in, the sheet out. */
export function buildRegisterSheet(records: readonly WarningRecord[], options: BuildRegisterOptions): SheetModel {
  const locale = options.locale ?? "zh-CN";
  const sorted = [...records].sort((a, b) => compareWarningNumbers(a.number, b.number));
  const header: ModelCell[] = REGISTER_COLUMNS.map((c) => warningText(HEADER_ID[c], locale));
  const body: ModelCell[][] = sorted.map((r) => recordRow(r, options.typed?.remarks.get(keyOf(r.number)) ?? null));
  for (const extra of options.typed?.extraRows ?? []) body.push(extraRow(extra));
  // An Excel table needs a data row under its header, even before the first form.
  if (body.length === 0) body.push(REGISTER_COLUMNS.map(() => null));
  const rows = [header, ...body];
  const last = rows.length;
  const lastCol = REGISTER_COLUMNS.length - 1;
  const col = (c: RegisterColumn): string => registerLetter(c);
  const colRange = (c: RegisterColumn): string => `${col(c)}2:${col(c)}${last}`;

  const formats: { range: string; style: CellStyle }[] = [
    { range: rangeAddress(1, 0, 1, lastCol), style: { bold: true, hAlign: "center", vAlign: "middle", wrap: true } },
    { range: rangeAddress(2, 0, last, lastCol), style: { vAlign: "middle" } },
    { range: colRange("signal"), style: { wrap: true } },
    { range: colRange("voidReason"), style: { wrap: true } },
    { range: colRange("remark"), style: { wrap: true } },
    { range: colRange("balance"), style: { numberFormat: "#,##0.00", hAlign: "right" } },
  ];
  for (const c of TEXT_COLUMNS) formats.push({ range: colRange(c), style: { numberFormat: "@" } });
  for (const c of DATE_COLUMNS) formats.push({ range: colRange(c), style: { numberFormat: "yyyy-mm-dd" } });
  sorted.forEach((r, i) => {
    if (r.status === "作废") {
      formats.push({ range: rangeAddress(i + 2, 0, i + 2, lastCol), style: { fontColor: VOID_FONT, italic: true } });
    }
  });

  const status = `$${col("status")}2`;
  const deadline = `$${col("deadline")}2`;
  return {
    name: options.sheet,
    rows,
    formats,
    columnWidths: REGISTER_COLUMNS.map((c) => WIDTH[c]),
    validations: [{ range: colRange("status"), list: WARNING_STATUSES }],
    conditionalFormats: [
      {
        range: rangeAddress(2, 0, last, lastCol),
        formula: `=AND(${deadline}<>"",${deadline}<TODAY(),OR(${status}="生效",${status}="处理中"))`,
        style: { fill: OVERDUE_FILL, fontColor: OVERDUE_FONT },
      },
    ],
    freeze: { rows: 1, columns: 1 },
    table: { name: "预警登记簿", range: rangeAddress(1, 0, last, lastCol) },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, last, lastCol),
      printTitleRows: "1:1",
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: "#C00000",
  };
}

// ---- reading a register back ----

/** One row of an existing register, as far as the add-in reads it. */
export interface RegisterRow {
  /** The number in the 编号 column; null for a row of people's own. */
  readonly number: WarningNumber | null;
  /** The status as typed (the drop-down's value), when it reads as one. */
  readonly status: WarningStatus | null;
  readonly releasedOn: Day | null;
  readonly remark: string | null;
  /** The row's values in the register's own column order (REGISTER_COLUMNS), for rows kept as they are. */
  readonly values: readonly CellValue[];
}

function headerKeys(): Map<string, RegisterColumn> {
  const keys = new Map<string, RegisterColumn>();
  for (const c of REGISTER_COLUMNS) {
    const t = warningMessages[HEADER_ID[c]];
    keys.set(compactText(t["zh-CN"]), c);
    keys.set(compactText(t["en-US"]).toLowerCase(), c);
  }
  return keys;
}

function text(v: CellValue): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/**
 * Reads a register's values (from A1; row 1 the header). Columns are found by
 * their headers, in either language, so a column people inserted or moved
 * does not shift what is read. Null when row 1 has no 编号 and 状态 headers:
 * then it is not a register of ours.
 */
export function readRegisterRows(values: readonly (readonly CellValue[])[], date1904 = false): RegisterRow[] | null {
  const keys = headerKeys();
  const where = new Map<RegisterColumn, number>();
  (values[0] ?? []).forEach((v, i) => {
    if (typeof v !== "string") return;
    const c = keys.get(compactText(v)) ?? keys.get(compactText(v).toLowerCase());
    if (c !== undefined && !where.has(c)) where.set(c, i);
  });
  if (!where.has("number") || !where.has("status")) return null;
  const at = (row: readonly CellValue[], c: RegisterColumn): CellValue => {
    const i = where.get(c);
    return i === undefined ? null : (row[i] ?? null);
  };
  const out: RegisterRow[] = [];
  for (const row of values.slice(1)) {
    if (row.every((v) => isBlank(v))) continue;
    const numberText = text(at(row, "number"));
    const statusText = text(at(row, "status"));
    const released = parseDate(at(row, "releasedOn"), { date1904 });
    out.push({
      number: numberText === null ? null : parseWarningNumberText(numberText),
      status: statusText === null ? null : parseWarningStatus(statusText),
      releasedOn: released.ok ? released.value : null,
      remark: text(at(row, "remark")),
      values: REGISTER_COLUMNS.map((c) => at(row, c)),
    });
  }
  return out;
}
