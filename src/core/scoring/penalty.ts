/** The fine (罚款) for a score below the threshold; the threshold itself passes. */
export function penalty(score: number, threshold = 80, amount = 300): number {
  return score < threshold ? amount : 0;
}
