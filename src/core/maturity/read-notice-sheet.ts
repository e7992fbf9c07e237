import { isBlank, type CellValue } from "../values/cell-value";
import type { Day } from "../values/day";
import { compactText, normalizeText } from "../values/normalize-text";
import { parseDate } from "../values/parse-date";
import { parseNumber } from "../values/parse-number";
import { noticeText } from "../messages/notice-messages";
import { NOTICE_COLUMN_LABELS, NOTICE_COLUMNS, type NoticeColumn } from "./notice-layout";
import { noticeKey } from "./notice-key";
import { remarkGuidance } from "./notice-sheet";

/** A loan as an earlier 附表 lists it, with what people typed beside it. */
export interface NoticedLoan {
  readonly match: string;
  readonly loanNo: string | null;
  readonly customer: string | null;
  readonly balance: number | null;
  readonly maturity: Day | null;
  readonly officer: string | null;
  readonly loanClass: string | null;
  readonly handling: string | null;
  readonly responsible: string | null;
  /** A remark someone typed; the guidance the formula shows is not one. */
  readonly remark: string | null;
  /** 1-based row of the sheet. */
  readonly sheetRow: number;
}

export interface NoticeSheetContent {
  /** The branch the letter is addressed to, when the salutation is still there. */
  readonly branch: string | null;
  readonly loans: readonly NoticedLoan[];
}

export interface ReadNoticeSheetOptions {
  /** Sheet row of values[0]; 1 when the values start at A1. */
  readonly firstRow?: number;
  readonly date1904?: boolean;
}

/** Rows searched for the schedule's header: the letter above it is a dozen rows, plus any someone inserted. */
const HEADER_SCAN_ROWS = 60;
const LOCALES = ["zh-CN", "en-US"] as const;

const LABELS: ReadonlyMap<NoticeColumn, readonly string[]> = new Map(
  NOTICE_COLUMNS.map((c) => [c, LOCALES.map((l) => compactText(noticeText(NOTICE_COLUMN_LABELS[c], {}, l)))]),
);
const TOTALS: ReadonlySet<string> = new Set(LOCALES.map((l) => compactText(noticeText("notice.total", {}, l))));
/** `致城关支行：` / `To 城关支行:` — the salutation's two forms, around the branch. */
const SALUTATIONS = LOCALES.map((l) => {
  const [before = "", after = ""] = noticeText("notice.letter.to", {}, l).split("{branch}");
  return { before: before.trim(), after: after.trim() };
});

function columnOf(header: readonly CellValue[], column: NoticeColumn): number | null {
  const labels = LABELS.get(column) ?? [];
  // The balance header carries the unit: 贷款余额（万元）.
  const index = header.findIndex(
    (cell) => typeof cell === "string" && labels.some((label) => compactText(cell).startsWith(label)),
  );
  return index < 0 ? null : index;
}

/** A cell's text as typed (trimmed only: what is carried over must read as the person wrote it). */
function text(value: CellValue | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || isBlank(value)) return null;
  return value.trim();
}

function branchOf(values: readonly (readonly CellValue[])[], headerIndex: number): string | null {
  for (const row of values.slice(0, headerIndex)) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const shown = cell.trim();
      for (const { before, after } of SALUTATIONS) {
        if (shown.length > before.length + after.length && shown.startsWith(before) && shown.endsWith(after)) {
          const branch = shown.slice(before.length, shown.length - after.length).trim();
          if (branch !== "") return branch;
        }
      }
    }
  }
  return null;
}

/**
 * Reads back a 提示函 sheet the add-in wrote: the loans of its 附表 and what
 * was typed beside them (处理方式, 责任人, a remark of one's own), found by the
 * header's labels in either language, so inserted rows or columns do not
 * matter. Null when the sheet holds no such schedule (it is not one of ours,
 * or someone removed the header).
 */
export function readNoticeSheet(
  values: readonly (readonly CellValue[])[],
  options: ReadNoticeSheetOptions = {},
): NoticeSheetContent | null {
  const firstRow = options.firstRow ?? 1;
  const headerIndex = values
    .slice(0, HEADER_SCAN_ROWS)
    .findIndex((row) => columnOf(row, "loanNo") !== null && columnOf(row, "handling") !== null);
  const header = values[headerIndex];
  if (headerIndex < 0 || header === undefined) return null;
  const at: Partial<Record<NoticeColumn, number>> = {};
  for (const c of NOTICE_COLUMNS) {
    const index = columnOf(header, c);
    if (index !== null) at[c] = index;
  }
  const cell = (row: readonly CellValue[], c: NoticeColumn): CellValue | undefined => {
    const index = at[c];
    return index === undefined ? undefined : row[index];
  };
  const guidance = new Set([...remarkGuidance()].map(normalizeText));

  const loans: NoticedLoan[] = [];
  for (let i = headerIndex + 1; i < values.length; i++) {
    const row = values[i] ?? [];
    const first = text(cell(row, "seq")) ?? text(row[0]);
    if (first !== null && TOTALS.has(compactText(first))) break;
    const loanNo = text(cell(row, "loanNo"));
    const customer = text(cell(row, "customer"));
    if (loanNo === null && customer === null) continue;
    const balance = parseNumber(cell(row, "balance") ?? null);
    const maturity = parseDate(cell(row, "maturity") ?? null, { date1904: options.date1904 ?? false });
    const remark = text(cell(row, "remark"));
    const maturityDay = maturity.ok ? maturity.value : null;
    loans.push({
      match: noticeKey(loanNo, customer, maturityDay),
      loanNo,
      customer,
      balance: balance.ok ? balance.value : null,
      maturity: maturityDay,
      officer: text(cell(row, "officer")),
      loanClass: text(cell(row, "class")),
      handling: text(cell(row, "handling")),
      responsible: text(cell(row, "responsible")),
      remark: remark === null || guidance.has(normalizeText(remark)) ? null : remark,
      sheetRow: firstRow + i,
    });
  }
  return { branch: branchOf(values, headerIndex), loans };
}
