import { cellAddress, columnIndex, rangeAddress } from "../../core/sheet-model/a1";

/** A rectangle of cells: rows 1-based, columns 0-based, both ends included. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** How far whole-column ("A:C") and whole-row ("3:5") references reach: the used area, not Excel's million rows. */
export interface Extent {
  readonly rows: number;
  readonly columns: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/**
 * Parses "B5", "B5:F9", "A:C", "3:5" (optionally "'Sheet'!…"). Whole columns
 * and rows are cut to `extent`, because a use case selecting column K means
 * the rows that hold data. Null when the text is not a range.
 */
export function parseRange(address: string, extent: Extent = { rows: 1, columns: 1 }): CellRange | null {
  const local = address.slice(address.lastIndexOf("!") + 1).trim();
  const [first, second, extra] = local.split(":");
  if (first === undefined || extra !== undefined) return null;
  const a = endpoint(first);
  const b = second === undefined ? a : endpoint(second);
  if (!a || !b || a.kind !== b.kind) return null;
  const lastRow = Math.max(extent.rows, 1);
  const lastCol = Math.max(extent.columns, 1) - 1;
  const range: CellRange = {
    top: a.kind === "column" ? 1 : Math.min(a.row, b.row),
    bottom: a.kind === "column" ? lastRow : Math.max(a.row, b.row),
    left: a.kind === "row" ? 0 : Math.min(a.col, b.col),
    right: a.kind === "row" ? lastCol : Math.max(a.col, b.col),
  };
  if (range.top < 1 || range.bottom > MAX_ROW || range.left < 0 || range.right >= MAX_COLUMN) return null;
  return range;
}

type Endpoint = { kind: "cell" | "column" | "row"; row: number; col: number };

function endpoint(text: string): Endpoint | null {
  const cell = CELL.exec(text);
  if (cell?.[1] && cell[2]) return { kind: "cell", row: Number(cell[2]), col: columnIndex(cell[1]) };
  const column = COLUMN.exec(text);
  if (column?.[1]) return { kind: "column", row: 0, col: columnIndex(column[1]) };
  const row = ROW.exec(text);
  if (row?.[1]) return { kind: "row", row: Number(row[1]), col: 0 };
  return null;
}

/** "B5" for one cell, "B5:F9" otherwise. */
export function addressOfRange(range: CellRange): string {
  return range.top === range.bottom && range.left === range.right
    ? cellAddress(range.top, range.left)
    : rangeAddress(range.top, range.left, range.bottom, range.right);
}

export function forEachCellIn(range: CellRange, visit: (row: number, col: number) => void): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) visit(row, col);
  }
}

export function contains(range: CellRange, row: number, col: number): boolean {
  return row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;
}

/**
 * The rows a selection covers, in order and without repeats: a selection
 * may have several areas ("A2:A4,C7"). Areas that are not ranges are skipped.
 */
export function selectionRows(address: string, extent: Extent): number[] {
  const rows = new Set<number>();
  for (const area of address.split(",")) {
    const range = parseRange(area, extent);
    if (!range) continue;
    for (let row = range.top; row <= range.bottom; row++) rows.add(row);
  }
  return [...rows].sort((a, b) => a - b);
}
