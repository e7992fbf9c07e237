import type { SheetModel } from "../sheet-model/sheet-model";
import type { CellValue } from "../values/cell-value";
import { compareWarningNumbers, warningNumberKey, warningSheetName, type WarningCounter } from "./numbering";
import { warningRecordFromJson, warningRecordToJson, type WarningRecord } from "./warning-record";

/**
 * Where the workbook keeps the warning forms' counter and records: a hidden
 * sheet of two columns, 键 | 值, like the settings store — one row per year's
 * counter (`counter:2026 | 12`) and one per form (`form:预警2026-001 | {…}`).
 * One row per form, because a settings cell holds at most 32,767 characters
 * and a year of forms does not fit in one. Read back tolerantly: a damaged
 * row costs that row (reported), never the whole store.
 */
export const WARNING_STORE_SHEET = "贷后助手预警";
export const WARNING_STORE_HEADER = ["键", "值"] as const;
const FORMAT_VERSION = 1;
const COUNTER_PREFIX = "counter:";
const FORM_PREFIX = "form:";

export interface WarningStoreContent {
  readonly counter: WarningCounter;
  readonly records: readonly WarningRecord[];
}

export interface ReadWarningStore extends WarningStoreContent {
  /** Sheet rows (1-based) that could not be read. */
  readonly badRows: readonly number[];
}

export function isWarningStoreHeader(row: readonly CellValue[] | undefined): boolean {
  return WARNING_STORE_HEADER.every((h, i) => typeof row?.[i] === "string" && (row[i] as string).trim() === h);
}

function parseJson(v: CellValue): { ok: true; value: unknown } | { ok: false } {
  if (typeof v === "number") return { ok: true, value: v };
  if (typeof v !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(v) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Reads the store's values (from A1, header included). */
export function readWarningStore(values: readonly (readonly CellValue[])[]): ReadWarningStore {
  const counter: Record<string, number> = {};
  const records = new Map<string, WarningRecord>();
  const badRows: number[] = [];
  values.forEach((row, i) => {
    if (i === 0) return;
    const key = typeof row[0] === "string" ? row[0].trim() : "";
    if (key === "" || key === "format") return;
    const parsed = parseJson(row[1] ?? null);
    if (key.startsWith(COUNTER_PREFIX)) {
      const year = key.slice(COUNTER_PREFIX.length);
      const n = parsed.ok ? parsed.value : null;
      if (/^\d{4}$/.test(year) && typeof n === "number" && Number.isInteger(n) && n >= 0) counter[year] = n;
      else badRows.push(i + 1);
      return;
    }
    const record = key.startsWith(FORM_PREFIX) && parsed.ok ? warningRecordFromJson(parsed.value) : null;
    if (record === null) badRows.push(i + 1);
    else records.set(warningNumberKey(record.number), record);
  });
  return { counter, records: [...records.values()], badRows };
}

export function buildWarningStoreSheet(content: WarningStoreContent): SheetModel {
  const rows: string[][] = [[...WARNING_STORE_HEADER], ["format", JSON.stringify(FORMAT_VERSION)]];
  for (const [year, n] of Object.entries(content.counter).sort(([a], [b]) => a.localeCompare(b))) {
    rows.push([`${COUNTER_PREFIX}${year}`, JSON.stringify(n)]);
  }
  const sorted = [...content.records].sort((a, b) => compareWarningNumbers(a.number, b.number));
  for (const r of sorted)
    rows.push([`${FORM_PREFIX}${warningSheetName(r.number)}`, JSON.stringify(warningRecordToJson(r))]);
  return {
    name: WARNING_STORE_SHEET,
    rows,
    formats: [
      { range: "A1:B1", style: { bold: true } },
      { range: `A1:B${rows.length}`, style: { numberFormat: "@" } },
    ],
    columnWidths: [24, 120],
    visibility: "hidden",
  };
}
