import { CellError, DetailedCellError, EmptyValue, ErrorType } from "hyperformula";
import type { RawCellContent, SimpleRangeValue } from "hyperformula";
import { excelError, isExcelError, type CellValue, type ExcelErrorCode } from "../../core/values/cell-value";

/**
 * Conversions between the add-in's cell values and HyperFormula's, in both
 * directions: what a sheet holds → what HyperFormula is given, and what it
 * computes → what a cell shows.
 */
const CODE_OF_TYPE: Readonly<Record<ErrorType, ExcelErrorCode>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  // Excel has no error value for a circular reference or a generic failure; #VALUE! is what a reader expects.
  [ErrorType.CYCLE]: "#VALUE!",
  [ErrorType.LIC]: "#VALUE!",
  [ErrorType.ERROR]: "#VALUE!",
};

const TYPE_OF_CODE: Readonly<Partial<Record<string, ErrorType>>> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#REF!": ErrorType.REF,
  "#SPILL!": ErrorType.SPILL,
};

/** The error type HyperFormula uses for an Excel error code (its generic error for codes it lacks). */
export function errorTypeOf(code: string): ErrorType {
  return TYPE_OF_CODE[code] ?? ErrorType.ERROR;
}

/**
 * A literal cell value as HyperFormula's raw input. Text is prefixed with an
 * apostrophe, which HyperFormula strips: without it, text such as
 * "2024-01-05", "1,200" or "=1+1" would be read as a date, number or formula,
 * and a ledger's text dates must stay text, as they are in Excel.
 */
export function toRawContent(value: CellValue | undefined): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : `'${value}`;
  if (isExcelError(value)) return TYPE_OF_CODE[value.code] === undefined ? "#ERROR!" : value.code;
  return value;
}

/** What an argument cell holds, as the custom functions receive it from Excel. */
export function fromInterpreterScalar(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (v instanceof CellError) return excelError(CODE_OF_TYPE[v.type]);
  if (typeof v === "object" && v !== null && "val" in v) return (v as { val: unknown }).val;
  return v;
}

/** A range argument as rows of cells. */
export function fromRange(range: SimpleRangeValue): unknown[][] {
  return range.rawData().map((row) => row.map(fromInterpreterScalar));
}

/** A value HyperFormula computed (getCellValue / getSheetValues) as a cell value. */
export function fromExported(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof DetailedCellError) return excelError(codeOfDetailed(v));
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

function codeOfDetailed(e: DetailedCellError): ExcelErrorCode {
  return CODE_OF_TYPE[e.type] ?? "#VALUE!";
}
