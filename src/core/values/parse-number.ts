import { isBlank, isExcelError } from "./cell-value";
import { toHalfWidth } from "./normalize-text";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk, type Parsed } from "./parsed";

/**
 * A plain decimal: digits with correctly grouped thousands separators, an
 * optional fraction and exponent. Badly grouped commas (`1,2`) are rejected
 * because they usually mean two values typed into one cell.
 */
const DECIMAL = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * Reads an unsigned decimal written as text, or null. Shared with parseRatio
 * so that both accept the same number syntax.
 */
export function readDecimal(text: string): number | null {
  if (!DECIMAL.test(text) || !/\d/.test(text.replace(/e.*$/i, ""))) return null;
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

/** Splits off a leading sign; U+2212 (−) counts as minus because Word and PDFs produce it. */
export function splitSign(text: string): { readonly negative: boolean; readonly rest: string } | null {
  const first = text.charAt(0);
  if (first === "-" || first === "\u2212") return { negative: true, rest: text.slice(1).trimStart() };
  if (first === "+") return { negative: false, rest: text.slice(1).trimStart() };
  return null;
}

const CURRENCY_PREFIX = /^(?:¥|￥|RMB|CNY)\s*/i;
const YUAN_SUFFIX = /\s*元$/;

function parseAmountText(raw: string): number | null {
  let s = toHalfWidth(raw).trim();
  // Accounting format shows negatives as (1,200.00).
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) s = (paren[1] ?? "").trim();
  // A sign may stand before the currency (-¥1,200) or after it (¥-1,200), not both.
  const outerSign = splitSign(s);
  if (outerSign) s = outerSign.rest;
  s = s.replace(CURRENCY_PREFIX, "").replace(YUAN_SUFFIX, "");
  const innerSign = outerSign ? null : splitSign(s);
  if (innerSign) s = innerSign.rest;
  const sign = outerSign ?? innerSign;
  // "(-5)" and "(+5)" say two different things about the sign.
  if (paren && sign) return null;
  const n = readDecimal(s);
  if (n === null) return null;
  const negative = paren !== null || (sign?.negative ?? false);
  const signed = negative ? -n : n;
  return signed === 0 ? 0 : signed; // no -0 in results
}

/**
 * Reads an amount or count. Units inside the cell (`5万`, `50万左右`) are
 * rejected rather than converted: the ledger's header states the unit, so a
 * unit in a cell means the cell disagrees with its column.
 */
export function parseNumber(value: unknown): Parsed<number> {
  if (isBlank(value)) return parsedEmpty;
  if (isExcelError(value)) return parsedErrorValue(value);
  if (typeof value === "number") return Number.isFinite(value) ? parsedOk(value) : parsedInvalid(value);
  if (typeof value !== "string") return parsedInvalid(value);
  const n = parseAmountText(value);
  return n === null ? parsedInvalid(value) : parsedOk(n);
}
