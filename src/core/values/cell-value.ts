/**
 * A raw cell value as every adapter hands it to the core: what Excel's
 * `Range.values` gives (numbers, strings, booleans, empty) plus Excel error
 * values as a tagged object, so that `#N/A` in a cell is never mistaken for
 * the text "#N/A" that a user typed.
 */
export type ExcelErrorCode =
  | "#NULL!"
  | "#DIV/0!"
  | "#VALUE!"
  | "#REF!"
  | "#NAME?"
  | "#NUM!"
  | "#N/A"
  | "#GETTING_DATA"
  | "#SPILL!"
  | "#CALC!"
  | "#FIELD!"
  | "#BUSY!"
  | "#BLOCKED!"
  | "#CONNECT!"
  | "#UNKNOWN!";

export interface ExcelError {
  readonly kind: "excel-error";
  readonly code: ExcelErrorCode;
}

export type CellValue = number | string | boolean | null | ExcelError;

const ERROR_CODES: ReadonlySet<string> = new Set<ExcelErrorCode>([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#UNKNOWN!",
]);

export function excelError(code: ExcelErrorCode): ExcelError {
  return { kind: "excel-error", code };
}

export function isExcelError(value: unknown): value is ExcelError {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "excel-error" &&
    typeof (value as { code?: unknown }).code === "string"
  );
}

/** True for the error texts Excel itself produces (used by adapters that only see strings). */
export function isExcelErrorCode(text: string): text is ExcelErrorCode {
  return ERROR_CODES.has(text);
}

/** Empty means nothing a person typed: null, undefined, or text that is only whitespace. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.replace(/[\s\u3000]/g, "") === "";
  return false;
}
