import { cellAddress, parseCellAddress } from "../../core/sheet-model/a1";

/**
 * Turning many single cells into few addresses, so that marking 20,000 cells
 * is a handful of `getRanges("A1,B5:B9,…")` calls instead of 20,000 `getRange`
 * calls. Pure; the adapter only passes the strings to Excel.
 */

/**
 * Longest address list passed to one `worksheet.getRanges` call. Excel does
 * not document a limit; 8,000 characters keeps each call modest and well
 * inside the request budget.
 */
export const ADDRESS_LIMIT = 8000;

/** A rectangle of cells: rows 1-based, columns 0-based, both inclusive. */
export interface CellRect {
  readonly row1: number;
  readonly col1: number;
  readonly row2: number;
  readonly col2: number;
}

export function rectAddress(r: CellRect): string {
  const a = cellAddress(r.row1, r.col1);
  return r.row1 === r.row2 && r.col1 === r.col2 ? a : `${a}:${cellAddress(r.row2, r.col2)}`;
}

export function rectCells(r: CellRect): number {
  return (r.row2 - r.row1 + 1) * (r.col2 - r.col1 + 1);
}

function parseAll(cells: readonly string[]): Map<number, number[]> {
  const byColumn = new Map<number, number[]>();
  for (const cell of cells) {
    const p = parseCellAddress(cell);
    // Addresses come from use cases, not from users: a bad one is a programming error.
    if (!p) throw new RangeError(`Not a cell address: "${cell}"`);
    const rows = byColumn.get(p.col);
    if (rows) rows.push(p.row);
    else byColumn.set(p.col, [p.row]);
  }
  return byColumn;
}

/**
 * Rectangles covering the cells: runs down each column, where a run may jump
 * over at most `maxGap` rows that were not asked for, then runs with the same
 * rows in adjacent columns joined side by side. With `maxGap` 0 the rectangles
 * cover exactly the given cells (for writes); a small gap suits reads, where
 * reading a few extra cells costs less than another range.
 */
export function coverCells(cells: readonly string[], maxGap = 0): CellRect[] {
  const byColumn = parseAll(cells);
  // Column runs keyed by their row span, so equal spans in neighbouring columns can be joined.
  const bySpan = new Map<string, { row1: number; row2: number; cols: number[] }>();
  for (const [col, rows] of byColumn) {
    const flush = (row1: number, row2: number): void => {
      const key = `${row1}:${row2}`;
      const span = bySpan.get(key);
      if (span) span.cols.push(col);
      else bySpan.set(key, { row1, row2, cols: [col] });
    };
    const sorted = [...new Set(rows)].sort((a, b) => a - b);
    let start = -1;
    let prev = -1;
    for (const row of sorted) {
      if (start < 0) start = row;
      else if (row - prev - 1 > maxGap) {
        flush(start, prev);
        start = row;
      }
      prev = row;
    }
    if (start >= 0) flush(start, prev);
  }
  const rects: CellRect[] = [];
  for (const { row1, row2, cols } of bySpan.values()) {
    cols.sort((a, b) => a - b);
    let col1 = cols[0] ?? 0;
    let last = col1;
    for (const col of cols.slice(1)) {
      if (col !== last + 1) {
        rects.push({ row1, col1, row2, col2: last });
        col1 = col;
      }
      last = col;
    }
    rects.push({ row1, col1, row2, col2: last });
  }
  return rects.sort((a, b) => a.col1 - b.col1 || a.row1 - b.row1);
}

/** Addresses ("B5", "B5:C9") covering exactly the given cells; duplicates collapse. */
export function compressCells(cells: readonly string[]): string[] {
  return coverCells(cells, 0).map(rectAddress);
}

/**
 * Joins addresses with commas into lists of at most `maxLength` characters
 * (one address longer than that still gets a list of its own).
 */
export function joinAddresses(addresses: readonly string[], maxLength: number = ADDRESS_LIMIT): string[] {
  const lists: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current === "") current = a;
    else if (current.length + 1 + a.length <= maxLength) current += "," + a;
    else {
      lists.push(current);
      current = a;
    }
  }
  if (current !== "") lists.push(current);
  return lists;
}

export interface CellGroup<K> {
  readonly key: K;
  /** Comma-joined address lists, each at most the length limit, together covering exactly the group's cells. */
  readonly addresses: string[];
  readonly cellCount: number;
}

/**
 * Groups cells by a key (e.g. their target fill) into address lists for
 * `getRanges`. When a cell is listed more than once the last entry wins.
 * Groups come in the order their keys first appear among the winning entries.
 */
export function groupCells<K>(
  entries: readonly { readonly cell: string; readonly key: K }[],
  maxLength: number = ADDRESS_LIMIT,
): CellGroup<K>[] {
  const last = new Map<string, K>();
  for (const e of entries) {
    const p = parseCellAddress(e.cell);
    if (!p) throw new RangeError(`Not a cell address: "${e.cell}"`);
    const canonical = cellAddress(p.row, p.col);
    last.delete(canonical); // re-insert so the group order follows the winning entry
    last.set(canonical, e.key);
  }
  const byKey = new Map<K, string[]>();
  for (const [cell, key] of last) {
    const cells = byKey.get(key);
    if (cells) cells.push(cell);
    else byKey.set(key, [cell]);
  }
  return [...byKey].map(([key, cells]) => ({
    key,
    addresses: joinAddresses(compressCells(cells), maxLength),
    cellCount: cells.length,
  }));
}
