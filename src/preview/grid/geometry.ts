import type { MemorySheetView } from "../../adapters/memory/memory-sheet";
import { parseRange, type CellRange } from "../../adapters/memory/ranges";
import { displayText } from "./format-cell";

/**
 * Sizes and positions of a sheet's rows and columns in the preview grid, in
 * pixels, with prefix sums so that any cell's rectangle (merged or not) is
 * found without the virtualiser having measured it. Widths follow the
 * sheet's own column widths where it has them, else the text the first rows
 * hold, as Excel's AutoFit would.
 */
export const ROW_HEADER_WIDTH = 52;
export const COLUMN_HEADER_HEIGHT = 24;
export const DEFAULT_ROW_HEIGHT = 24;
const LINE_HEIGHT = 17;
const MIN_WIDTH = 44;
const MAX_WIDTH = 320;
const DEFAULT_WIDTH = 80;
/** Rows looked at to fit widths and heights: enough to see the header and a screenful of data. */
const SAMPLE_ROWS = 300;
/** Empty rows and columns shown past the used area, so the sheet does not end abruptly. */
const EXTRA_ROWS = 30;
const EXTRA_COLUMNS = 4;
const MIN_ROWS = 60;
const MIN_COLUMNS = 20;

export interface SheetGeometry {
  readonly rowCount: number;
  readonly columnCount: number;
  /** Height of each row, by 0-based index (sheet row − 1). */
  readonly rowHeights: readonly number[];
  readonly columnWidths: readonly number[];
  /** rowOffsets[i] is the top of row index i below the column header; length rowCount + 1. */
  readonly rowOffsets: Float64Array;
  readonly columnOffsets: Float64Array;
  readonly merges: readonly CellRange[];
  /** Merge index of every cell a merge covers, keyed by row * 16384 + col. */
  readonly mergeAt: ReadonlyMap<number, number>;
}

export const keyOf = (row: number, col: number): number => row * 16_384 + col;

/** Display width of text in pixels: CJK and full-width characters count double. */
export function textWidth(text: string): number {
  let units = 0;
  for (const ch of text)
    units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return units * 7;
}

export function sheetGeometry(sheet: MemorySheetView): SheetGeometry {
  const rowCount = Math.max(sheet.rowCount + EXTRA_ROWS, MIN_ROWS);
  const columnCount = Math.max(sheet.columnCount + EXTRA_COLUMNS, MIN_COLUMNS);
  const extent = { rows: Math.max(sheet.rowCount, 1), columns: Math.max(sheet.columnCount, 1) };
  const merges = sheet.merges.map((m) => parseRange(m, extent)).filter((r): r is CellRange => r !== null);
  const mergeAt = new Map<number, number>();
  merges.forEach((m, i) => {
    // A merge is a handful of cells in a ledger; a huge one is still drawn, only its lookup is bounded.
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > 100_000) return;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) mergeAt.set(keyOf(r, c), i);
  });

  const widths = new Array<number>(columnCount).fill(0);
  const heights = new Array<number>(rowCount).fill(DEFAULT_ROW_HEIGHT);
  const sample = Math.min(sheet.rowCount, SAMPLE_ROWS);
  for (let row = 1; row <= sample; row++) {
    let lines = 1;
    for (let col = 0; col < sheet.columnCount; col++) {
      const m = mergeAt.get(keyOf(row, col));
      // The text of a merge across columns spreads over them; it does not widen the first one.
      if (m !== undefined && merges[m] !== undefined && merges[m].right > merges[m].left) continue;
      const cell = sheet.cell(row, col);
      const text = displayText(cell.value, cell.style.numberFormat);
      if (text === "") continue;
      const parts = text.split("\n");
      lines = Math.max(lines, parts.length);
      for (const part of parts) widths[col] = Math.max(widths[col] ?? 0, textWidth(part) + 14);
    }
    if (lines > 1) heights[row - 1] = lines * LINE_HEIGHT + 6;
  }
  for (let col = 0; col < columnCount; col++) {
    const set = sheet.columnWidths[col];
    // Excel's widths are in characters of the default font: about 7px each plus padding.
    widths[col] =
      set !== undefined
        ? Math.round(set * 7 + 10)
        : widths[col] === 0
          ? DEFAULT_WIDTH
          : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[col] ?? DEFAULT_WIDTH));
  }
  for (const [rowText, points] of Object.entries(sheet.rowHeights)) {
    const index = Number(rowText) - 1;
    if (index >= 0 && index < rowCount) heights[index] = Math.round((points * 4) / 3);
  }
  return {
    rowCount,
    columnCount,
    rowHeights: heights,
    columnWidths: widths,
    rowOffsets: prefixSums(heights),
    columnOffsets: prefixSums(widths),
    merges,
    mergeAt,
  };
}

function prefixSums(sizes: readonly number[]): Float64Array {
  const out = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) out[i + 1] = (out[i] ?? 0) + (sizes[i] ?? 0);
  return out;
}

/** The pixel rectangle of a range of cells (rows 1-based, columns 0-based) inside the grid's scroll area. */
export function rangeRect(
  g: SheetGeometry,
  range: CellRange,
): { left: number; top: number; width: number; height: number } {
  const top = Math.min(range.top, g.rowCount);
  const bottom = Math.min(range.bottom, g.rowCount);
  const left = Math.min(range.left, g.columnCount - 1);
  const right = Math.min(range.right, g.columnCount - 1);
  const y = g.rowOffsets[top - 1] ?? 0;
  const x = g.columnOffsets[left] ?? 0;
  return {
    left: ROW_HEADER_WIDTH + x,
    top: COLUMN_HEADER_HEIGHT + y,
    width: (g.columnOffsets[right + 1] ?? x) - x,
    height: (g.rowOffsets[bottom] ?? y) - y,
  };
}

/** The merge a cell belongs to, or the cell itself as a one-cell range. */
export function cellArea(g: SheetGeometry, row: number, col: number): CellRange {
  const m = g.mergeAt.get(keyOf(row, col));
  return (m === undefined ? undefined : g.merges[m]) ?? { top: row, bottom: row, left: col, right: col };
}
