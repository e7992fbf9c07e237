import ExcelJS from "exceljs";
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
import { parseRange } from "../memory/ranges";
import { sameSheetName, sheetNameProblem } from "../memory/sheet-name";
import { AddressError, SheetNameError, SheetNotFoundError, SheetProtectedError } from "../../usecases/workbook-errors";
import { colorToHex, hexToArgb, themePalette, type ExcelColorRef } from "./excel-colors";
import {
  absolutePrintAreas,
  isSheetProtected,
  keepNotesOnEmptyCells,
  mergedAreas,
  quoteSheetNamesInDefinedNames,
  removeNote,
  setSheetOrder,
  setSheetView,
  sheetOrder,
  themeXml,
} from "./exceljs-internals";
import { loadFailure, readFailure, sniffWorkbookBytes, XlsxOpenError } from "./open-errors";
import { readCell } from "./read-cell";
import { renderSheet } from "./render-sheet";
import { XlsxSaveError } from "./save-errors";

export type XlsxSource = string | Uint8Array | ArrayBuffer;

export interface XlsxOpenOptions {
  /** The file's name for messages when the source is bytes (e.g. the file picked in the preview). */
  readonly fileName?: string;
}

/** Rows per progress report. */
const PROGRESS_ROWS = 2_000;

/**
 * The workbook port over an .xlsx file held in memory by ExcelJS: the command
 * line's workbook and the preview's open/save. Works in Node and in the
 * browser; only `open(path)` and `save(path)` need Node's file system.
 */
export class XlsxWorkbook implements WorkbookPort {
  private palette: readonly string[] | null = null;
  /**
   * Each sheet's used area, found once: finding it walks every cell (~200 ms
   * on a 20,000-loan ledger) and the use cases list the sheets several times
   * per command. Only writeSheet changes values, and it makes a new worksheet
   * object; fills and notes do not count towards the used area.
   */
  private usedAreas = new WeakMap<ExcelJS.Worksheet, { rows: number; columns: number }>();

  private constructor(private readonly book: ExcelJS.Workbook) {}

  /**
   * Opens a file by path, or its bytes. Rejects with XlsxOpenError when it is
   * missing, CSV/text, an HTML or legacy .xls, encrypted, truncated or unreadable.
   */
  static async open(source: XlsxSource, options: XlsxOpenOptions = {}): Promise<XlsxWorkbook> {
    const file = typeof source === "string" ? source : (options.fileName ?? "");
    const bytes = typeof source === "string" ? await readBytes(source) : asBytes(source);
    const problem = sniffWorkbookBytes(bytes);
    if (problem) throw new XlsxOpenError(problem, file);
    const book = new ExcelJS.Workbook();
    keepNotesOnEmptyCells(book);
    try {
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch (e) {
      throw loadFailure(e, file);
    }
    if (book.worksheets.length === 0) throw new XlsxOpenError("not-xlsx", file);
    return new XlsxWorkbook(book);
  }

  /** A new, empty workbook (add sheets with writeSheet). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Wraps a workbook built with ExcelJS (tests, fixtures). */
  static fromExcelJs(book: ExcelJS.Workbook): XlsxWorkbook {
    return new XlsxWorkbook(book);
  }

  /** The ExcelJS workbook underneath, for tests and converters; changes through it bypass the port's checks. */
  get workbook(): ExcelJS.Workbook {
    // Whoever takes the workbook may change cells behind the port's back.
    this.usedAreas = new WeakMap();
    return this.book;
  }

  async save(target: string): Promise<void> {
    const bytes = await this.toBuffer();
    const fs = nodeFs();
    if (!fs) throw new XlsxSaveError("failed", target, "no file system");
    try {
      await fs.writeFile(target, bytes);
    } catch (e) {
      throw XlsxSaveError.from(e, target);
    }
  }

  async toBuffer(): Promise<Uint8Array> {
    const restore = absolutePrintAreas(this.book);
    const unquote = quoteSheetNamesInDefinedNames(this.book);
    let out: unknown;
    try {
      out = await this.book.xlsx.writeBuffer();
    } finally {
      unquote();
      restore();
    }
    return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
  }

  // ---------------------------------------------------------------- WorkbookPort

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.book.worksheets.map((ws) => {
      let used = this.usedAreas.get(ws);
      if (used === undefined) {
        used = usedArea(ws);
        this.usedAreas.set(ws, used);
      }
      return {
        name: ws.name,
        visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
        rowCount: used.rows,
        columnCount: used.columns,
        protected: isSheetProtected(ws),
      };
    });
  }

  async date1904(): Promise<boolean> {
    return this.is1904();
  }

  async readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options: ReadOptions = {},
  ): Promise<CellValue[][]> {
    const ws = this.get(sheet);
    const date1904 = this.is1904();
    const rows: CellValue[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const row = ws.findRow(firstRow + i);
      const values: CellValue[] = [];
      for (let col = 0; col < columnCount; col++) values.push(row ? readCell(row.findCell(col + 1), date1904) : null);
      rows.push(values);
      if ((i + 1) % PROGRESS_ROWS === 0 && i + 1 < rowCount) options.onProgress?.((i + 1) / rowCount);
    }
    options.onProgress?.(1);
    return rows;
  }

  async readMerges(sheet: string): Promise<readonly string[]> {
    return mergedAreas(this.get(sheet));
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<CellFormat[]> {
    const ws = this.get(sheet);
    return cells.map((a1) => {
      const { row, col } = position(a1);
      const cell = ws.findCell(row, col + 1);
      return { fill: cell ? this.fillOf(cell) : null, note: cell ? noteText(cell.note) : null };
    });
  }

  async writeFormats(sheet: string, changes: readonly FormatChange[]): Promise<void> {
    const ws = this.writable(sheet);
    const targets = changes.map((change) => ({ change, ...position(change.cell) }));
    for (const { change, row, col } of targets) applyFormatChange(ws.getCell(row, col + 1), change);
  }

  async writeSheet(model: SheetModel): Promise<void> {
    const problem = sheetNameProblem(model.name);
    if (problem) throw new SheetNameError(model.name, problem);
    const old = this.find(model.name);
    if (old && isSheetProtected(old)) throw new SheetProtectedError(old.name);
    const order = old ? sheetOrder(old) : null;
    if (old) this.book.removeWorksheet(old.id);
    const ws = renderSheet(this.book, model);
    if (order !== null) setSheetOrder(ws, order);
    // Formulas are written without results; Excel computes them all when the file is opened.
    this.book.calcProperties = { ...this.book.calcProperties, fullCalcOnLoad: true };
  }

  /** Deletes the sheet; a sheet that does not exist is already deleted. */
  async deleteSheet(name: string): Promise<void> {
    const ws = this.find(name);
    if (!ws) return;
    this.book.removeWorksheet(ws.id);
    // The workbook window names its active and first tab by position; keep them on a sheet that exists.
    const view = this.bookView();
    const last = this.book.worksheets.length - 1;
    if (view && last >= 0 && (view.activeTab > last || view.firstSheet > last)) {
      const visible = this.book.worksheets.findIndex((s) => s.state === "visible");
      const tab = view.activeTab > last ? Math.max(visible, 0) : view.activeTab;
      this.book.views = [{ ...view, activeTab: tab, firstSheet: Math.min(view.firstSheet, tab) }];
    }
  }

  /** The active sheet's active cell, as saved in the file; null when the file records none. */
  async getSelection(): Promise<Selection | null> {
    const sheets = this.book.worksheets;
    const tab = this.bookView()?.activeTab;
    const active = tab !== undefined ? sheets[tab] : undefined;
    const ws = active && active.state === "visible" ? active : sheets.find((s) => s.state === "visible");
    const cell = ws?.views?.[0]?.activeCell;
    const parsed = cell ? parseRange(cell) : null;
    if (!ws || !parsed) return null;
    return { sheet: ws.name, address: cellAddress(parsed.top, parsed.left), rows: [parsed.top] };
  }

  /** Makes the sheet the active tab and the cell its active cell, so Excel opens the file there. */
  async activate(sheet: string, cell: string): Promise<void> {
    const ws = this.get(sheet);
    const { row, col } = position(cell);
    const sheets = this.book.worksheets;
    for (const other of sheets) if (other !== ws) setSheetView(other, { tabSelected: false });
    setSheetView(ws, { activeCell: cellAddress(row, col), tabSelected: true });
    const index = sheets.indexOf(ws);
    const view = this.bookView();
    this.book.views = [
      view
        ? { ...view, activeTab: index, firstSheet: Math.min(view.firstSheet ?? 0, index) }
        : { x: 0, y: 0, width: 20_000, height: 12_000, firstSheet: 0, activeTab: index, visibility: "visible" },
    ];
  }

  // ---------------------------------------------------------------- internals

  /** The workbook window; ExcelJS leaves `views` undefined for files that record none, despite its typings. */
  private bookView(): ExcelJS.WorkbookView | undefined {
    return (this.book.views as ExcelJS.WorkbookView[] | undefined)?.[0];
  }

  private is1904(): boolean {
    return Boolean(this.book.properties?.date1904);
  }

  private find(name: string): ExcelJS.Worksheet | undefined {
    return this.book.worksheets.find((ws) => sameSheetName(ws.name, name));
  }

  private get(name: string): ExcelJS.Worksheet {
    const ws = this.find(name);
    if (!ws) throw new SheetNotFoundError(name);
    return ws;
  }

  private writable(name: string): ExcelJS.Worksheet {
    const ws = this.get(name);
    if (isSheetProtected(ws)) throw new SheetProtectedError(ws.name);
    return ws;
  }

  private fillOf(cell: ExcelJS.Cell): string | null {
    const f = cell.fill as
      | {
          type?: string;
          pattern?: string;
          fgColor?: ExcelColorRef;
          bgColor?: ExcelColorRef;
          stops?: { color?: ExcelColorRef }[];
        }
      | undefined;
    if (!f) return null;
    this.palette ??= themePalette(themeXml(this.book));
    if (f.type === "gradient") return colorToHex(f.stops?.[0]?.color, this.palette);
    if (f.type !== "pattern" || !f.pattern || f.pattern === "none") return null;
    return colorToHex(f.fgColor ?? f.bgColor, this.palette);
  }
}

function applyFormatChange(cell: ExcelJS.Cell, change: FormatChange): void {
  // Always a new style object: cells read from a file share one per style, so mutating would recolour them all.
  const { fill: _old, ...rest } = cell.style;
  cell.style =
    change.fill === null
      ? rest
      : { ...rest, fill: { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(change.fill) } } };
  if (change.note === null) removeNote(cell);
  else if (change.note !== "keep") cell.note = change.note;
}

/** The last row holding a value or formula, and the columns up to the last one holding one. */
function usedArea(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      if (cell.type !== ExcelJS.ValueType.Formula && readCell(cell, false) === null) return;
      rows = Math.max(rows, rowNumber);
      columns = Math.max(columns, colNumber);
    });
  });
  return { rows, columns };
}

function noteText(note: ExcelJS.Cell["note"] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function position(a1: string): { row: number; col: number } {
  const range = parseRange(a1);
  if (!range || range.top !== range.bottom || range.left !== range.right) throw new AddressError(a1);
  return { row: range.top, col: range.left };
}

function asBytes(source: Uint8Array | ArrayBuffer): Uint8Array {
  return source instanceof Uint8Array ? source : new Uint8Array(source);
}

interface FsPromises {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

/**
 * Node's fs/promises, looked up at run time so that a bundler building the
 * preview for the browser never tries to include it; null in a browser.
 */
function nodeFs(): FsPromises | null {
  if (typeof process === "undefined" || typeof process.getBuiltinModule !== "function") return null;
  return process.getBuiltinModule("fs/promises") as FsPromises;
}

async function readBytes(path: string): Promise<Uint8Array> {
  const fs = nodeFs();
  if (!fs) throw new XlsxOpenError("no-file-system", path);
  try {
    return await fs.readFile(path);
  } catch (e) {
    throw readFailure(e, path);
  }
}
