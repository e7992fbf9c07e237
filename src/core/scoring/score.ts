/**
 * A deduction-based score (扣分制): `full − Σ deductions`, rounded to two
 * decimals so that 100 − 0.1 − 0.2 is 99.7 and not 99.69999999999999.
 *
 * Only the floor is enforced (扣完为止). A negative deduction is a bonus
 * (加分), and some schemes let bonuses lift a score above full marks, so the
 * result is not capped at `full`; a caller that wants a cap applies it.
 */
export function score(deductions: readonly number[], full = 100, floor = 0): number {
  let total = full;
  for (const d of deductions) total -= d;
  return Math.max(floor, round2(total));
}

/** Half away from zero; the EPSILON nudge keeps 1.005 from rounding down. */
function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 * (1 + Number.EPSILON))) / 100;
}
