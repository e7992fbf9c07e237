import type { SeedSheet, WorkbookSeed } from "../../adapters/memory/memory-seed";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { cellAddress, columnIndex } from "../../core/sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../../core/sheet-model/sheet-model";
import { isExcelError, type CellValue } from "../../core/values/cell-value";
import { replayJournal, type JournalEntry } from "./journaling-port";
import type { SessionSource } from "./preview-session";

/**
 * The preview's bridge to .xlsx files, through the same XlsxWorkbook adapter
 * the command line uses. Loaded on demand (it brings ExcelJS), so the demo
 * opens without it.
 */

/** Prefixes Excel writes before newer functions in files (`_xlfn.IFS`), which formulas typed in Excel do not show. */
const FUTURE_FUNCTION_PREFIX = /_xl(?:fn|ws)\./gi;

/** Everything the preview shows of a file: values (formula results included), formulas, fills, notes, number formats, merges. */
export async function seedFromXlsx(bytes: Uint8Array, fileName: string): Promise<WorkbookSeed> {
  const file = await XlsxWorkbook.open(bytes, { fileName });
  const date1904 = await file.date1904();
  const sheets: SeedSheet[] = [];
  for (const info of await file.listSheets()) {
    const values = info.rowCount === 0 ? [] : await file.readValues(info.name, 1, info.rowCount, info.columnCount);
    const ws = file.workbook.getWorksheet(info.name);
    const formulas: Record<string, { formula: string; result: CellValue }> = {};
    const numberFormats: Record<string, string> = {};
    const touched: string[] = [];
    ws?.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const a1 = cellAddress(r, c - 1);
        touched.push(a1);
        const formula = cell.formula as string | undefined;
        if (typeof formula === "string" && formula !== "") {
          formulas[a1] = {
            formula: `=${formula.replace(FUTURE_FUNCTION_PREFIX, "")}`,
            result: values[r - 1]?.[c - 1] ?? null,
          };
        }
        if (typeof cell.numFmt === "string" && cell.numFmt !== "" && cell.numFmt !== "General")
          numberFormats[a1] = cell.numFmt;
      });
    });
    const formats = touched.length === 0 ? [] : await file.readFormats(info.name, touched);
    const fills: Record<string, string> = {};
    const notes: Record<string, string> = {};
    formats.forEach((f, i) => {
      const a1 = touched[i] as string;
      if (f.fill !== null) fills[a1] = f.fill;
      if (f.note !== null) notes[a1] = f.note;
    });
    sheets.push({
      name: info.name,
      values,
      merges: ws === undefined ? [] : mergesOf(ws),
      hidden: info.visibility === "hidden",
      veryHidden: info.visibility === "veryHidden",
      protected: info.protected,
      formulas,
      numberFormats,
      fills,
      notes,
    });
  }
  return { sheets, date1904 };
}

function mergesOf(ws: { model: unknown }): string[] {
  const merges = (ws.model as { merges?: unknown }).merges;
  return Array.isArray(merges) ? merges.filter((m): m is string => typeof m === "string") : [];
}

/** Writes a seed as an .xlsx through the adapter: each sheet as a sheet model, then its notes. */
export async function xlsxFromSeed(seed: WorkbookSeed): Promise<XlsxWorkbook> {
  const file = XlsxWorkbook.create();
  for (const s of seed.sheets) {
    const rows: ModelCell[][] = s.values.map((row) => row.map((v) => (isExcelError(v) ? v.code : v)));
    for (const [a1, { formula }] of Object.entries(s.formulas ?? {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(a1);
      if (!m) continue;
      const r = Number(m[2]) - 1;
      const c = columnIndex(m[1] as string);
      const row = (rows[r] ??= []);
      while (row.length < c) row.push(null);
      row[c] = { formula };
    }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const formats: { range: string; style: CellStyle }[] = [];
    for (const [range, fill] of Object.entries(s.fills ?? {})) formats.push({ range, style: { fill } });
    for (const [range, numberFormat] of Object.entries(s.numberFormats ?? {}))
      formats.push({ range, style: { numberFormat } });
    const model: SheetModel = {
      name: s.name,
      rows,
      merges: s.merges ?? [],
      formats,
      visibility: s.veryHidden ? "veryHidden" : s.hidden ? "hidden" : "visible",
    };
    await file.writeSheet(model);
    const notes = Object.entries(s.notes ?? {});
    if (notes.length > 0) {
      await file.writeFormats(
        s.name,
        notes.map(([cell, note]) => ({ cell, fill: s.fills?.[cell] ?? null, note })),
      );
    }
  }
  return file;
}

/** The source as .xlsx with the pane's writes replayed on it, as bytes. */
export async function saveWithJournal(source: SessionSource, journal: readonly JournalEntry[]): Promise<Uint8Array> {
  const file =
    source.kind === "xlsx"
      ? await XlsxWorkbook.open(source.bytes, { fileName: source.fileName })
      : await xlsxFromSeed(source.seed);
  await replayJournal(journal, file);
  return file.toBuffer();
}
