import { isExcelError, type CellValue } from "../../core/values/cell-value";
import { dayFromExcelSerial, ymdFromDay } from "../../core/values/day";

/**
 * The text a cell shows in the preview grid, for the number formats the
 * add-in and ordinary ledgers use: dates (yyyy-mm-dd, yyyy/m/d, yyyy年m月d日),
 * percentages, fixed decimals with or without thousands separators, text (@).
 * Anything else shows as Excel's General format would: up to 11 significant
 * digits, no trailing zeros.
 */
export function displayText(value: CellValue, numberFormat?: string, date1904 = false): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isExcelError(value)) return value.code;
  const format = (numberFormat ?? "").trim();
  if (format === "" || /^general$/i.test(format)) return general(value);
  if (format === "@") return general(value);
  // The first section of a format applies to positive numbers and, without a negative section, to all.
  const section = firstSection(format);
  if (isDateFormat(section)) return formatDate(value, section, date1904) ?? general(value);
  if (section.includes("%")) return formatNumber(value * 100, section.replace(/%/g, "")) + "%";
  if (/[0#]/.test(section)) return formatNumber(value, section);
  return general(value);
}

/** True when the number format shows a date (a y, d, or an m that is not minutes beside h or s). */
export function isDateFormat(format: string): boolean {
  const bare = stripLiterals(format);
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

function firstSection(format: string): string {
  return format.split(";")[0] ?? format;
}

/** The format without quoted text, escaped characters and colour/condition brackets. */
function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

function general(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return n
      .toExponential(5)
      .replace(/\.?0+e/, "e")
      .toUpperCase();
  return String(Number(n.toPrecision(11)));
}

function formatNumber(n: number, section: string): string {
  const bare = stripLiterals(section);
  const decimals = (/\.([0#]+)/.exec(bare)?.[1] ?? "").length;
  const grouped = bare.includes(",");
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole = "0", fraction] = fixed.split(".");
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + wholeText + (fraction === undefined ? "" : `.${fraction}`);
}

function formatDate(serial: number, section: string, date1904: boolean): string | null {
  const day = dayFromExcelSerial(serial, date1904);
  if (day === null) return null;
  const { year, month, day: d } = ymdFromDay(day);
  const pad = (v: number): string => String(v).padStart(2, "0");
  let out = "";
  const text = section.replace(/\[[^\]]*\]/g, "");
  for (let i = 0; i < text.length;) {
    const rest = text.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    if (quoted) {
      out += quoted[1];
      i += quoted[0].length;
      continue;
    }
    if (rest.startsWith("\\")) {
      out += rest.charAt(1);
      i += 2;
      continue;
    }
    const token = /^(y+|m+|d+)/i.exec(rest)?.[0];
    if (token) {
      const t = token.toLowerCase();
      if (t[0] === "y") out += t.length <= 2 ? pad(year % 100) : String(year);
      else if (t[0] === "m") out += t.length >= 2 ? pad(month) : String(month);
      else out += t.length >= 2 ? pad(d) : String(d);
      i += token.length;
      continue;
    }
    out += rest.charAt(0);
    i += 1;
  }
  return out;
}
