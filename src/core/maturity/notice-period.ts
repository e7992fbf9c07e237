import { nextMonthWindow, type DayWindow } from "../dates/due-next-month";
import type { Locale } from "../messages/message";
import { noticeText } from "../messages/notice-messages";
import { dayToChinese, dayToIso, firstOfNextMonth, ymdFromDay, type Day } from "../values/day";

export type NoticeWindowMode = "next-month" | "next-30-days";

/** The days a round of notices covers, and how it is named. */
export interface NoticePeriod {
  readonly mode: NoticeWindowMode;
  readonly window: DayWindow;
  /** `2027-01`: the month the window starts in (the command line's `month`). */
  readonly month: string;
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * The notices' period as of a date: the next calendar month (December's
 * notices cover January of the next year), or the next 30 days when the bank
 * works on a rolling window (settings.maturity.window).
 */
export function noticePeriod(asOf: Day, mode: NoticeWindowMode): NoticePeriod {
  const window = nextMonthWindow(asOf, mode);
  const { year, month } = ymdFromDay(window.from);
  return { mode, window, month: `${year}-${String(month).padStart(2, "0")}` };
}

/** `2027年1月`, or `2026年12月1日至2026年12月30日` for a rolling window. */
export function periodLabel(period: NoticePeriod, locale: Locale = "zh-CN"): string {
  const { from, to } = period.window;
  if (period.mode === "next-month") {
    const { year, month } = ymdFromDay(from);
    // The month as a number in Chinese (2027年1月), by name in English (January 2027).
    const shown = locale === "en-US" ? (MONTH_NAMES[month - 1] ?? String(month)) : month;
    return noticeText("notice.period.month", { year, month: shown }, locale);
  }
  const show = locale === "zh-CN" ? dayToChinese : dayToIso;
  return noticeText("notice.period.days", { from: show(from), to: show(to) }, locale);
}

/**
 * The period whose notices are followed up now: the as-of date's own month
 * (last round's "next month"), or the 30 days up to the as-of date. Loans of
 * the summary's 已到期未定处理方式 list that matured in it are kept on a
 * re-run; older ones have been reported for a whole round and are dropped.
 */
export function followUpWindow(asOf: Day, mode: NoticeWindowMode): DayWindow {
  if (mode === "next-30-days") return { from: asOf - 30, to: asOf };
  const first = asOf - (ymdFromDay(asOf).day - 1);
  return { from: first, to: firstOfNextMonth(first) - 1 };
}
