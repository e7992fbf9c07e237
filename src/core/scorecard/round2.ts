/**
 * Half away from zero at two decimals, as Excel's ROUND(x, 2); the EPSILON
 * nudge keeps 1.005 from rounding down (as src/core/scoring/score.ts does).
 * The scorecards round deductions and totals with ROUND(…, 2) in their
 * formulas and with this in the core, so that both give the same numbers.
 */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 * (1 + Number.EPSILON))) / 100;
  return r === 0 ? 0 : r; // no -0
}
