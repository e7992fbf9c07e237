import { isBlank, type CellValue } from "../values/cell-value";
import { dayFromYmd, lastOfMonth, type Day } from "../values/day";
import { compactText } from "../values/normalize-text";
import { parseDate } from "../values/parse-date";
import type { ColumnBinding, ColumnKey } from "./ledger-types";

type Rows = readonly (readonly CellValue[])[];

/**
 * Words that introduce the date a ledger is drawn up to. Longer words come
 * first so that `统计截止日期` is consumed whole, not as `统计…` + `截止日期`.
 */
const AS_OF_WORD =
  /(统计截止日期|统计截止日|数据截止日期|数据截止日|统计日期|统计时点|统计时间|截止日期|截止时间|截至日期|数据日期|报表日期|报告日期|基准日期|基准日|截止|截至)/;
/** What may stand between the word and the date: `：`, `为`, `到`, `日` (统计截止日：). */
const LEAD_IN = /^[:：为到是]*/;
/** A date inside text, after compactText: `2026-10-31`, `2026/10/31`, `2026.10.31`, `2026年10月31日`. */
const YMD_IN_TEXT = /(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})/;
/** `2026年10月末` / `2026年10月底`: the last day of that month. */
const MONTH_END_IN_TEXT = /(\d{4})年(\d{1,2})月(?:末|底)/;
/** `20261031`, not part of a longer number. */
const COMPACT_IN_TEXT = /(?:^|\D)(\d{4})(\d{2})(\d{2})(?!\d)/;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function ymd(year: string | undefined, month: string | undefined, day: string | undefined): Day | null {
  const y = Number(year);
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return null;
  return dayFromYmd(y, Number(month), Number(day));
}

/** The first date written in a piece of (compacted, half-width) text. */
function dateInText(text: string): Day | null {
  const monthEnd = MONTH_END_IN_TEXT.exec(text);
  const full = YMD_IN_TEXT.exec(text);
  // Whichever comes first in the text is the one the words refer to.
  if (monthEnd !== null && (full === null || monthEnd.index < full.index)) {
    const first = ymd(monthEnd[1], monthEnd[2], "1");
    return first === null ? null : lastOfMonth(first);
  }
  if (full !== null) return ymd(full[1], full[2], full[3]);
  const compact = COMPACT_IN_TEXT.exec(text);
  return compact === null ? null : ymd(compact[1], compact[2], compact[3]);
}

/** A date cell after the words: a serial, a Date, or text with a date in it. */
function dateInCell(cell: CellValue, date1904: boolean): Day | null {
  const parsed = parseDate(cell, { date1904 });
  if (parsed.ok) return parsed.value;
  return typeof cell === "string" ? dateInText(compactText(cell)) : null;
}

/**
 * The date a ledger says it was drawn up to (统计日期), from the rows above
 * its header: `统计日期：2026年10月31日`, `截至2026-10-31`, `数据日期: 2026/10/31`
 * (full-width colons and digits too), the date either in the same cell after
 * the words or in the next non-empty cell of the row. Null when no such line
 * is found; the check then uses the as-of date it was given.
 */
export function findStatedAsOf(values: Rows, headerRowIndex: number, date1904: boolean): Day | null {
  const end = Math.min(headerRowIndex, values.length);
  for (let r = 0; r < end; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      const text = compactText(cell);
      const word = AS_OF_WORD.exec(text);
      if (word === null) continue;
      const rest = text.slice(word.index + word[0].length).replace(LEAD_IN, "");
      const inCell = rest === "" ? null : dateInText(rest);
      if (inCell !== null) return inCell;
      // `统计日期：` or `截至日期（年月日）` with the date in the next cell.
      for (let n = c + 1; n < row.length; n++) {
        const next = row[n];
        if (next === undefined || isBlank(next)) continue;
        const day = dateInCell(next, date1904);
        if (day !== null) return day;
        break;
      }
    }
  }
  return null;
}

/** `（万元）`, `(元)`, `（人民币万元）`, `(万)` in a header, after compactText. */
const UNIT_IN_HEADER = /\((?:人民币)?(万元|元|万)\)|[[〔](?:人民币)?(万元|元|万)[\]〕]/;
/** `单位：万元`, `金额单位:元`, `单位：人民币万元` in a line above the header. */
const UNIT_LINE = /单位[:：]?(?:人民币)?(万元|元)/;
/** The amount columns whose headers say the unit; the loan amount and balance are the ones people label. */
const AMOUNT_KEYS: readonly ColumnKey[] = ["amount", "balance", "overduePrincipal", "overdueInterest"];

function unitOf(word: string | undefined): "元" | "万元" | null {
  if (word === undefined) return null;
  return word === "元" ? "元" : "万元";
}

/**
 * The unit the ledger's amounts are in: from the amount headers first
 * (`贷款余额（万元）`, the nearest statement to the figures), then from a
 * `单位：万元` line above or in the header row. Null when the sheet does not
 * say; the reader then cannot tell 元 from 万元 and rules should not guess.
 */
export function findAmountUnit(
  values: Rows,
  headerRowIndex: number,
  bindings: readonly ColumnBinding[],
): "元" | "万元" | null {
  for (const key of AMOUNT_KEYS) {
    const binding = bindings.find((b) => b.key === key);
    if (binding === undefined) continue;
    const m = UNIT_IN_HEADER.exec(compactText(binding.header));
    const unit = unitOf(m?.[1] ?? m?.[2]);
    if (unit !== null) return unit;
  }
  const end = Math.min(headerRowIndex + 1, values.length);
  for (let r = 0; r < end; r++) {
    for (const cell of values[r] ?? []) {
      if (typeof cell !== "string") continue;
      const m = UNIT_LINE.exec(compactText(cell));
      const unit = unitOf(m?.[1]);
      if (unit !== null) return unit;
    }
  }
  return null;
}
