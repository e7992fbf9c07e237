/**
 * Attainment (完成率) of an indicator where more is better: actual ÷ target,
 * limited by `cap` when one is given. Null when the target is 0 (no ratio
 * exists; the caller reports the row) or when an input is not finite.
 */
export function attain(actual: number, target: number, cap?: number | null): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(target) || target === 0) return null;
  return applyCap(actual / target, cap);
}

/**
 * Attainment of an indicator where less is better, such as 新增不良率 ≤ 2%:
 * ceiling ÷ actual, so meeting the ceiling exactly gives 1, half the ceiling
 * gives 2 (before the cap) and twice the ceiling gives 0.5.
 *
 * An actual of 0 is the best possible result; the ratio is unbounded there,
 * so it scores `cap` when one is given and 1 otherwise (we cannot reward an
 * infinite over-achievement, and 1 means "met"). Negative inputs are not
 * meaningful for a ceiling-type indicator (a rate or a balance) and give null,
 * as do non-finite ones.
 */
export function attainReverse(actual: number, ceiling: number, cap?: number | null): number | null {
  if (!Number.isFinite(actual) || !Number.isFinite(ceiling) || actual < 0 || ceiling < 0) return null;
  if (actual === 0) return cap ?? 1;
  return applyCap(ceiling / actual, cap);
}

function applyCap(ratio: number, cap: number | null | undefined): number {
  return cap === null || cap === undefined ? ratio : Math.min(ratio, cap);
}
