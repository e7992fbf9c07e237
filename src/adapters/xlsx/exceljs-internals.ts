import type ExcelJS from "exceljs";
import { rangeAddress } from "../../core/sheet-model/a1";

/**
 * ExcelJS 4.4 state that its typings leave out. Every reach past the typings
 * is here, with why, so an ExcelJS upgrade is checked in one place.
 */

interface WorksheetInternals {
  /** Position among the sheets: `workbook.worksheets` sorts by it; addWorksheet always appends. */
  orderNo: number;
  /** Set from `<sheetProtection sheet="1">`; not in the typings. */
  sheetProtection?: { sheet?: boolean } | null;
}

interface CellInternals {
  /** The note; ExcelJS has no way to remove one (`cell.note = undefined` writes an empty note). */
  _comment?: unknown;
  /** The value's model, where `cell.model` also leaves a copy of the note once read. */
  _value?: { model?: { comment?: unknown } };
}

interface WorkbookInternals {
  /** Raw theme XML parts by name ("theme1"), kept from the file so theme colours can be resolved. */
  _themes?: Record<string, string>;
}

/** A merged area as ExcelJS keeps it: rows and columns 1-based. */
interface MergeDimensions {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The sheet's merged areas ("B2:B5"). ExcelJS keeps them in `_merges`, keyed
 * by top-left cell, and types none of it; `worksheet.model` lists them too,
 * but builds the model of every row to do so.
 */
export function mergedAreas(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges ?? {};
  return Object.values(merges).flatMap((m) =>
    m === undefined ? [] : [rangeAddress(m.top, m.left - 1, m.bottom, m.right - 1)],
  );
}

export function sheetOrder(ws: ExcelJS.Worksheet): number {
  return (ws as unknown as WorksheetInternals).orderNo;
}

/** Puts a re-created sheet back where the one it replaces was. */
export function setSheetOrder(ws: ExcelJS.Worksheet, orderNo: number): void {
  (ws as unknown as WorksheetInternals).orderNo = orderNo;
}

export function isSheetProtected(ws: ExcelJS.Worksheet): boolean {
  return Boolean((ws as unknown as WorksheetInternals).sheetProtection?.sheet);
}

/** Marks a sheet protected without a password (what `protect("")` does, without its async hashing). */
export function setSheetProtected(ws: ExcelJS.Worksheet, on: boolean): void {
  (ws as unknown as WorksheetInternals).sheetProtection = on ? { sheet: true } : null;
}

export function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as CellInternals;
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

export function themeXml(book: ExcelJS.Workbook): string | undefined {
  return (book as unknown as WorkbookInternals)._themes?.["theme1"];
}

/** A sheet's data validations by address ("B2:B9" as added, one cell per key once read from a file). */
export interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
  readonly model: Readonly<Record<string, ExcelJS.DataValidation>>;
}

/**
 * `worksheet.dataValidations` exists at runtime but not in the typings; it
 * writes one range per validation, where `cell.dataValidation` would write one per cell.
 */
export function dataValidationsOf(ws: ExcelJS.Worksheet): DataValidations {
  return (ws as unknown as { dataValidations: DataValidations }).dataValidations;
}

/**
 * Sets a sheet's view: its active cell, and whether its tab is selected.
 * `tabSelected` is read and written by ExcelJS but missing from the typings;
 * two selected tabs would open as a group in Excel, so activation clears the others.
 */
export function setSheetView(ws: ExcelJS.Worksheet, change: { activeCell?: string; tabSelected: boolean }): void {
  // `views` is null on sheets read from a file without <sheetViews>, despite the typings.
  const views = ws.views as Array<Partial<ExcelJS.WorksheetView>> | null;
  const first = (views?.[0] ?? {}) as Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean };
  if (change.activeCell === undefined && Boolean(first.tabSelected) === change.tabSelected) return;
  // Without a state ExcelJS writes no <selection>, and the active cell is lost.
  ws.views = [{ state: "normal", ...first, ...change } as Partial<ExcelJS.WorksheetView>];
}

/**
 * ExcelJS writes a print area "A1:F6" as the name `'Sheet'!$A1:$F6`, whose
 * rows are relative and so move with the active cell. Writing "A$1:F$6"
 * makes it `$A$1:$F$6`. Applied to every sheet (also those read from the file,
 * which ExcelJS reads back as "A1:F6") just for a write; returns the undo.
 */
export function absolutePrintAreas(book: ExcelJS.Workbook): () => void {
  const undo: (() => void)[] = [];
  for (const ws of book.worksheets) {
    const setup = ws.pageSetup as Partial<ExcelJS.PageSetup> | undefined;
    const area = setup?.printArea;
    if (!setup || !area || area.includes("$")) continue;
    setup.printArea = area.replace(/([A-Za-z]+)(\d+)/g, "$1$$$2");
    undo.push(() => {
      setup.printArea = area;
    });
  }
  return () => undo.forEach((u) => u());
}

interface WriteModel {
  definedNames?: { ranges?: string[] }[];
}

interface XlsxInternals {
  /** Builds the model a write renders, defined names included (print areas and titles among them). */
  prepareModel?: (model: WriteModel, options: unknown) => unknown;
}

/**
 * ExcelJS writes a sheet's print area and print titles as the defined name
 * `'${name}'!$A$1:$F$6` without doubling an apostrophe in the name, so a sheet
 * named after a branch such as 王's… gets `'王's…'!…`: Excel has to repair the
 * file, and ExcelJS itself cannot open it again. For one write, this quotes
 * those names as Excel does (`'王''s…'!…`); returns the undo.
 */
export function quoteSheetNamesInDefinedNames(book: ExcelJS.Workbook): () => void {
  const names = book.worksheets.map((ws) => ws.name).filter((n) => n.includes("'"));
  const xlsx = book.xlsx as unknown as XlsxInternals;
  const prepare = xlsx.prepareModel;
  if (names.length === 0 || typeof prepare !== "function") return () => undefined;
  const own = Object.prototype.hasOwnProperty.call(xlsx, "prepareModel");
  const fix = (range: string): string => {
    for (const name of names) {
      const raw = `'${name}'!`;
      if (range.startsWith(raw)) return `'${name.replace(/'/g, "''")}'!${range.slice(raw.length)}`;
    }
    return range;
  };
  xlsx.prepareModel = function (this: unknown, model: WriteModel, options: unknown) {
    const result = prepare.call(this, model, options);
    for (const definedName of model.definedNames ?? []) definedName.ranges = definedName.ranges?.map(fix);
    return result;
  };
  return () => {
    if (own) xlsx.prepareModel = prepare;
    else delete xlsx.prepareModel;
  };
}

interface LoadModel {
  worksheets?: {
    sheetNo?: number;
    rows?: ({ number: number; cells?: ({ address?: string } | undefined)[] } | undefined)[];
  }[];
  worksheetRels?: Record<number, { Type?: string; Target?: string }[] | undefined>;
  comments?: Record<string, { comments?: { ref?: string }[] } | undefined>;
}

const COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";

/**
 * ExcelJS attaches a note only to a cell listed in the sheet's data, and
 * Excel does not list an empty, unformatted cell — so the note on an empty
 * cell (a mark for a missing value, typically) would be lost on reading and
 * dropped on saving. Before ExcelJS matches notes to cells, this adds an
 * empty cell for each note that has none. Call on a new Workbook before load.
 */
export function keepNotesOnEmptyCells(book: ExcelJS.Workbook): void {
  const xlsx = book.xlsx as unknown as { reconcile?: (model: LoadModel, options: unknown) => unknown };
  const reconcile = xlsx.reconcile;
  if (typeof reconcile !== "function") return;
  xlsx.reconcile = function (model: LoadModel, options: unknown) {
    for (const sheet of model.worksheets ?? []) addCellsForNotes(sheet, model);
    return reconcile.call(this, model, options);
  };
}

function addCellsForNotes(sheet: NonNullable<LoadModel["worksheets"]>[number], model: LoadModel): void {
  const rels = sheet.sheetNo === undefined ? undefined : model.worksheetRels?.[sheet.sheetNo];
  const target = rels?.find((r) => r.Type === COMMENTS_REL)?.Target;
  const notes = target ? model.comments?.[target]?.comments : undefined;
  if (!notes?.length) return;
  const rows = (sheet.rows ??= []);
  const present = new Set<string>();
  for (const row of rows) for (const cell of row?.cells ?? []) if (cell?.address) present.add(cell.address);
  for (const { ref } of notes) {
    const match = ref ? /^[A-Z]+(\d+)$/.exec(ref) : null;
    if (!ref || !match || present.has(ref)) continue;
    const number = Number(match[1]);
    let row = rows.find((r) => r?.number === number);
    if (!row) {
      row = { number, cells: [] };
      rows.push(row);
    }
    (row.cells ??= []).push({ address: ref, type: 0 } as { address: string }); // ValueType.Null
    present.add(ref);
  }
}
