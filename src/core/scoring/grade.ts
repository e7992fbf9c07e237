export type Grade = "优秀" | "良好" | "合格" | "不合格";

/** Grade by lower bounds of 优秀, 良好 and 合格; each bound belongs to the higher grade. */
export function grade(score: number, bands: readonly [number, number, number] = [90, 80, 60]): Grade {
  if (score >= bands[0]) return "优秀";
  if (score >= bands[1]) return "良好";
  if (score >= bands[2]) return "合格";
  return "不合格";
}

/** Bands read from a settings sheet are usable only as three finite numbers, strictly descending. */
export function validBands(b: readonly unknown[]): b is readonly [number, number, number] {
  if (b.length !== 3) return false;
  const [a, m, c] = b;
  return isFiniteNumber(a) && isFiniteNumber(m) && isFiniteNumber(c) && a > m && m > c;
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}
