import { firstOfNextMonth, lastOfMonth, type Day } from "../values/day";

/** An inclusive range of days. */
export interface DayWindow {
  readonly from: Day;
  readonly to: Day;
}

/**
 * The window of "soon to mature" loans. `next-month` is the calendar month
 * after asOf's (the monthly 到期提示 list); `next-30-days` is a rolling
 * window starting tomorrow, for banks that work that way.
 */
export function nextMonthWindow(asOf: Day, mode: "next-month" | "next-30-days"): DayWindow {
  if (mode === "next-30-days") return { from: asOf + 1, to: asOf + 30 };
  const from = firstOfNextMonth(asOf);
  return { from, to: lastOfMonth(from) };
}

export function isInWindow(day: Day, window: DayWindow): boolean {
  return day >= window.from && day <= window.to;
}

/** True when `maturity` falls in the calendar month after asOf's month (December → next January). */
export function dueNextMonth(maturity: Day, asOf: Day): boolean {
  return isInWindow(maturity, nextMonthWindow(asOf, "next-month"));
}
