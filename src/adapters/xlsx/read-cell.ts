import ExcelJS from "exceljs";
import { excelError, isExcelErrorCode, type CellValue } from "../../core/values/cell-value";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system, and the 1904 system's offset from it. */
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * ExcelJS turns a date-formatted serial into a JS Date at UTC midnight
 * (utils.excelToDate); this is its exact inverse, so the core sees the serial
 * Excel stored and reads it with parseDate as it reads Office.js values.
 * The linear formula also undoes ExcelJS's handling of the fictitious
 * 1900-02-29, which parseDate then treats like Excel does.
 */
export function excelSerialFromDate(date: Date, date1904: boolean): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return UNIX_EPOCH_SERIAL + ms / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** An ExcelJS cell value → what Office.js `Range.values` gives, with errors tagged. */
export function readCellValue(value: ExcelJS.CellValue | unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return excelSerialFromDate(value, date1904);
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return readCellValue(v["result"], date1904);
  if (Array.isArray(v["richText"])) return richText(v["richText"]);
  if ("hyperlink" in v && "text" in v) return readCellValue(v["text"], date1904);
  if (typeof v["error"] === "string") return errorOf(v["error"]);
  return String(value);
}

/** A cell as Excel shows its value: the parts of a merge other than its top-left are empty. */
export function readCell(cell: ExcelJS.Cell | undefined, date1904: boolean): CellValue {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return null;
  return readCellValue(cell.value, date1904);
}

function richText(runs: unknown[]): string {
  return runs
    .map((run) => (typeof run === "object" && run !== null ? String((run as { text?: unknown }).text ?? "") : ""))
    .join("");
}

function errorOf(code: string): CellValue {
  // Codes newer than the file format's list (e.g. "#SPILL!") are stored as they are; anything else is unknown.
  return excelError(isExcelErrorCode(code) ? code : "#UNKNOWN!");
}
