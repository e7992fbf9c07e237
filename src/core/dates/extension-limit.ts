/**
 * The longest cumulative extension (展期) allowed for a loan of the given
 * original term, in months, per 《贷款通则》第十二条: short-term (≤ 1 year)
 * up to the original term, medium-term (≤ 5 years) up to half of it,
 * long-term at most 3 years. Half of an odd term is left fractional (13 → 6.5)
 * rather than rounded, because the regulation does not say which way to round.
 * The caller checks that the term is positive.
 */
export function extensionLimitMonths(termMonths: number): number {
  if (termMonths <= 12) return termMonths;
  if (termMonths <= 60) return termMonths / 2;
  return 36;
}
