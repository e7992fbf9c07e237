import { dayFromYmd } from "../values/day";

/** GB 11643-1999 check: ISO 7064 MOD 11-2 weights for the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character by (Σ mod 11). */
const CHECK_CHARS = "10X98765432";
const SHAPE = /^\d{17}[\dXx]$/;

/**
 * A plausible 18-digit 居民身份证号码: the right shape, the MOD 11-2 check
 * character, a non-zero region code and a real birth date in 1900–2100.
 * The date check catches typos that happen to keep the checksum valid less
 * often than it catches pasted garbage, but costs nothing.
 */
export function isResidentId(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  if (text.startsWith("000000")) return false;
  const year = Number(text.slice(6, 10));
  if (year < 1900 || year > 2100) return false;
  if (dayFromYmd(year, Number(text.slice(10, 12)), Number(text.slice(12, 14))) === null) return false;
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += Number(text[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] === text[17]?.toUpperCase();
}
