/**
 * A calendar date as a whole number of days since 1970-01-01 (UTC), so that
 * date arithmetic in the core is integer arithmetic with no time zone and no
 * clock. Conversions use Date.UTC only as a calendar calculator.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 in the 1900 date system. */
const EXCEL_1900_EPOCH_OFFSET = 25_569;
/** The 1904 system counts from 1904-01-01, 1462 days after the 1900 system's origin. */
const EXCEL_1904_SHIFT = 1_462;

export function dayFromYmd(year: number, month: number, dayOfMonth: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const ms = Date.UTC(year, month - 1, dayOfMonth);
  const check = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear avoids that.
  if (year >= 0 && year < 100) check.setUTCFullYear(year);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) {
    return null;
  }
  return Math.round(check.getTime() / MS_PER_DAY);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function ymdFromDay(day: Day): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dayToIso(day: Day): string {
  const { year, month, day: dd } = ymdFromDay(day);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

/** `2026年3月5日` — the form dates take in letters and forms. */
export function dayToChinese(day: Day): string {
  const { year, month, day: dd } = ymdFromDay(day);
  return `${year}年${month}月${dd}日`;
}

export function addDays(day: Day, n: number): Day {
  return day + n;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

/**
 * Excel serial → Day. Serials 1–59 of the 1900 system are before Excel's
 * fictitious 1900-02-29 (serial 60); serial 60 itself is not a real date.
 */
export function dayFromExcelSerial(serial: number, date1904 = false): Day | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0) return null;
    return whole + EXCEL_1904_SHIFT - EXCEL_1900_EPOCH_OFFSET;
  }
  if (whole < 1 || whole === 60) return null;
  const adjusted = whole < 60 ? whole + 1 : whole;
  return adjusted - EXCEL_1900_EPOCH_OFFSET;
}

/** Day → Excel serial in the 1900 system (what a sheet written by the add-in stores). */
export function dayToExcelSerial(day: Day, date1904 = false): number {
  if (date1904) return day + EXCEL_1900_EPOCH_OFFSET - EXCEL_1904_SHIFT;
  const serial = day + EXCEL_1900_EPOCH_OFFSET;
  return serial < 61 ? serial - 1 : serial;
}

/** First day of the month after the one containing `day`. */
export function firstOfNextMonth(day: Day): Day {
  const { year, month } = ymdFromDay(day);
  const ny = month === 12 ? year + 1 : year;
  const nm = month === 12 ? 1 : month + 1;
  return dayFromYmd(ny, nm, 1) as Day;
}

/** The last day of the month containing `day`. */
export function lastOfMonth(day: Day): Day {
  return firstOfNextMonth(day) - 1;
}
