import type { CellValue } from "../../core/values/cell-value";
import type { SheetModel } from "../../core/sheet-model/sheet-model";
import { cellAddress, parseCellAddress } from "../../core/sheet-model/a1";
import type {
  CellFormat,
  FormatChange,
  ReadOptions,
  Selection,
  SheetInfo,
  WorkbookPort,
} from "../../usecases/workbook-port";
import { DEFAULT_BUDGET, OP_BYTES, jsonBytes, readChunkRows, type ChunkBudget } from "./chunking";
import { fillFromOffice, normalizeColor } from "./colors";
import { sheetNameProblem } from "../memory/sheet-name";
import { AddressError, ExcelApiError, SheetNameError, SheetNotFoundError, SheetProtectedError } from "./excel-errors";
import { coverCells, groupCells, rectAddress, type CellRect } from "./group-cells";
import { toCellValues } from "./read-values";
import { renderSheet } from "./render-sheet";
import { parseQualifiedAreas } from "./sheet-address";
import { SyncBudget } from "./sync-budget";
import { CELL_EDIT_MODE, isOfficeError, withExcel, type ExcelBatch, type RetryOptions } from "./with-excel";

/**
 * The WorkbookPort inside Excel, through Office.js. Thin on purpose: the
 * arithmetic (chunk sizes, address grouping, value and colour mapping, the
 * rendering plan) lives in the pure helpers beside it. Every method is one
 * `Excel.run` (through withExcel: cell-edit retry, typed errors) with a
 * bounded number of `context.sync()` calls — one per chunk of ~200,000 cells
 * or ~4 MB, never one per cell or per row.
 */

export interface ExcelWorkbookOptions extends RetryOptions {
  /** Requirement-set check ("1.9" → ExcelApi 1.9); Office's own check by default. */
  readonly supports?: (excelApi: string) => boolean;
  /** Cells and bytes per round trip (tests shrink them). */
  readonly budget?: ChunkBudget;
}

/**
 * Response bytes per cell of `values` + `valueTypes` assumed before the first
 * chunk has been measured: about twice an ordinary ledger's (numbers cost ~15,
 * short Chinese text ~25), so the first chunk is safe for wordy sheets too,
 * and the measured size takes over from the second chunk on.
 */
const FIRST_GUESS_BYTES_PER_CELL = 40;
/** Measured sizes are padded by this factor: later rows may be wordier than earlier ones. */
const SIZE_MARGIN = 1.2;
/** Estimated response bytes per cell of getCellProperties({fill: color, pattern, tintAndShade}). */
const FILL_BYTES_PER_CELL = 100;
/** A read may cover up to this many unrequested rows between two requested cells of a column, instead of another range. */
const READ_GAP = 2;

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

function officeSupports(excelApi: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  // Outside Office (never in production) there is nothing to ask; assume the current API.
  return requirements ? requirements.isSetSupported("ExcelApi", excelApi) : true;
}

/** Rows in a worksheet; a selected area this tall is whole columns. */
const SHEET_ROWS = 1_048_576;

/** A deterministic scratch name per target sheet, so a retried write finds and removes its own leftovers. */
export function scratchSheetName(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `__dh_tmp_${h.toString(16).padStart(8, "0")}`;
}

/** "b2", "$B$2" → "B2"; an address that is not one cell is the caller's mistake, reported as AddressError. */
function canonical(cell: string): string {
  const p = parseCellAddress(cell);
  if (!p || p.row < 1 || p.col < 0 || p.col >= 16_384 || p.row > SHEET_ROWS) throw new AddressError(cell);
  return cellAddress(p.row, p.col);
}

/** Splits rectangles taller than `maxCells` into bands of whole rows. */
function bands(rect: CellRect, maxCells: number): CellRect[] {
  const cols = rect.col2 - rect.col1 + 1;
  const rows = Math.max(1, Math.floor(maxCells / cols));
  const out: CellRect[] = [];
  for (let r = rect.row1; r <= rect.row2; r += rows)
    out.push({ ...rect, row1: r, row2: Math.min(rect.row2, r + rows - 1) });
  return out;
}

type NoteApi = "notes" | "comments" | "none";

/** The merged areas whose top-left cell is in the range, as local A1 ranges ("B2:B5"): one round trip. */
async function mergedAreasIn(context: Excel.RequestContext, range: Excel.Range): Promise<string[]> {
  const merged = range.getMergedAreasOrNullObject();
  merged.load("areas/items/address");
  await context.sync();
  if (merged.isNullObject) return [];
  return merged.areas.items.flatMap((area) =>
    parseQualifiedAreas(area.address).map((a) => a.address.replace(/\$/g, "")),
  );
}

/**
 * Whether a failed request for merged areas may have failed for having more
 * than 512 of them; Excel does not document the error it then gives. Not
 * when Excel is busy (withExcel retries), the sheet is gone, or the API is missing.
 */
function mayBeTooManyMerges(err: unknown): boolean {
  return isOfficeError(err) && ![CELL_EDIT_MODE, "ItemNotFound", "ApiNotFound"].includes(err.code);
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly supports: (excelApi: string) => boolean;
  private readonly budget: ChunkBudget;
  /**
   * Response bytes per cell last measured on each sheet: a large sheet is read
   * in several readValues calls, and each starts from what the previous one
   * measured instead of the cautious first guess (which would cost every
   * call an extra, half-sized round trip).
   */
  private readonly measuredBytesPerCell = new Map<string, number>();

  constructor(private readonly options: ExcelWorkbookOptions = {}) {
    this.supports = options.supports ?? officeSupports;
    this.budget = options.budget ?? DEFAULT_BUDGET;
  }

  private run<T>(batch: ExcelBatch<T>): Promise<T> {
    return withExcel(batch, this.options);
  }

  /** Runs a batch on one named sheet, turning "no such item" into SheetNotFoundError. */
  private async onSheet<T>(sheet: string, batch: ExcelBatch<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (err) {
      if (ExcelApiError.is(err) && err.code === "ItemNotFound") throw new SheetNotFoundError(sheet);
      throw err;
    }
  }

  private noteApi(): NoteApi {
    // Notes (the classic yellow ones) arrived in ExcelApi 1.18; before that only threaded comments (1.10) exist.
    if (this.supports("1.18")) return "notes";
    if (this.supports("1.10")) return "comments";
    return "none";
  }

  private batchStart(context: Excel.RequestContext): (() => void) | undefined {
    return this.supports("1.6") ? () => context.workbook.application.suspendApiCalculationUntilNextSync() : undefined;
  }

  /** Two round trips whatever the number of sheets: the sheet list, then every sheet's used range. */
  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility,items/protection/protected");
      await context.sync();
      const used = sheets.items.map((ws) =>
        ws.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount"),
      );
      await context.sync();
      return sheets.items.map((ws, i): SheetInfo => {
        const u = used[i];
        const empty = !u || u.isNullObject;
        return {
          name: ws.name,
          visibility: ws.visibility === "Hidden" ? "hidden" : ws.visibility === "VeryHidden" ? "veryHidden" : "visible",
          rowCount: empty ? 0 : u.rowIndex + u.rowCount,
          columnCount: empty ? 0 : u.columnIndex + u.columnCount,
          protected: ws.protection.protected,
        };
      });
    });
  }

  /**
   * Office.js has no property for the workbook's date system, but DATE()
   * answers in it: DATE(1904,1,1) is serial 0 under the 1904 system and 1462
   * under the 1900 one. Asked through `workbook.functions`, so no cell is
   * touched (ExcelApi 1.2; without it we assume the 1900 system, Excel's default).
   */
  async date1904(): Promise<boolean> {
    if (!this.supports("1.2")) return false;
    return this.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1);
      result.load("value");
      await context.sync();
      return result.value === 0;
    });
  }

  async readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options: ReadOptions = {},
  ): Promise<CellValue[][]> {
    if (rowCount <= 0) {
      options.onProgress?.(1);
      return [];
    }
    if (columnCount <= 0) {
      options.onProgress?.(1);
      return Array.from({ length: rowCount }, () => []);
    }
    return this.onSheet(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const out: CellValue[][] = [];
      let bytesPerCell = this.measuredBytesPerCell.get(sheet) ?? FIRST_GUESS_BYTES_PER_CELL;
      let cap = Number.POSITIVE_INFINITY;
      let row = firstRow;
      const end = firstRow + rowCount;
      while (row < end) {
        const rows = Math.min(end - row, cap, readChunkRows(columnCount, bytesPerCell, this.budget));
        const address = `${cellAddress(row, 0)}:${cellAddress(row + rows - 1, columnCount - 1)}`;
        const range = ws.getRange(address).load("values,valueTypes");
        try {
          // One round trip per chunk is the point of this loop: each chunk is sized to fit Excel's limits.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
        } catch (err) {
          // A chunk whose data was denser than measured: halve it and try again (never below one row).
          const code = (err as { code?: unknown }).code;
          if (typeof code === "string" && PAYLOAD_ERRORS.has(code) && rows > 1) {
            cap = Math.max(1, Math.floor(rows / 2));
            continue;
          }
          throw err;
        }
        const measured = jsonBytes(range.values) + jsonBytes(range.valueTypes);
        bytesPerCell = Math.max(1, (measured / (rows * columnCount)) * SIZE_MARGIN);
        this.measuredBytesPerCell.set(sheet, bytesPerCell);
        cap = Number.POSITIVE_INFINITY;
        for (const r of toCellValues(range.values, range.valueTypes)) out.push(r);
        range.untrack();
        row += rows;
        options.onProgress?.((row - firstRow) / rowCount);
      }
      return out;
    });
  }

  /**
   * The merged areas of the sheet's used range, in one round trip:
   * `getMergedAreasOrNullObject` (ExcelApi 1.13) lists the merges whose
   * top-left cell is in the range, and a merge holding a value has it there.
   * `getUsedRange` rather than its …OrNullObject form: on an empty sheet it is
   * A1, so nothing is ever asked of a null object. A host without the API
   * (Excel 2016/2019) answers [], and the sheet is read as it is.
   */
  async readMerges(sheet: string): Promise<readonly string[]> {
    if (!this.supports("1.13")) return [];
    try {
      return await this.onSheet(sheet, async (context) => {
        const used = context.workbook.worksheets.getItem(sheet).getUsedRange(true);
        try {
          return await mergedAreasIn(context, used);
        } catch (err) {
          if (!mayBeTooManyMerges(err)) throw err;
        }
        // Excel refuses to list more than 512 merged areas at once: ask again by bands of rows, halving a band that
        // still has too many. Depth first, so a request that fails for another reason fails again within ~20 syncs.
        used.load("rowIndex,rowCount,columnIndex,columnCount");
        await context.sync();
        const ws = context.workbook.worksheets.getItem(sheet);
        const band = async (row: number, rows: number): Promise<string[]> => {
          try {
            return await mergedAreasIn(context, ws.getRangeByIndexes(row, used.columnIndex, rows, used.columnCount));
          } catch (err) {
            if (rows <= 1 || !mayBeTooManyMerges(err)) throw err;
          }
          const half = Math.ceil(rows / 2);
          return [...(await band(row, half)), ...(await band(row + half, rows - half))];
        };
        const half = Math.ceil(used.rowCount / 2);
        if (used.rowCount <= 1) return [];
        return [...(await band(used.rowIndex, half)), ...(await band(used.rowIndex + half, used.rowCount - half))];
      });
    } catch (err) {
      // The requirement set said yes but the host has no such method: as for a host that says no.
      if (ExcelApiError.is(err) && err.code === "ApiNotFound") return [];
      throw err;
    }
  }

  async readFormats(sheet: string, cells: readonly string[]): Promise<CellFormat[]> {
    if (cells.length === 0) return [];
    const wanted = cells.map(canonical);
    const noteApi = this.noteApi();
    const canReadFill = this.supports("1.9");
    return this.onSheet(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const budget = new SyncBudget(context, this.budget.bytes);
      const fills = new Map<string, string | null>();
      const fillReads: { rect: CellRect; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
      const legacyFills: { cell: string; fill: Excel.RangeFill }[] = [];
      if (canReadFill) {
        const rects = coverCells(wanted, READ_GAP).flatMap((r) => bands(r, this.budget.cells / 4));
        for (const rect of rects) {
          const n = (rect.row2 - rect.row1 + 1) * (rect.col2 - rect.col1 + 1);
          await budget.reserve({ request: OP_BYTES * 2, response: n * FILL_BYTES_PER_CELL });
          const result = ws.getRange(rectAddress(rect)).getCellProperties({
            format: { fill: { color: true, pattern: true, tintAndShade: true } },
          });
          fillReads.push({ rect, result });
        }
      } else {
        // Before ExcelApi 1.9 there is no per-cell read (nor pattern/tint, so white reads as no fill);
        // one small range per requested cell, still in shared round trips.
        for (const cell of new Set(wanted)) {
          await budget.reserve({ request: OP_BYTES * 3, response: FILL_BYTES_PER_CELL });
          legacyFills.push({ cell, fill: ws.getRange(cell).format.fill.load("color") });
        }
      }
      const notes = new Map<string, string | null>();
      const noteReads: { cell: string; note: Excel.Note }[] = [];
      if (noteApi === "notes") {
        for (const cell of new Set(wanted)) {
          await budget.reserve({ request: OP_BYTES * 2, response: 200 });
          noteReads.push({ cell, note: ws.notes.getItemOrNullObject(cell).load("content") });
        }
      }
      await budget.flush();
      for (const { rect, result } of fillReads) {
        result.value.forEach((row, i) =>
          row.forEach((props, j) => {
            fills.set(cellAddress(rect.row1 + i, rect.col1 + j), fillFromOffice(props.format?.fill));
          }),
        );
      }
      for (const { cell, fill } of legacyFills)
        fills.set(cell, fillFromOffice({ color: fill.color, pattern: null, tintAndShade: null }));
      for (const { cell, note } of noteReads) notes.set(cell, note.isNullObject ? null : note.content);
      if (noteApi === "comments") {
        for (const [cell, comment] of await this.commentsByCell(context, ws)) notes.set(cell, comment.content);
      }
      return wanted.map((cell) => ({ fill: fills.get(cell) ?? null, note: notes.get(cell) ?? null }));
    });
  }

  /** Threaded comments by cell (the fallback for notes before ExcelApi 1.18): two round trips. */
  private async commentsByCell(
    context: Excel.RequestContext,
    ws: Excel.Worksheet,
  ): Promise<Map<string, Excel.Comment>> {
    ws.comments.load("items/content");
    await context.sync();
    const located = ws.comments.items.map((c) => ({ comment: c, at: c.getLocation().load("address") }));
    await context.sync();
    const byCell = new Map<string, Excel.Comment>();
    for (const { comment, at } of located) {
      const local = parseQualifiedAreas(at.address)[0]?.address;
      if (local) byCell.set(canonical(local.split(":")[0] ?? local), comment);
    }
    return byCell;
  }

  async writeFormats(sheet: string, changes: readonly FormatChange[]): Promise<void> {
    if (changes.length === 0) return;
    const noteApi = this.noteApi();
    // The last change of a cell wins, for its note as for its fill.
    const noteByCell = new Map<string, string | null>();
    for (const c of changes) if (c.note !== "keep") noteByCell.set(canonical(c.cell), c.note);
    const fillGroups = groupCells(
      changes.map((c) => {
        const fill = c.fill === null ? null : normalizeColor(c.fill);
        if (c.fill !== null && fill === null) throw new RangeError(`Not a colour: "${c.fill}"`);
        return { cell: canonical(c.cell), key: fill };
      }),
    );
    await this.onSheet(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("protection/protected");
      // Whether each cell already has a note decides between add, change and delete; ask for all in the first round trip
      // (isNullObject comes back with the response, nothing needs loading).
      const budget = new SyncBudget(context, this.budget.bytes);
      const probes = new Map<string, Excel.Note>();
      if (noteApi === "notes") {
        for (const cell of noteByCell.keys()) {
          await budget.reserve({ request: OP_BYTES, response: 60 });
          probes.set(cell, ws.notes.getItemOrNullObject(cell));
        }
      }
      // The budget syncs on its own only if the probes outgrow one request; this sends the rest.
      await context.sync();
      if (ws.protection.protected) throw new SheetProtectedError(sheet);
      const comments = noteApi === "comments" && noteByCell.size > 0 ? await this.commentsByCell(context, ws) : null;

      const writes = new SyncBudget(context, this.budget.bytes, this.batchStart(context));
      const canUseAreas = this.supports("1.9");
      for (const group of fillGroups) {
        for (const list of group.addresses) {
          // RangeAreas need ExcelApi 1.9; before that, one range per rectangle of the list (still never one per cell).
          const targets: (Excel.RangeAreas | Excel.Range)[] = canUseAreas
            ? [ws.getRanges(list)]
            : list.split(",").map((address) => ws.getRange(address));
          for (const target of targets) {
            await writes.reserve({ request: OP_BYTES * 2 + list.length / targets.length });
            if (group.key === null) target.format.fill.clear();
            else target.format.fill.color = group.key;
          }
        }
      }
      for (const [cell, text] of noteByCell) {
        await writes.reserve({ request: OP_BYTES + jsonBytes(text) });
        if (noteApi === "notes") {
          const existing = probes.get(cell);
          const exists = existing !== undefined && !existing.isNullObject;
          if (text === null) {
            if (exists) existing.delete();
          } else if (exists) existing.content = text;
          else ws.notes.add(cell, text);
        } else if (comments) {
          const existing = comments.get(cell);
          if (text === null) existing?.delete();
          else if (existing) existing.content = text;
          else ws.comments.add(cell, text);
        }
      }
      await writes.flush();
    });
  }

  /**
   * Replaces the sheet without ever leaving the workbook half-written: the new
   * sheet is built hidden under a scratch name, and only the last round trip
   * deletes the old one and gives the new one its name and place. If anything
   * fails on the way, the scratch sheet is removed and the old sheet is as it was.
   */
  async writeSheet(model: SheetModel): Promise<void> {
    const problem = sheetNameProblem(model.name);
    if (problem) throw new SheetNameError(model.name, problem);
    const scratch = scratchSheetName(model.name);
    await this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const old = sheets.getItemOrNullObject(model.name);
      old.load("position,protection/protected");
      const leftover = sheets.getItemOrNullObject(scratch);
      await context.sync();
      if (!old.isNullObject && old.protection.protected) throw new SheetProtectedError(model.name);
      const budget = new SyncBudget(context, this.budget.bytes, this.batchStart(context));
      await budget.reserve({ request: OP_BYTES * 3 });
      if (!leftover.isNullObject) leftover.delete();
      const fresh = sheets.add(scratch);
      fresh.visibility = "Hidden";
      try {
        const { table } = await renderSheet(fresh, model, budget, this.supports, this.budget);
        await budget.reserve({ request: OP_BYTES * 6 });
        // Visible before the old sheet goes: Excel refuses to delete the last visible sheet.
        fresh.visibility = "Visible";
        if (!old.isNullObject) old.delete();
        fresh.name = model.name;
        if (!old.isNullObject) fresh.position = old.position;
        if (model.visibility === "hidden") fresh.visibility = "Hidden";
        else if (model.visibility === "veryHidden") fresh.visibility = "VeryHidden";
        if (table && model.table) table.name = model.table.name;
        await budget.flush();
      } catch (err) {
        try {
          fresh.delete();
          await context.sync();
        } catch {
          // The original failure is what the caller needs to see; a scratch sheet left behind is removed on the next write.
        }
        throw err;
      }
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (ws.isNullObject) return;
      ws.delete();
      await context.sync();
    });
  }

  /**
   * The selection, with multiple areas when the host has getSelectedRanges
   * (ExcelApi 1.9). Rows of whole-column selections stop at the sheet's last
   * used row, so selecting column B does not yield a million rows; other
   * selections report every row they cover. Null when
   * the selection is not cells (a chart or shape: Excel answers
   * InvalidSelection, by design per office-js#2268).
   */
  async getSelection(): Promise<Selection | null> {
    try {
      return await this.readSelection();
    } catch (err) {
      if (ExcelApiError.is(err) && err.code === "InvalidSelection") return null;
      throw err;
    }
  }

  private readSelection(): Promise<Selection> {
    const multi = this.supports("1.9");
    return this.run(async (context) => {
      let sheetName: string;
      let address: string;
      let areas: { rowIndex: number; rowCount: number }[];
      let used: Excel.Range;
      if (multi) {
        const sel = context.workbook.getSelectedRanges();
        sel.load("address,areas/items/rowIndex,areas/items/rowCount");
        sel.worksheet.load("name");
        used = sel.worksheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
        await context.sync();
        sheetName = sel.worksheet.name;
        address = parseQualifiedAreas(sel.address)
          .map((a) => a.address)
          .join(",");
        areas = sel.areas.items.map((a) => ({ rowIndex: a.rowIndex, rowCount: a.rowCount }));
      } else {
        const sel = context.workbook.getSelectedRange();
        sel.load("address,rowIndex,rowCount");
        sel.worksheet.load("name");
        used = sel.worksheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
        await context.sync();
        sheetName = sel.worksheet.name;
        address = parseQualifiedAreas(sel.address)
          .map((a) => a.address)
          .join(",");
        areas = [{ rowIndex: sel.rowIndex, rowCount: sel.rowCount }];
      }
      const lastUsed = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const rows = new Set<number>();
      for (const a of areas) {
        const first = a.rowIndex + 1;
        let last = a.rowIndex + a.rowCount;
        // Whole columns: the rows that matter end with the data (at least the first row stays).
        if (a.rowCount >= SHEET_ROWS) last = Math.max(first, Math.min(last, lastUsed));
        for (let r = first; r <= last; r++) rows.add(r);
      }
      return { sheet: sheetName, address, rows: [...rows].sort((a, b) => a - b) };
    });
  }

  /** Shows the sheet (unhiding it if needed) and selects the cell. */
  async activate(sheet: string, cell: string): Promise<void> {
    const target = canonical(cell);
    await this.onSheet(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("visibility");
      await context.sync();
      if (ws.visibility !== "Visible") ws.visibility = "Visible";
      ws.activate();
      ws.getRange(target).select();
      await context.sync();
    });
  }
}
