import { parseCellAddress, rangeAddress } from "../sheet-model/a1";
import { isBlank, type CellValue } from "../values/cell-value";
import type { ColumnBinding, ColumnKey } from "./ledger-types";

/** A merged area of the sheet: rows 1-based, columns 0-based, both ends included. */
export interface MergeArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A merge in the data whose top-left value belongs to every row it covers, in its top-left cell's column. */
export interface MergeFill extends MergeArea {
  /** The area as A1 text, "D5:D9". */
  readonly range: string;
  readonly key: ColumnKey;
  /** The top-left cell's value. */
  readonly value: CellValue;
}

/**
 * "B2:B5", "$B$2:$B$5" or "Sheet1!B2:B5" as an area; null for text that is
 * not a rectangle of cells. A merge comes from the workbook, so a bad one
 * is skipped rather than trusted or thrown on.
 */
export function parseMergeArea(text: string): MergeArea | null {
  const local = text.slice(text.lastIndexOf("!") + 1);
  const [first, second, extra] = local.split(":");
  if (first === undefined || extra !== undefined) return null;
  const a = parseCellAddress(first);
  const b = second === undefined ? a : parseCellAddress(second);
  if (a === null || b === null || a.row < 1 || b.row < 1 || a.col < 0 || b.col < 0) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/**
 * The merges whose value the ledger reads into the rows they cover: areas of
 * two or more cells, anchored below the header (a merge in the title or the
 * header is the header's business, and its text is no loan's value), whose
 * top-left cell is in a mapped column and holds something. Unmapped columns
 * are not read, so a merge there changes nothing. `cellAt` gives a cell by
 * sheet row (1-based) and column (0-based).
 */
export function mergeFills(
  merges: readonly string[],
  bindings: readonly ColumnBinding[],
  headerRow: number,
  cellAt: (row: number, col: number) => CellValue | undefined,
): MergeFill[] {
  const keyAt = new Map<number, ColumnKey>();
  for (const b of bindings) if (!keyAt.has(b.index)) keyAt.set(b.index, b.key);
  const fills: MergeFill[] = [];
  for (const text of merges) {
    const area = parseMergeArea(text);
    if (area === null || area.top <= headerRow) continue;
    if (area.top === area.bottom && area.left === area.right) continue;
    const key = keyAt.get(area.left);
    if (key === undefined) continue;
    const value = cellAt(area.top, area.left) ?? null;
    if (isBlank(value)) continue;
    fills.push({ ...area, range: rangeAddress(area.top, area.left, area.bottom, area.right), key, value });
  }
  return fills.sort((a, b) => a.top - b.top || a.left - b.left);
}
