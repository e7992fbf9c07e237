import { attain, attainReverse } from "./attain";
import type { IndicatorDirection } from "./default-indicators";
import { targetScore } from "./target-score";

export interface MonthRow {
  readonly direction: IndicatorDirection;
  readonly weight: number;
  /** The month's target (for 反向, the ceiling). */
  readonly target: number;
  readonly actual: number;
}

/** One indicator's attainment in a month, capped: actual ÷ target, or target ÷ actual for a ceiling. */
export function indicatorAttainment(
  row: Pick<MonthRow, "direction" | "target" | "actual">,
  cap: number,
): number | null {
  return row.direction === "反向" ? attainReverse(row.actual, row.target, cap) : attain(row.actual, row.target, cap);
}

/**
 * A month's score on a 目标责任书: Σ weight × capped attainment, rounded to
 * two decimals — targetScore (DH.TARGET_SCORE) with the ceiling indicators'
 * attainment from attainReverse. A ceiling row enters targetScore as its
 * attainment over a target of 1, which the cap leaves as it is (attainReverse
 * never exceeds the cap). Null when an indicator has no attainment (a target
 * of 0, a negative rate): a score that silently dropped it would mislead.
 */
export function monthScore(rows: readonly MonthRow[], cap: number): number | null {
  const scored: { actual: number; target: number; weight: number }[] = [];
  for (const r of rows) {
    if (r.direction === "反向") {
      const a = attainReverse(r.actual, r.target, cap);
      if (a === null) return null;
      scored.push({ actual: a, target: 1, weight: r.weight });
    } else {
      if (attain(r.actual, r.target, cap) === null) return null;
      scored.push({ actual: r.actual, target: r.target, weight: r.weight });
    }
  }
  return targetScore(scored, cap);
}
