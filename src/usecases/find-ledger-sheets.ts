import { findHeaderRow } from "../core/ledger/find-header-row";
import type { CellValue } from "../core/values/cell-value";
import { MARKS_SHEET } from "./mark-registry";
import { loadStore, STORE_SHEET } from "./settings-store";
import { sameSheetName } from "./sheet-names";
import type { SheetInfo, WorkbookPort } from "./workbook-port";

export interface LedgerCandidate {
  readonly name: string;
  /** 1-based sheet row of the header (the lower row of a two-row header). */
  readonly headerRow: number;
  /** How many known columns the header names. */
  readonly matched: number;
}

/** How far down a header is looked for: as far as readLedger looks. */
export const HEADER_SCAN_ROWS = 30;
/**
 * Columns read when looking for the header. Stray formatting can stretch a
 * sheet's used range to column XFD; no ledger has a header that wide, and
 * reading 16,384 columns of 30 rows per sheet would make opening the pane slow.
 */
export const MAX_HEADER_COLUMNS = 512;

/** The top rows of a sheet, where a ledger's title, 统计日期 and header are. */
export async function readHead(port: WorkbookPort, info: SheetInfo): Promise<CellValue[][]> {
  const rows = Math.min(info.rowCount, HEADER_SCAN_ROWS);
  const columns = Math.min(info.columnCount, MAX_HEADER_COLUMNS);
  if (rows <= 0 || columns <= 0) return [];
  return port.readValues(info.name, 1, rows, columns);
}

/** The sheet as a ledger candidate, or null when its top rows hold no ledger header. */
export async function ledgerCandidate(port: WorkbookPort, info: SheetInfo): Promise<LedgerCandidate | null> {
  const match = findHeaderRow(await readHead(port, info), HEADER_SCAN_ROWS);
  if (match === null) return null;
  return { name: info.name, headerRow: match.rowIndex + 1, matched: new Set(match.bindings.map((b) => b.key)).size };
}

/** Sheets that can be ledgers: shown to the user, not empty, and not one the add-in wrote. */
export function mayBeLedger(info: SheetInfo, owned: readonly string[]): boolean {
  return (
    info.visibility === "visible" &&
    info.rowCount > 0 &&
    !sameSheetName(info.name, STORE_SHEET) &&
    !sameSheetName(info.name, MARKS_SHEET) &&
    !owned.some((o) => sameSheetName(o, info.name))
  );
}

/**
 * The visible sheets that look like 贷后管理台账 (a header with at least three
 * known columns, one of them 客户名称 or 借据号, in the first 30 rows), the
 * best first: most known columns, then workbook order. Sheets the add-in
 * wrote (检查结果 …) are left out.
 */
export async function findLedgerSheets(port: WorkbookPort): Promise<LedgerCandidate[]> {
  const store = await loadStore(port);
  const sheets = await port.listSheets();
  const found: LedgerCandidate[] = [];
  for (const info of sheets) {
    if (!mayBeLedger(info, store.owned)) continue;
    const candidate = await ledgerCandidate(port, info);
    if (candidate !== null) found.push(candidate);
  }
  // Array.prototype.sort is stable: equal scores keep workbook order.
  return found.sort((a, b) => b.matched - a.matched);
}
