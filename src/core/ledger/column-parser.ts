import { parseLoanClass } from "../classification/parse-loan-class";
import { parseDisposalMethod } from "../enums/disposal-method";
import { parseGuaranteeType } from "../enums/guarantee-type";
import { parseInspectionMethod } from "../enums/inspection-method";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { compactText, normalizeText } from "../values/normalize-text";
import { parseDate } from "../values/parse-date";
import { parseNumber } from "../values/parse-number";
import { parseRatio } from "../values/parse-ratio";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk, type Parsed } from "../values/parsed";
import { COLUMN_CATALOGUE } from "./column-catalogue";
import { displayValue } from "./field-access";
import type { ColumnKey } from "./ledger-types";

/** Reads one cell of a column into the core's types. */
export type ColumnParser = (raw: CellValue) => Parsed<unknown>;

/**
 * Text that normalizeText would return unchanged: no full-width forms, no
 * 【】, no whitespace but single inner spaces. Most cells are like this, and
 * testing for it is much cheaper than normalising (which builds new strings
 * character by character) on every text cell of a large sheet.
 */
const NOT_NORMAL = /[\uff01-\uff5e\u3000【】]|[^\S ]| {2}|^ | $/;
/** Text that compactText would return unchanged. */
const NOT_COMPACT = /[\s\uff01-\uff5e【】]/;

/** isBlank, without building a new string for the usual cell that starts with a visible character. */
export function isBlankCell(raw: CellValue | undefined): boolean {
  if (typeof raw === "string" && raw.length > 0) {
    const first = raw.charCodeAt(0);
    if (first > 0x20 && first !== 0x3000 && first !== 0xa0 && first !== 0xfeff) return false;
  }
  return isBlank(raw);
}

function readText(raw: CellValue): Parsed<string> {
  if (isBlankCell(raw)) return parsedEmpty;
  if (typeof raw === "string") return parsedOk(NOT_NORMAL.test(raw) ? normalizeText(raw) : raw);
  if (isExcelError(raw)) return parsedErrorValue(raw);
  const shown = displayValue(raw);
  return shown === null ? parsedInvalid(raw) : parsedOk(shown);
}

/** IDs are compared and checked without spaces; whether one is valid is the id-invalid rule's question. */
function readId(raw: CellValue): Parsed<string> {
  if (isBlankCell(raw)) return parsedEmpty;
  if (isExcelError(raw)) return parsedErrorValue(raw);
  if (typeof raw === "string") return parsedOk(NOT_COMPACT.test(raw) ? compactText(raw) : raw);
  if (typeof raw === "number") return parsedOk(String(raw));
  return parsedInvalid(raw);
}

/**
 * How a column's cells are read, by its kind. Rates are read as ratios, like
 * the ECL ratio, so that `4.35%` typed as text reads as 0.0435; a number or
 * plain text reads the same either way.
 */
export function columnParser(key: ColumnKey, date1904: boolean): ColumnParser {
  if (key === "ecl" || key === "rate") return parseRatio;
  switch (COLUMN_CATALOGUE[key].kind) {
    case "date":
      return (raw) => parseDate(raw, { date1904 });
    case "number":
      return parseNumber;
    case "class":
      return parseLoanClass;
    case "guarantee":
      return parseGuaranteeType;
    case "inspectionMethod":
      return parseInspectionMethod;
    case "disposal":
      return parseDisposalMethod;
    case "id":
      return readId;
    case "text":
      return readText;
  }
}
