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

/** A write the task pane made, in order, to be replayed on the .xlsx when the user saves. */
export type JournalEntry =
  | { readonly kind: "formats"; readonly sheet: string; readonly changes: readonly FormatChange[] }
  | { readonly kind: "sheet"; readonly model: SheetModel }
  | { readonly kind: "delete"; readonly name: string };

/**
 * The port the preview gives the task pane: the in-memory workbook the grid
 * shows, with every write also written down. Saving replays the writes, in
 * order, through the .xlsx adapter onto the file the user opened (or onto the
 * demo workbook written as .xlsx) — so the saved file is exactly what the
 * command line's adapter makes of the same operations, and ExcelJS is only
 * loaded when a file is opened or saved.
 */
export class JournalingPort implements WorkbookPort {
  private readonly entries: JournalEntry[] = [];

  constructor(private readonly inner: WorkbookPort) {}

  /** The writes so far, oldest first. */
  journal(): readonly JournalEntry[] {
    return this.entries;
  }

  listSheets(): Promise<readonly SheetInfo[]> {
    return this.inner.listSheets();
  }

  date1904(): Promise<boolean> {
    return this.inner.date1904();
  }

  readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options?: ReadOptions,
  ): Promise<CellValue[][]> {
    return this.inner.readValues(sheet, firstRow, rowCount, columnCount, options);
  }

  readMerges(sheet: string): Promise<readonly string[]> {
    return this.inner.readMerges(sheet);
  }

  readFormats(sheet: string, cells: readonly string[]): Promise<CellFormat[]> {
    return this.inner.readFormats(sheet, cells);
  }

  async writeFormats(sheet: string, changes: readonly FormatChange[]): Promise<void> {
    await this.inner.writeFormats(sheet, changes);
    this.entries.push({ kind: "formats", sheet, changes: [...changes] });
  }

  async writeSheet(model: SheetModel): Promise<void> {
    await this.inner.writeSheet(model);
    this.entries.push({ kind: "sheet", model });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.inner.deleteSheet(name);
    this.entries.push({ kind: "delete", name });
  }

  getSelection(): Promise<Selection | null> {
    return this.inner.getSelection();
  }

  activate(sheet: string, cell: string): Promise<void> {
    return this.inner.activate(sheet, cell);
  }
}

/** Replays the journal on another port (the .xlsx adapter), in order. */
export async function replayJournal(journal: readonly JournalEntry[], target: WorkbookPort): Promise<void> {
  for (const entry of journal) {
    if (entry.kind === "formats") await target.writeFormats(entry.sheet, entry.changes);
    else if (entry.kind === "sheet") await target.writeSheet(entry.model);
    else await target.deleteSheet(entry.name);
  }
}
