import { dayFromYmd, ymdFromDay, type Day } from "../values/day";

/** Days past a whole number of months from which the term is rounded up (a loan of 11 months and 30 days is a 12-month loan). */
const ROUND_UP_DAYS = 15;

/** `day` plus `months` calendar months; the 31st becomes the month's last day when the month is shorter. */
function addMonths(day: Day, months: number): Day {
  const { year, month, day: dd } = ymdFromDay(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  for (let d = dd; d >= 28; d--) {
    const result = dayFromYmd(y, m, d);
    if (result !== null) return result;
  }
  return dayFromYmd(y, m, dd) ?? day;
}

/**
 * A loan's original term in months from its disbursement and maturity dates,
 * for the 展期 limit when the ledger has no 期限 column. Loans are written for
 * whole months but often mature the day before the anniversary
 * (2025-06-01 → 2026-05-31), so the term is rounded to the nearest month.
 * Null when maturity is not after disbursement (a date-order finding).
 */
export function termMonths(disbursed: Day, maturity: Day): number | null {
  if (maturity <= disbursed) return null;
  const { year: y1, month: m1 } = ymdFromDay(disbursed);
  const { year: y2, month: m2 } = ymdFromDay(maturity);
  let months = (y2 - y1) * 12 + (m2 - m1);
  while (months > 0 && addMonths(disbursed, months) > maturity) months--;
  const rest = maturity - addMonths(disbursed, months);
  const rounded = rest >= ROUND_UP_DAYS ? months + 1 : months;
  return rounded > 0 ? rounded : null;
}
