import { cellAddress } from "../../core/sheet-model/a1";
import type { SheetModel } from "../../core/sheet-model/sheet-model";
import type { CellValue } from "../../core/values/cell-value";
import type {
  CellFormat,
  FormatChange,
  ReadOptions,
  Selection,
  SheetInfo,
  WorkbookPort,
} from "../../usecases/workbook-port";
import { cellKey } from "./cell-styles";
import type { WorkbookSeed } from "./memory-seed";
import {
  MemorySheet,
  noFeatures,
  type CellEvaluator,
  type MemoryCellView,
  type MemorySheetView,
  type StoredCell,
} from "./memory-sheet";
import { addressOfRange, parseRange, selectionRows, type CellRange } from "./ranges";
import { clearMergedCells, renderModel } from "./render-model";
import { sameSheetName, sheetNameProblem } from "./sheet-name";
import { AddressError, SheetNameError, SheetNotFoundError, SheetProtectedError } from "../../usecases/workbook-errors";

/** What changed, so that a listener (the preview grid, a formula engine) can refresh only what it must. */
export interface MemoryWorkbookEvent {
  readonly kind: "cells" | "formats" | "sheets" | "selection";
  /** The sheet concerned; null when the change is to the list of sheets as a whole. */
  readonly sheet: string | null;
}

export type MemoryWorkbookListener = (event: MemoryWorkbookEvent) => void;

/** What a cell edit in the preview may put in a cell: a value, or a formula ("=…"). */
export type CellInput = CellValue | { readonly formula: string };

interface SelectionState {
  readonly sheet: string;
  readonly address: string;
  /** The cell the selection starts from (Excel's active cell). */
  readonly active: string;
}

/** An opaque copy of a whole workbook's state, for `restore`. */
export interface MemoryWorkbookSnapshot {
  readonly sheets: readonly MemorySheet[];
  readonly selection: SelectionState | null;
  readonly date1904: boolean;
}

/** Rows read per progress report; in memory this only paces the progress bar like the real adapters. */
const PROGRESS_ROWS = 5_000;

/**
 * A workbook held in memory: the preview's workbook and the use cases' test
 * double. It behaves as Excel does where the use cases can tell — sheet names
 * without case, protected sheets refuse writes, text is never a formula, a
 * merge keeps its top-left value — and exposes read-only views for the grid.
 */
export class MemoryWorkbook implements WorkbookPort {
  private sheets: MemorySheet[] = [];
  private selection: SelectionState | null = null;
  private evaluator: CellEvaluator | null = null;
  private readonly listeners = new Set<MemoryWorkbookListener>();
  private readonly evaluatorOf = (): CellEvaluator | null => this.evaluator;

  private constructor(private date1904Flag: boolean) {}

  /** Builds a workbook from plain data; throws on a name Excel would refuse or a repeated name (a bad seed is a bug). */
  static from(seed: WorkbookSeed): MemoryWorkbook {
    const book = new MemoryWorkbook(seed.date1904 ?? false);
    for (const s of seed.sheets) {
      const problem = sheetNameProblem(s.name);
      if (problem) throw new SheetNameError(s.name, problem);
      if (book.find(s.name)) throw new Error(`Seed has two sheets named "${s.name}"`);
      const sheet = new MemorySheet(
        {
          name: s.name,
          visibility: s.veryHidden ? "veryHidden" : s.hidden ? "hidden" : "visible",
          protected: s.protected ?? false,
        },
        new Map(),
        { ...noFeatures(), merges: [...(s.merges ?? [])] },
        book.evaluatorOf,
      );
      s.values.forEach((row, r) =>
        row.forEach((value, col) => {
          if (value !== null) sheet.storedCell(r + 1, col).value = value;
        }),
      );
      const at = (a1: string): StoredCell => {
        const p = parseRange(a1);
        if (!p) throw new AddressError(a1);
        return sheet.storedCell(p.top, p.left);
      };
      for (const [a1, { formula, result }] of Object.entries(s.formulas ?? {})) {
        Object.assign(at(a1), { formula, value: result });
      }
      for (const [a1, fill] of Object.entries(s.fills ?? {})) at(a1).fill = fill;
      for (const [a1, note] of Object.entries(s.notes ?? {})) at(a1).note = note;
      for (const [a1, numberFormat] of Object.entries(s.numberFormats ?? {})) {
        const stored = at(a1);
        stored.style = { ...stored.style, numberFormat };
      }
      clearMergedCells(sheet.cells, s.merges ?? [], { rows: s.values.length, columns: 1 });
      book.sheets.push(sheet);
    }
    return book;
  }

  // ---------------------------------------------------------------- WorkbookPort

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      rowCount: s.rowCount,
      columnCount: s.columnCount,
      protected: s.protected,
    }));
  }

  async date1904(): Promise<boolean> {
    return this.date1904Flag;
  }

  async readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options: ReadOptions = {},
  ): Promise<CellValue[][]> {
    const s = this.get(sheet);
    const rows: CellValue[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const row: CellValue[] = [];
      for (let col = 0; col < columnCount; col++) row.push(s.value(firstRow + i, col));
      rows.push(row);
      if ((i + 1) % PROGRESS_ROWS === 0 && i + 1 < rowCount) options.onProgress?.((i + 1) / rowCount);
    }
    options.onProgress?.(1);
    return rows;
  }

  async readMerges(sheet: string): Promise<readonly string[]> {
    const s = this.get(sheet);
    const extent = { rows: s.rowCount, columns: s.columnCount };
    return s.merges.flatMap((merge) => {
      const range = parseRange(merge, extent);
      return range === null ? [] : [addressOfRange(range)];
    });
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<CellFormat[]> {
    const s = this.get(sheet);
    return cells.map((a1) => {
      const { row, col } = position(a1);
      const stored = s.cells.get(cellKey(row, col));
      return { fill: stored?.fill ?? null, note: stored?.note ?? null };
    });
  }

  async writeFormats(sheet: string, changes: readonly FormatChange[]): Promise<void> {
    const s = this.writable(sheet);
    const targets = changes.map((c) => ({ change: c, ...position(c.cell) }));
    for (const { change, row, col } of targets) {
      const stored = s.storedCell(row, col);
      if (change.fill === null) delete stored.fill;
      else stored.fill = change.fill;
      if (change.note === null) delete stored.note;
      else if (change.note !== "keep") stored.note = change.note;
    }
    this.emit({ kind: "formats", sheet: s.name });
  }

  async writeSheet(model: SheetModel): Promise<void> {
    const problem = sheetNameProblem(model.name);
    if (problem) throw new SheetNameError(model.name, problem);
    const index = this.sheets.findIndex((s) => sameSheetName(s.name, model.name));
    const old = this.sheets[index];
    if (old?.protected) throw new SheetProtectedError(old.name);
    const sheet = renderModel(model, this.evaluatorOf);
    if (old) this.sheets[index] = sheet;
    else this.sheets.push(sheet);
    if (old && this.selection && sameSheetName(this.selection.sheet, old.name)) {
      this.selection = { ...this.selection, sheet: sheet.name };
    }
    this.emit({ kind: "sheets", sheet: sheet.name });
  }

  /** Deletes the sheet; a sheet that does not exist is already deleted. */
  async deleteSheet(name: string): Promise<void> {
    const index = this.sheets.findIndex((s) => sameSheetName(s.name, name));
    if (index < 0) return;
    const [removed] = this.sheets.splice(index, 1);
    if (removed && this.selection && sameSheetName(this.selection.sheet, removed.name)) this.selection = null;
    this.emit({ kind: "sheets", sheet: null });
  }

  async getSelection(): Promise<Selection | null> {
    if (!this.selection) return null;
    const sheet = this.find(this.selection.sheet);
    if (!sheet) return null;
    const extent = { rows: sheet.rowCount, columns: sheet.columnCount };
    return { sheet: sheet.name, address: this.selection.address, rows: selectionRows(this.selection.address, extent) };
  }

  async activate(sheet: string, cell: string): Promise<void> {
    this.setSelection(sheet, cell);
  }

  // ---------------------------------------------------------------- preview and tests

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** A read-only view of the sheet; throws SheetNotFoundError. */
  sheet(name: string): MemorySheetView {
    return this.get(name);
  }

  cellAt(sheet: string, a1: string): MemoryCellView {
    const { row, col } = position(a1);
    return this.get(sheet).cell(row, col);
  }

  /** The selection's starting cell, as Excel's active cell; null when nothing was selected. */
  activeCell(): { readonly sheet: string; readonly cell: string } | null {
    return this.selection && this.find(this.selection.sheet)
      ? { sheet: this.selection.sheet, cell: this.selection.active }
      : null;
  }

  /** Selects an area ("B5", "B5:F9", "A2:A4,C7", "3:5") on a sheet, as a user clicking in the grid. */
  setSelection(sheet: string, address: string): void {
    const s = this.get(sheet);
    const areas = address.split(",").map((area) => {
      const range = parseRange(area, { rows: s.rowCount, columns: s.columnCount });
      if (!range) throw new AddressError(address);
      return { range, text: areaText(area, range) };
    });
    const first = areas[0];
    if (!first) throw new AddressError(address);
    this.selection = {
      sheet: s.name,
      address: areas.map((a) => a.text).join(","),
      active: cellAddress(first.range.top, first.range.left),
    };
    this.emit({ kind: "selection", sheet: s.name });
  }

  /** Edits a cell as a user typing in the grid; refused on a protected sheet as in Excel. */
  setCell(sheet: string, a1: string, input: CellInput): void {
    const s = this.writable(sheet);
    const { row, col } = position(a1);
    const stored = s.storedCell(row, col);
    delete stored.link;
    if (isFormulaInput(input)) {
      stored.formula = input.formula;
      stored.value = null;
    } else {
      delete stored.formula;
      stored.value = input;
    }
    s.changed();
    this.emit({ kind: "cells", sheet: s.name });
  }

  /** Plugs in a formula engine: formula cells then read as its results. */
  setFormulaEvaluator(evaluate: CellEvaluator | null): void {
    this.evaluator = evaluate;
    for (const s of this.sheets) this.emit({ kind: "cells", sheet: s.name });
  }

  /** Calls the listener after every change; returns the function that stops it. */
  subscribe(listener: MemoryWorkbookListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The values of the sheet's used area, as readValues gives them. */
  snapshotValues(sheet: string): CellValue[][] {
    const s = this.get(sheet);
    const rows: CellValue[][] = [];
    for (let row = 1; row <= s.rowCount; row++) {
      const values: CellValue[] = [];
      for (let col = 0; col < s.columnCount; col++) values.push(s.value(row, col));
      rows.push(values);
    }
    return rows;
  }

  /** A copy of everything (sheets, cells, formats, selection), for `restore`. */
  snapshot(): MemoryWorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => s.clone(this.evaluatorOf)),
      selection: this.selection,
      date1904: this.date1904Flag,
    };
  }

  restore(snapshot: MemoryWorkbookSnapshot): void {
    this.sheets = snapshot.sheets.map((s) => s.clone(this.evaluatorOf));
    this.selection = snapshot.selection;
    this.date1904Flag = snapshot.date1904;
    this.emit({ kind: "sheets", sheet: null });
  }

  // ---------------------------------------------------------------- internals

  private find(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => sameSheetName(s.name, name));
  }

  private get(name: string): MemorySheet {
    const sheet = this.find(name);
    if (!sheet) throw new SheetNotFoundError(name);
    return sheet;
  }

  private writable(name: string): MemorySheet {
    const sheet = this.get(name);
    if (sheet.protected) throw new SheetProtectedError(sheet.name);
    return sheet;
  }

  private emit(event: MemoryWorkbookEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }
}

function position(a1: string): { row: number; col: number } {
  const range = parseRange(a1);
  if (!range || range.top !== range.bottom || range.left !== range.right) throw new AddressError(a1);
  return { row: range.top, col: range.left };
}

/** "b5:a1" → "A1:B5"; whole rows and columns ("3:5", "$A:$C") keep their form, without "$". */
function areaText(area: string, range: CellRange): string {
  const local = area.slice(area.lastIndexOf("!") + 1);
  const isCells = /[A-Za-z]/.test(local) && /\d/.test(local);
  return isCells ? addressOfRange(range) : local.replace(/\$/g, "").trim().toUpperCase();
}

function isFormulaInput(input: CellInput): input is { readonly formula: string } {
  return typeof input === "object" && input !== null && "formula" in input;
}
