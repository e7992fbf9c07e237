import { dayFromYmd, type Day } from "../core/values/day";

/**
 * Today's date in the user's time zone. Only the edges read the clock; the
 * core always receives the date. A function that defaults to today is not
 * marked volatile (that would recalculate every sheet on every edit); pass
 * the as-of date explicitly where a workbook must move with the calendar.
 */
export function today(): Day {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}
