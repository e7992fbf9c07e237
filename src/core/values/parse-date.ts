import { isBlank, isExcelError } from "./cell-value";
import { dayFromExcelSerial, dayFromYmd, type Day } from "./day";
import { toHalfWidth } from "./normalize-text";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk, type Parsed } from "./parsed";

export interface ParseDateOptions {
  /** The workbook uses the 1904 date system (old Mac workbooks). */
  readonly date1904?: boolean;
}

/** 9999-12-31, the last date Excel can hold, in the 1900 system. */
const MAX_SERIAL_1900 = 2_958_465;
/** The 1904 system counts 1,462 days fewer to the same date. */
const MAX_SERIAL_1904 = MAX_SERIAL_1900 - 1_462;
/** Excel cannot hold a date before 1900, so an earlier year in text is a typo or a placeholder. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Optional trailing time, `10:20`, `10:20:00`, `T10:20:00.000`; it is checked, then ignored. */
const TIME = String.raw`(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z?)?`;
const SEPARATED = new RegExp(String.raw`^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})${TIME}$`);
const CHINESE = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?${TIME}$`);
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`);
/**
 * A serial stored as text: 5 to 7 digits. Eight digits are read as yyyymmdd;
 * four or fewer look like a year (`2026`) or a typo more than a date before
 * 1927, so such text is rejected rather than read as a 1900s date.
 */
const SERIAL_TEXT = /^\d{5,7}(?:\.\d+)?$/;

function fromSerial(serial: number, date1904: boolean): Day | null {
  const max = date1904 ? MAX_SERIAL_1904 : MAX_SERIAL_1900;
  if (!Number.isFinite(serial) || serial >= max + 1) return null;
  return dayFromExcelSerial(serial, date1904);
}

function validTime(h: string | undefined, m: string | undefined, s: string | undefined): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(m ?? "0") <= 59 && Number(s ?? "0") <= 59;
}

function fromMatch(m: RegExpExecArray, yearAt: number, monthAt: number, dayAt: number, timeAt: number): Day | null {
  const year = Number(m[yearAt]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (!validTime(m[timeAt], m[timeAt + 1], m[timeAt + 2])) return null;
  return dayFromYmd(year, Number(m[monthAt]), Number(m[dayAt]));
}

function fromText(raw: string, date1904: boolean): Day | null {
  const s = toHalfWidth(raw).trim();
  if (SERIAL_TEXT.test(s)) return fromSerial(Number(s), date1904);
  const separated = SEPARATED.exec(s);
  if (separated) return fromMatch(separated, 1, 3, 4, 5);
  const chinese = CHINESE.exec(s);
  if (chinese) return fromMatch(chinese, 1, 2, 3, 4);
  const compact = COMPACT.exec(s);
  if (compact) return fromMatch(compact, 1, 2, 3, 4);
  // Two-digit years (`26-3-5`) and free text (`约50`, `待定`, `/`) fall through: they are ambiguous.
  return null;
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Reads a date cell: an Excel serial, a `Date` (what ExcelJS returns), or the
 * text forms Chinese ledgers use. The time of day is dropped.
 */
export function parseDate(value: unknown, options: ParseDateOptions = {}): Parsed<Day> {
  const date1904 = options.date1904 ?? false;
  if (isBlank(value)) return parsedEmpty;
  if (isExcelError(value)) return parsedErrorValue(value);
  let day: Day | null = null;
  if (typeof value === "number") {
    day = fromSerial(value, date1904);
  } else if (typeof value === "string") {
    day = fromText(value, date1904);
  } else if (isDate(value)) {
    // ExcelJS builds Dates at UTC midnight of the cell's date, so the UTC fields are the cell's date.
    const ms = value.getTime();
    day = Number.isNaN(ms) ? null : dayFromYmd(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return day === null ? parsedInvalid(value) : parsedOk(day);
}
