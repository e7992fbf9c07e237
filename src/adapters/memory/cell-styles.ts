import type { CellStyle, SheetModel } from "../../core/sheet-model/sheet-model";
import { AddressError } from "../../usecases/workbook-errors";
import { forEachCellIn, parseRange, type Extent } from "./ranges";

/** One number per cell, for maps keyed by position (Excel has 16,384 columns). */
export function cellKey(row: number, col: number): number {
  return row * 16_384 + col;
}

export function rowOfKey(key: number): number {
  return Math.floor(key / 16_384);
}

export function colOfKey(key: number): number {
  return key % 16_384;
}

/** How far a model reaches: its rows, and its widest row. */
export function modelExtent(model: SheetModel): Extent {
  return { rows: model.rows.length, columns: model.rows.reduce((max, row) => Math.max(max, row.length), 0) };
}

/**
 * The style of every formatted cell after the model's formats are applied in
 * order, later entries winning property by property (a range made bold and
 * then filled is both) — the same result as applying them one after another
 * in Excel, computed once so that each adapter writes each cell once.
 */
export function resolveCellStyles(model: SheetModel): Map<number, CellStyle> {
  const styles = new Map<number, CellStyle>();
  const extent = modelExtent(model);
  for (const { range, style } of model.formats ?? []) {
    const parsed = parseRange(range, extent);
    if (!parsed) throw new AddressError(range);
    forEachCellIn(parsed, (row, col) => {
      const key = cellKey(row, col);
      styles.set(key, { ...styles.get(key), ...definedOnly(style) });
    });
  }
  return styles;
}

/** Drops properties set to undefined, so that `{ bold: undefined }` does not erase an earlier bold. */
function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
}
