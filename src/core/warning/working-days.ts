import type { Day } from "../values/day";

/**
 * Working days for feedback deadlines (rules.md §4: feedback on a warning is
 * due within 10 working days). Saturdays and Sundays are skipped; Chinese
 * statutory holidays and the weekend days worked in their place (调休) are
 * NOT modelled — they change every year by State Council notice — so a
 * deadline falling in a holiday week is earlier than the true one, never
 * later: the officer is warned early rather than late.
 */

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWorkingDay(day: Day): boolean {
  const w = weekdayOf(day);
  return w !== 0 && w !== 6;
}

/**
 * The n-th working day after `day` (the start day itself never counts), as
 * Excel's WORKDAY(start, n) without holidays: filed on a Friday with n = 1,
 * feedback is due on Monday. n ≤ 0 gives `day` itself.
 */
export function addWorkingDays(day: Day, n: number): Day {
  if (!Number.isFinite(n) || n <= 0) return day;
  const count = Math.floor(n);
  // Whole weeks first (five working days each), then step through the rest.
  let d = day + Math.floor((count - 1) / 5) * 7;
  let left = count - Math.floor((count - 1) / 5) * 5;
  while (left > 0) {
    d++;
    if (isWorkingDay(d)) left--;
  }
  return d;
}
