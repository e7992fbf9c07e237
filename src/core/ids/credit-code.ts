/** GB 32100-2015 alphabet: digits and capitals without I, O, Z, S, V (31 characters). */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/**
 * A 统一社会信用代码 with a valid check character (GB 32100-2015, MOD 31).
 * Lower case is accepted by upper-casing, since people type codes that way;
 * the structure of the first 17 characters is not checked beyond the alphabet.
 */
export function isCreditCode(text: string): boolean {
  if (text.length !== 18) return false;
  const code = text.toUpperCase();
  const values: number[] = [];
  for (const ch of code) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (values[i] ?? 0) * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return values[17] === check;
}
