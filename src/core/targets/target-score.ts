export interface TargetRow {
  readonly actual: number;
  readonly target: number;
  readonly weight: number;
}

/**
 * The 目标责任书 score: Σ weight × min(actual ÷ target, cap), rounded to two
 * decimals (rules.md §7). A row with a target of 0 has no attainment, and a
 * score that silently dropped it would mislead, so the whole result is null
 * and the caller reports the row.
 */
export function targetScore(rows: readonly TargetRow[], cap = 1.2): number | null {
  let total = 0;
  for (const r of rows) {
    if (r.target === 0) return null;
    total += r.weight * Math.min(r.actual / r.target, cap);
  }
  return round2(total);
}

/** Half away from zero; the EPSILON nudge keeps 1.005 from rounding down. */
function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 * (1 + Number.EPSILON))) / 100;
}
