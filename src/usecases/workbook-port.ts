import type { CellValue } from "../core/values/cell-value";
import type { SheetModel } from "../core/sheet-model/sheet-model";

/**
 * What the use cases need from a workbook, in their own terms — not a copy of
 * Excel's API. Implemented by the Office.js adapter (inside Excel), the .xlsx
 * adapter (command line, preview open/save) and the in-memory adapter
 * (preview and tests). Rows are 1-based sheet rows; columns 0-based; cells A1.
 * Settings, the register of sheets the add-in owns and the mark registry are
 * kept in sheets the add-in writes (see usecases/settings-store.ts), so they
 * travel with the workbook through every adapter.
 */
export interface SheetInfo {
  readonly name: string;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  /** The used area: last used row (1-based) and column count from column A; 0 when the sheet is empty. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** True when the sheet is protected so that the add-in cannot write to it. */
  readonly protected: boolean;
}

export interface CellFormat {
  /** Fill colour "#RRGGBB", or null for no fill. */
  readonly fill: string | null;
  /** The cell's note text, or null when it has none. */
  readonly note: string | null;
}

export interface FormatChange {
  readonly cell: string;
  /** New fill, or null to remove the fill. */
  readonly fill: string | null;
  /** "keep" leaves the note alone; a string sets it; null removes it. */
  readonly note: string | null | "keep";
}

export interface Selection {
  readonly sheet: string;
  /** The selected area's A1 address on that sheet (e.g. "B5:F9"). */
  readonly address: string;
  /** 1-based rows covered by the selection. */
  readonly rows: readonly number[];
}

export interface ReadOptions {
  /** Called after each chunk with the fraction read (0–1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

export interface WorkbookPort {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** Whether dates in the workbook use the 1904 system. */
  date1904(): Promise<boolean>;
  /**
   * Values of rows [firstRow, firstRow + rowCount) in columns [0, columnCount),
   * as Excel holds them (formulas give their results; errors are ExcelError).
   * Implementations read in chunks that keep each request under the host's
   * payload limit, one round trip per chunk.
   */
  readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options?: ReadOptions,
  ): Promise<CellValue[][]>;
  /**
   * The sheet's merged areas as A1 ranges without the sheet's name ("B2:B5"),
   * in no particular order; [] when it has none, or when the host cannot
   * tell (Office.js before ExcelApi 1.13). Excel keeps a merge's value in its
   * top-left cell only, so a ledger needs them to read merged-down cells.
   */
  readMerges(sheet: string): Promise<readonly string[]>;
  /** Fill and note of each listed cell, in order. */
  readFormats(sheet: string, cells: readonly string[]): Promise<CellFormat[]>;
  /** Applies fill/note changes; implementations group cells that share a fill into one request. */
  writeFormats(sheet: string, changes: readonly FormatChange[]): Promise<void>;
  /** Creates the sheet, or replaces it entirely when it exists (callers check ownership first). */
  writeSheet(model: SheetModel): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  getSelection(): Promise<Selection | null>;
  /** Shows the sheet and selects the cell. */
  activate(sheet: string, cell: string): Promise<void>;
}
