import { excelError, isExcelErrorCode, type CellValue } from "../../core/values/cell-value";

/**
 * Office values → the core's CellValue. Excel hands error values back as
 * strings in `values` ("#N/A"), exactly like the text "#N/A" a user typed; only
 * `valueTypes` (loaded in the same request) tells them apart, so the type
 * decides and the text is never guessed from.
 */

/** The strings of Excel.RangeValueType, spelled out so this file needs no Office globals. */
export type OfficeValueType = "Unknown" | "Empty" | "String" | "Integer" | "Double" | "Boolean" | "Error" | "RichValue";

export function toCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") {
    const text = typeof value === "string" ? value.trim().toUpperCase() : "";
    // An error Excel reports under a name we do not list (a newer error kind) is still an error, never text.
    return excelError(isExcelErrorCode(text) ? text : "#UNKNOWN!");
  }
  if (type === "Empty") return null;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : excelError("#NUM!");
  if (typeof value === "string" || typeof value === "boolean") return value;
  // Rich values (linked data types, images) have no plain value; their display text is what the core can use.
  return String(value);
}

/**
 * A block of values with their types. Without types (never the case for our
 * own reads) strings stay strings: a text that looks like an error is text.
 */
export function toCellValues(
  values: readonly (readonly unknown[])[],
  types?: readonly (readonly string[])[],
): CellValue[][] {
  return values.map((row, r) => {
    const typeRow = types?.[r];
    return row.map((v, c) => toCellValue(v, typeRow?.[c]));
  });
}
