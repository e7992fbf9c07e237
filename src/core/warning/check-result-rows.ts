import { usecaseMessages, type UsecaseMessageId } from "../messages/usecase-messages";
import { parseCellAddress } from "../sheet-model/a1";
import type { CellValue } from "../values/cell-value";
import { compactText } from "../values/normalize-text";

/**
 * Rows of a 检查结果 sheet (written by the ledger check) read back, so that a
 * finding the user selects there can become a warning form: which ledger,
 * which row or 借据号, which rule, what the problem is. Columns are found by
 * their headers (either language), below the summary block.
 */
export interface CheckResultRow {
  /** The 检查结果 sheet's own row (1-based). */
  readonly resultRow: number;
  readonly ledgerSheet: string;
  /** The ledger row the finding points at, from its 单元格 (D12 → 12; 第12行 → 12). */
  readonly ledgerRow: number | null;
  readonly key: string | null;
  readonly rule: string | null;
  readonly message: string;
}

const WANTED = {
  sheet: "usecase.results.col.sheet",
  cell: "usecase.results.col.cell",
  key: "usecase.results.col.key",
  rule: "usecase.results.col.rule",
  message: "usecase.results.col.message",
} as const satisfies Record<string, UsecaseMessageId>;
type Wanted = keyof typeof WANTED;

const HEADER_SCAN_ROWS = 40;

function norm(v: CellValue): string | null {
  return typeof v === "string" ? compactText(v).toLowerCase() : null;
}

function text(v: CellValue | undefined): string | null {
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

function rowOfCellText(t: string | null): number | null {
  if (t === null) return null;
  const address = parseCellAddress(t);
  if (address) return address.row;
  const m = /(\d+)/.exec(t);
  return m ? Number(m[1]) : null;
}

/** Where the findings' header is and which column holds what; null when the values are not a 检查结果 sheet. */
export function findCheckResultHeader(
  values: readonly (readonly CellValue[])[],
): { readonly row: number; readonly columns: Readonly<Record<Wanted, number>> } | null {
  const labels = new Map<string, Wanted>();
  for (const [w, id] of Object.entries(WANTED) as [Wanted, UsecaseMessageId][]) {
    labels.set(compactText(usecaseMessages[id]["zh-CN"]).toLowerCase(), w);
    labels.set(compactText(usecaseMessages[id]["en-US"]).toLowerCase(), w);
  }
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const found: Partial<Record<Wanted, number>> = {};
    (values[r] ?? []).forEach((v, i) => {
      const w = labels.get(norm(v) ?? "");
      if (w !== undefined && found[w] === undefined) found[w] = i;
    });
    const { sheet, cell, key, rule, message } = found;
    if (sheet !== undefined && cell !== undefined && key !== undefined && rule !== undefined && message !== undefined) {
      return { row: r + 1, columns: { sheet, cell, key, rule, message } };
    }
  }
  return null;
}

/**
 * The findings on the given sheet rows of a 检查结果 sheet (values from A1).
 * Rows above or in the header, and rows without a ledger sheet and a problem
 * (the "no findings" line), are not findings and are left out.
 */
export function readCheckResultRows(
  values: readonly (readonly CellValue[])[],
  rows: readonly number[],
): CheckResultRow[] | null {
  const header = findCheckResultHeader(values);
  if (header === null) return null;
  const c = header.columns;
  const out: CheckResultRow[] = [];
  for (const r of rows) {
    if (r <= header.row) continue;
    const row = values[r - 1];
    if (row === undefined) continue;
    const ledgerSheet = text(row[c.sheet]);
    const message = text(row[c.message]);
    if (ledgerSheet === null || message === null) continue;
    out.push({
      resultRow: r,
      ledgerSheet,
      ledgerRow: rowOfCellText(text(row[c.cell])),
      key: text(row[c.key]),
      rule: text(row[c.rule]),
      message,
    });
  }
  return out;
}
