import { isBlank, isExcelError } from "./cell-value";
import { toHalfWidth } from "./normalize-text";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk, type Parsed } from "./parsed";
import { readDecimal, splitSign } from "./parse-number";

/** `55` + `%` → 0.55, by shifting the decimal exponent so `12.3%` is exactly 0.123 and not 0.12300000000000001. */
function fromPercent(body: string): number | null {
  const n = readDecimal(body);
  if (n === null) return null;
  if (/e/i.test(body)) return n / 100;
  const shifted = Number(`${body.replace(/,/g, "")}e-2`);
  return Number.isFinite(shifted) ? shifted : null;
}

function parseRatioText(raw: string): number | null {
  let s = toHalfWidth(raw).trim();
  const sign = splitSign(s);
  if (sign) s = sign.rest;
  const percent = /^(.*?)\s*%$/.exec(s);
  const n = percent ? fromPercent(percent[1] ?? "") : readDecimal(s);
  if (n === null) return null;
  const signed = sign?.negative ? -n : n;
  return signed === 0 ? 0 : signed;
}

/**
 * Reads a ratio as a fraction: 0.55, `55%`, `55 %`, `０.５５`. Text without
 * `%` is taken as already a fraction. No range check: what range is sane
 * (a 抵押率 may exceed 100%) is for the caller to decide.
 */
export function parseRatio(value: unknown): Parsed<number> {
  if (isBlank(value)) return parsedEmpty;
  if (isExcelError(value)) return parsedErrorValue(value);
  if (typeof value === "number") return Number.isFinite(value) ? parsedOk(value) : parsedInvalid(value);
  if (typeof value !== "string") return parsedInvalid(value);
  const n = parseRatioText(value);
  return n === null ? parsedInvalid(value) : parsedOk(n);
}
