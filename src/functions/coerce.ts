import { parseAssetType, type AssetType } from "../core/classification/asset-type";
import { parseConditions, type Condition, CONDITIONS } from "../core/classification/conditions";
import type { LoanClass } from "../core/classification/loan-class";
import { parseLoanClass } from "../core/classification/parse-loan-class";
import { functionText } from "../core/messages/functions-messages";
import { isBlank, isExcelError } from "../core/values/cell-value";
import type { Day } from "../core/values/day";
import { parseDate } from "../core/values/parse-date";
import { parseNumber } from "../core/values/parse-number";
import { parseRatio } from "../core/values/parse-ratio";
import { ArgError } from "./arg-error";

/**
 * Readers for single argument values. Each returns the typed value or throws
 * an ArgError whose Chinese message names the argument and the value, which
 * the cell mapper shows as #VALUE!.
 */
function show(value: unknown): string {
  if (isExcelError(value)) return value.code;
  if (typeof value === "string") return value;
  return String(value);
}

function rejectErrorValue(value: unknown, what: string): void {
  if (isExcelError(value) || value instanceof Error) {
    throw new ArgError(functionText("fn.cell-error", { what, value: show(value) }));
  }
}

export function isOmitted(value: unknown): boolean {
  return isBlank(value);
}

export function requireNumber(value: unknown, what: string): number {
  rejectErrorValue(value, what);
  const p = parseNumber(value);
  if (p.ok) return p.value;
  if (p.reason === "empty") throw new ArgError(functionText("fn.required", { what }));
  throw new ArgError(functionText("fn.not-a-number", { what, value: show(value) }));
}

export function optionalNumber(value: unknown, what: string, fallback: number): number {
  return isOmitted(value) ? fallback : requireNumber(value, what);
}

export function requireNonNegative(value: unknown, what: string): number {
  const n = requireNumber(value, what);
  if (n < 0) throw new ArgError(functionText("fn.negative", { what, value: show(value) }));
  return n;
}

export function requireOverdueDays(value: unknown): number {
  const n = requireNumber(value, "逾期天数");
  if (n < 0) throw new ArgError(functionText("fn.overdue-negative", { value: show(value) }));
  return Math.floor(n);
}

export function requireDay(value: unknown, what: string): Day {
  rejectErrorValue(value, what);
  const p = parseDate(value);
  if (p.ok) return p.value;
  if (p.reason === "empty") throw new ArgError(functionText("fn.required", { what }));
  throw new ArgError(functionText("fn.not-a-date", { what, value: show(value) }));
}

export function optionalDay(value: unknown, what: string): Day | null {
  return isOmitted(value) ? null : requireDay(value, what);
}

export function requireClass(value: unknown, what = "五级分类"): LoanClass {
  rejectErrorValue(value, what);
  const p = parseLoanClass(value);
  if (p.ok) return p.value;
  if (p.reason === "empty") throw new ArgError(functionText("fn.required", { what }));
  throw new ArgError(functionText("fn.unknown-class", { value: show(value) }));
}

export function optionalAssetType(value: unknown): AssetType {
  if (isOmitted(value)) return "非零售";
  rejectErrorValue(value, "资产类型");
  const p = parseAssetType(value);
  if (p.ok) return p.value;
  throw new ArgError(functionText("fn.unknown-asset-type", { value: show(value) }));
}

export function optionalConditions(value: unknown): readonly Condition[] {
  if (isOmitted(value)) return [];
  rejectErrorValue(value, "风险情形");
  if (typeof value !== "string")
    throw new ArgError(functionText("fn.not-text", { what: "风险情形", value: show(value) }));
  const p = parseConditions(value);
  if (p.ok) return p.conditions;
  throw new ArgError(functionText("fn.unknown-condition", { value: p.unknown, allowed: CONDITIONS.join("、") }));
}

export function optionalRatio(value: unknown, what: string): number | null {
  if (isOmitted(value)) return null;
  rejectErrorValue(value, what);
  const p = parseRatio(value);
  if (!p.ok) throw new ArgError(functionText("fn.not-a-number", { what, value: show(value) }));
  if (p.value < 0 || p.value > 1) throw new ArgError(functionText("fn.ratio-range", { what, value: show(value) }));
  return p.value;
}
