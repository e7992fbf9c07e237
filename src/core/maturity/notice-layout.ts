import type { NoticeMessageId } from "../messages/notice-messages";

/**
 * Where things are on a branch's 提示函 sheet: the letter on top, its 附表
 * (schedule) below on the same sheet — one sheet per branch prints as one
 * letter with its list, which is how the work plan sends them (以文字附表的形式).
 * The schedule's header row is fixed, so the summary's formulas can name the
 * ranges; reading a sheet back finds the header by its labels instead, so
 * rows or columns someone inserted do not lose what was typed.
 */
export const NOTICE_COLUMNS = [
  "seq",
  "customer",
  "loanNo",
  "balance",
  "maturity",
  "officer",
  "class",
  "guarantee",
  "handling",
  "extension",
  "remark",
  "responsible",
] as const;
export type NoticeColumn = (typeof NOTICE_COLUMNS)[number];

export const NOTICE_COLUMN_LABELS: Readonly<Record<NoticeColumn, NoticeMessageId>> = {
  seq: "notice.col.seq",
  customer: "notice.col.customer",
  loanNo: "notice.col.loanNo",
  balance: "notice.col.balance",
  maturity: "notice.col.maturity",
  officer: "notice.col.officer",
  class: "notice.col.class",
  guarantee: "notice.col.guarantee",
  handling: "notice.col.handling",
  extension: "notice.col.extension",
  remark: "notice.col.remark",
  responsible: "notice.col.responsible",
};

/** 0-based column of each schedule column. */
export function noticeColumn(column: NoticeColumn): number {
  return NOTICE_COLUMNS.indexOf(column);
}

/** The letter's rows (1-based). */
export const LETTER_ROWS = {
  title: 1,
  asOf: 2,
  to: 3,
  body: 4,
  repay: 5,
  extend: 6,
  recover: 7,
  reply: 8,
  issuer: 10,
  date: 11,
  scheduleTitle: 13,
} as const;

/** The schedule's header row; loans start on the next row. */
export const SCHEDULE_HEADER_ROW = 14;

export interface ScheduleRows {
  readonly header: number;
  /** First and last loan rows; last < first when there is no loan. */
  readonly first: number;
  readonly last: number;
  /** The 合计 row. */
  readonly total: number;
}

export function scheduleRows(loanCount: number): ScheduleRows {
  const first = SCHEDULE_HEADER_ROW + 1;
  const last = SCHEDULE_HEADER_ROW + loanCount;
  return { header: SCHEDULE_HEADER_ROW, first, last, total: last + 1 };
}
