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
import { SheetNotFoundError } from "../../usecases/workbook-errors";
import { addressOfRange, parseRange } from "../memory/ranges";
import { sameSheetName } from "../memory/sheet-name";
import {
  excelJsUtils,
  iterateStream,
  openWorkbookParts,
  parseSax,
  type SaxEvent,
  type WorkbookReaderState,
  type ZipEntry,
} from "./exceljs-stream-internals";
import { loadFailure, sniffWorkbookBytes, XlsxOpenError } from "./open-errors";
import { excelSerialFromDate, readCellValue } from "./read-cell";

/**
 * The read side of the workbook port over an .xlsx file read as a stream
 * (ExcelJS's WorkbookReader): what `postloan check` uses when it writes no
 * copy. ExcelJS's in-memory reader (XlsxWorkbook) builds an object per cell
 * and cannot hold a 500,000-row ledger in 2 GB; this one keeps each sheet as
 * rows of plain values, which is what the check reads anyway.
 *
 * The file is read once, in one pass, when it is opened: the workbook's parts
 * come in whatever order the zip holds them (Excel writes the shared strings
 * after the sheets, and ExcelJS then parks the sheets in temporary files), the
 * 1904 flag and sheet names come from workbook.xml, dates from styles.xml.
 * Each cell is decoded as XlsxWorkbook decodes it (same numbers, text, rich
 * text, errors, formula results, merged cells), so the check sees the same
 * values through either adapter; the tests compare the two on the same files.
 *
 * One deliberate difference: a formula whose result is text, TRUE/FALSE or an
 * error, in a cell formatted as a date, reads as that result here; ExcelJS's
 * in-memory reader turns it into an invalid date (read as empty).
 *
 * Read-only: the methods that write throw; open the file with XlsxWorkbook
 * to change it.
 */

interface StreamSheet {
  readonly name: string;
  readonly visibility: SheetInfo["visibility"];
  /** rows[r - 1] holds row r's values from column A up to its last non-empty cell; holes are empty rows. */
  readonly rows: (CellValue[] | undefined)[];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly protected: boolean;
  /** The active cell of the sheet's first view, as ExcelJS reads it. */
  readonly activeCell: string | undefined;
  /** The merged areas, as <mergeCell ref> gives them ("B2:B5"). */
  readonly merges: readonly string[];
}

/** One worksheet's XML as read, before it is matched to its name. */
interface ParsedSheet {
  readonly rows: (CellValue[] | undefined)[];
  readonly merges: readonly string[];
  readonly rowCount: number;
  readonly columnCount: number;
  readonly protected: boolean;
  readonly activeCell: string | undefined;
}

const EMPTY: readonly CellValue[] = [];

/** "AB12" → 0-based column 27 (the letters only; the row comes from <row r>). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/**
 * Shared strings as ExcelJS's in-memory reader has them: plain text, or
 * `{ richText }` for runs; a phonetic guide (<rPh>) is not part of the text.
 */
async function readSharedStrings(entry: ZipEntry): Promise<unknown[]> {
  const strings: unknown[] = [];
  let text: string | undefined;
  let runs: { text: string }[] | null = null;
  let run = "";
  let inRun = false;
  let inText = false;
  let inPhonetic = false;
  for await (const events of parseSax(iterateStream(entry))) {
    for (const e of events) {
      if (e.eventType === "text") {
        if (!inText || inPhonetic) continue;
        if (inRun) run += e.value;
        else text = (text ?? "") + e.value;
      } else if (e.eventType === "opentag") {
        switch (e.value.name) {
          case "si":
            text = undefined;
            runs = null;
            break;
          case "r":
            inRun = true;
            run = "";
            break;
          case "t":
            inText = true;
            break;
          case "rPh":
            inPhonetic = true;
            break;
        }
      } else {
        switch (e.value.name) {
          case "si":
            strings.push(runs !== null ? { richText: runs } : (text ?? ""));
            break;
          case "r":
            (runs ??= []).push({ text: run });
            inRun = false;
            break;
          case "t":
            inText = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
        }
      }
    }
  }
  return strings;
}

/** Reads one worksheet's XML into rows of values. */
class SheetParser {
  private readonly rows: (CellValue[] | undefined)[] = [];
  private readonly merges: string[] = [];
  /** Formula cells without a result: they count towards the used area although they read as empty. */
  private readonly emptyFormulas: { row: number; col: number }[] = [];
  private protectedSheet = false;
  private activeCell: string | undefined;
  private views = 0;
  private pane: string | null = null;
  private selections = new Map<string, string | undefined>();

  private row: CellValue[] | null = null;
  private rowNumber = 0;
  private col = -1;
  private type: string | undefined;
  private style = 0;
  private formula = false;
  private value: string | undefined;
  private inline: string | undefined;
  private inValue = false;
  private inInline = false;
  private inText = false;
  /** Whether each style id formats numbers as dates (ExcelJS then returns a Date). */
  private readonly dateStyles: (boolean | undefined)[] = [];

  constructor(
    private readonly book: WorkbookReaderState,
    private readonly strings: readonly unknown[],
    private readonly date1904: boolean,
  ) {}

  async parse(xml: AsyncIterable<unknown>): Promise<ParsedSheet> {
    for await (const events of parseSax(xml)) {
      for (const e of events) this.event(e);
    }
    return this.finish();
  }

  private event(e: SaxEvent): void {
    if (e.eventType === "text") {
      if (this.inValue) this.value = (this.value ?? "") + e.value;
      else if (this.inText) this.inline = (this.inline ?? "") + e.value;
      return;
    }
    const node = e.value;
    if (e.eventType === "opentag") {
      switch (node.name) {
        case "c": {
          const ref = node.attributes["r"];
          this.col = ref === undefined ? this.col + 1 : columnOf(ref);
          this.type = node.attributes["t"];
          const s = node.attributes["s"];
          this.style = s === undefined ? 0 : parseInt(s, 10);
          this.formula = false;
          this.value = undefined;
          this.inline = undefined;
          return;
        }
        case "v":
          this.inValue = true;
          return;
        case "f":
          this.formula = true;
          return;
        case "is":
          this.inInline = true;
          return;
        case "t":
          if (this.inInline) this.inText = true;
          return;
        case "row": {
          const r = node.attributes["r"];
          this.rowNumber = r === undefined ? this.rowNumber + 1 : parseInt(r, 10);
          this.row = [];
          this.col = -1;
          return;
        }
        case "mergeCell": {
          const ref = node.attributes["ref"];
          if (ref !== undefined) this.merges.push(ref);
          return;
        }
        case "sheetProtection":
          this.protectedSheet = node.attributes["sheet"] === "1";
          return;
        case "sheetView":
          this.views++;
          if (this.views === 1) {
            this.pane = null;
            this.selections.clear();
          }
          return;
        case "pane":
          if (this.views === 1) this.pane = node.attributes["activePane"] ?? "topLeft";
          return;
        case "selection":
          if (this.views === 1)
            this.selections.set(node.attributes["pane"] ?? "topLeft", node.attributes["activeCell"]);
          return;
        default:
          return;
      }
    }
    switch (node.name) {
      case "c":
        this.endCell();
        return;
      case "v":
        this.inValue = false;
        return;
      case "t":
        this.inText = false;
        return;
      case "is":
        this.inInline = false;
        return;
      case "row":
        if (this.row !== null && this.row.length > 0) this.rows[this.rowNumber - 1] = this.row;
        this.row = null;
        return;
      case "sheetView":
        // ExcelJS: the active pane's selection when the sheet has panes, else the top-left one.
        if (this.views === 1) this.activeCell = this.selections.get(this.pane ?? "topLeft");
        return;
      default:
        return;
    }
  }

  private endCell(): void {
    const row = this.row;
    if (row === null || this.col < 0) return;
    const value = this.cellValue();
    if (value !== null) {
      // Fill the gap with empties, then the value (rows stay dense arrays).
      for (let c = row.length; c < this.col; c++) row.push(null);
      row[this.col] = value;
    } else if (this.formula) {
      this.emptyFormulas.push({ row: this.rowNumber, col: this.col });
    }
  }

  private isDateStyle(style: number): boolean {
    if (style === 0) return false;
    let known = this.dateStyles[style];
    if (known === undefined) {
      known = excelJsUtils.isDateFmt(this.book.styles.getStyleModel(style)?.numFmt);
      this.dateStyles[style] = known;
    }
    return known;
  }

  /** A number as ExcelJS's reader gives it: through a Date (to the millisecond) when the cell is formatted as a date. */
  private number(text: string): CellValue {
    const n = parseFloat(text);
    if (!this.isDateStyle(this.style)) return readCellValue(n, this.date1904);
    return excelSerialFromDate(excelJsUtils.excelToDate(n, this.date1904), this.date1904);
  }

  /** The cell's value as XlsxWorkbook.readValues gives it (CellXform.parseClose and reconcile, then readCellValue). */
  private cellValue(): CellValue {
    const v = this.value;
    if (this.formula) {
      if (v === undefined || v === "") return null;
      switch (this.type) {
        case "str":
          return excelJsUtils.xmlDecode(v);
        case "b":
          return parseInt(v, 10) !== 0;
        case "e":
          return readCellValue({ error: v }, this.date1904);
        default:
          return this.number(v);
      }
    }
    if (this.type === "inlineStr") return this.inline === undefined || this.inline === "" ? null : this.inline;
    if (v === undefined || v === "") return null;
    switch (this.type) {
      case "s":
        return readCellValue(this.strings[parseInt(v, 10)], this.date1904);
      case "str":
        return excelJsUtils.xmlDecode(v);
      case "b":
        return parseInt(v, 10) !== 0;
      case "e":
        return readCellValue({ error: v }, this.date1904);
      default:
        return this.number(v);
    }
  }

  private finish(): ParsedSheet {
    // A merged area shows only its top-left cell; ExcelJS reads the others as empty.
    const merged = new Set<string>();
    for (const ref of this.merges) {
      const area = parseRange(ref);
      if (area === null) continue;
      for (let r = area.top; r <= area.bottom; r++) {
        const row = this.rows[r - 1];
        for (let c = area.left; c <= area.right; c++) {
          if (r === area.top && c === area.left) continue;
          if (row !== undefined && c < row.length) row[c] = null;
          merged.add(`${r}:${c}`);
        }
      }
    }
    let rowCount = 0;
    let columnCount = 0;
    this.rows.forEach((row, i) => {
      if (row === undefined) return;
      let last = row.length - 1;
      while (last >= 0 && row[last] === null) last--;
      row.length = last + 1;
      if (last < 0) {
        this.rows[i] = undefined;
        return;
      }
      rowCount = i + 1;
      columnCount = Math.max(columnCount, last + 1);
    });
    for (const f of this.emptyFormulas) {
      if (merged.has(`${f.row}:${f.col}`)) continue;
      rowCount = Math.max(rowCount, f.row);
      columnCount = Math.max(columnCount, f.col + 1);
    }
    return {
      rows: this.rows,
      merges: this.merges,
      rowCount,
      columnCount,
      protected: this.protectedSheet,
      activeCell: this.activeCell,
    };
  }
}

function visibilityOf(state: string | undefined): SheetInfo["visibility"] {
  return state === "veryHidden" ? "veryHidden" : state === "hidden" ? "hidden" : "visible";
}

export class XlsxStreamWorkbook implements WorkbookPort {
  private constructor(
    private readonly sheets: readonly StreamSheet[],
    private readonly is1904: boolean,
    private readonly activeTab: number | undefined,
  ) {}

  /**
   * Reads the file's bytes (as the command line has them, already read and
   * checked to be a zip holding a workbook). Rejects with XlsxOpenError, like
   * XlsxWorkbook.open, when they are not an .xlsx workbook or it is damaged.
   */
  static async open(bytes: Uint8Array, options: { readonly fileName?: string } = {}): Promise<XlsxStreamWorkbook> {
    const file = options.fileName ?? "";
    const problem = sniffWorkbookBytes(bytes);
    if (problem) throw new XlsxOpenError(problem, file);
    try {
      return await XlsxStreamWorkbook.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), file);
    } catch (e) {
      if (e instanceof XlsxOpenError) throw e;
      throw loadFailure(e, file);
    }
  }

  private static async read(bytes: Buffer, file: string): Promise<XlsxStreamWorkbook> {
    const parts = await openWorkbookParts(bytes, readSharedStrings);
    if (parts === "no workbook") throw new XlsxOpenError("not-xlsx", file);
    const date1904 = parts.book.properties?.model?.date1904 === true;
    const sheets: StreamSheet[] = [];
    for (const s of parts.sheets) {
      if (s.xml === null) continue;
      const sheet = await new SheetParser(parts.book, parts.strings, date1904).parse(s.xml());
      sheets.push({ name: s.name, visibility: visibilityOf(s.state), ...sheet });
    }
    if (sheets.length === 0) throw new XlsxOpenError("not-xlsx", file);
    return new XlsxStreamWorkbook(sheets, date1904, parts.book.model?.views?.[0]?.activeTab);
  }

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
    return this.is1904;
  }

  async readValues(
    sheet: string,
    firstRow: number,
    rowCount: number,
    columnCount: number,
    options: ReadOptions = {},
  ): Promise<CellValue[][]> {
    const rows = this.get(sheet).rows;
    const out: CellValue[][] = [];
    for (let i = 0; i < rowCount; i++) {
      const stored = rows[firstRow + i - 1] ?? EMPTY;
      const values = new Array<CellValue>(columnCount);
      const n = Math.min(columnCount, stored.length);
      for (let c = 0; c < n; c++) values[c] = stored[c] ?? null;
      for (let c = n; c < columnCount; c++) values[c] = null;
      out.push(values);
    }
    options.onProgress?.(1);
    return out;
  }

  /** The active sheet's active cell, as saved in the file (as XlsxWorkbook gives it); null when the file records none. */
  async getSelection(): Promise<Selection | null> {
    const active = this.activeTab !== undefined ? this.sheets[this.activeTab] : undefined;
    const ws = active && active.visibility === "visible" ? active : this.sheets.find((s) => s.visibility === "visible");
    const parsed = ws?.activeCell ? parseRange(ws.activeCell) : null;
    if (!ws || !parsed) return null;
    return { sheet: ws.name, address: cellAddress(parsed.top, parsed.left), rows: [parsed.top] };
  }

  async readMerges(sheet: string): Promise<readonly string[]> {
    return this.get(sheet).merges.flatMap((ref) => {
      const area = parseRange(ref);
      return area === null ? [] : [addressOfRange(area)];
    });
  }

  readFormats(_sheet: string, _cells: readonly string[]): Promise<CellFormat[]> {
    return readOnly("readFormats");
  }

  writeFormats(_sheet: string, _changes: readonly FormatChange[]): Promise<void> {
    return readOnly("writeFormats");
  }

  writeSheet(_model: SheetModel): Promise<void> {
    return readOnly("writeSheet");
  }

  deleteSheet(_name: string): Promise<void> {
    return readOnly("deleteSheet");
  }

  activate(_sheet: string, _cell: string): Promise<void> {
    return readOnly("activate");
  }

  private get(name: string): StreamSheet {
    const ws = this.sheets.find((s) => sameSheetName(s.name, name));
    if (!ws) throw new SheetNotFoundError(name);
    return ws;
  }
}

function readOnly(method: string): Promise<never> {
  return Promise.reject(
    new Error(`XlsxStreamWorkbook.${method}: the streamed workbook is read-only (use XlsxWorkbook)`),
  );
}
