import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { isExcelError, type CellValue } from "../../../src/core/values/cell-value";
import type { HostileInput, HostileWorkbook } from "../../fixtures/hostile/hostile-case";

function excelValue(value: CellValue): ExcelJS.CellValue {
  return isExcelError(value) ? ({ error: value.code } as ExcelJS.CellErrorValue) : value;
}

/**
 * A hostile workbook as the .xlsx file another program would have saved:
 * written by ExcelJS with formulas and their last results, number formats,
 * merges, hidden rows, an AutoFilter, sheet protection and the 1904 flag.
 */
export async function hostileXlsxBytes(input: HostileInput): Promise<Uint8Array> {
  if (input.kind === "file") return input.bytes;
  return workbookBytes(input.workbook);
}

/** Cells beyond which a plain workbook is written with ExcelJS's streaming writer (the whole-workbook one takes many minutes). */
const STREAM_CELLS = 500_000;

function plainValues(hostile: HostileWorkbook): boolean {
  return hostile.sheets.every(
    (s) =>
      s.formulas === undefined &&
      s.numberFormats === undefined &&
      s.merges === undefined &&
      s.fills === undefined &&
      s.notes === undefined &&
      s.hiddenRows === undefined &&
      s.autoFilter === undefined &&
      !s.protected &&
      !s.hidden &&
      !s.veryHidden,
  );
}

/** A large workbook of plain values, written row by row as a streaming writer does (as large exports are). */
async function streamedBytes(hostile: HostileWorkbook): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: false });
  for (const s of hostile.sheets) {
    const ws = book.addWorksheet(s.name);
    for (const row of s.values) ws.addRow(row.map((v) => (v === null ? undefined : excelValue(v)))).commit();
    ws.commit();
  }
  await book.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

async function workbookBytes(hostile: HostileWorkbook): Promise<Uint8Array> {
  const cells = hostile.sheets.reduce((n, s) => n + s.values.reduce((m, row) => m + row.length, 0), 0);
  if (cells > STREAM_CELLS && plainValues(hostile) && !hostile.date1904) return streamedBytes(hostile);
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = hostile.date1904 ?? false;
  for (const s of hostile.sheets) {
    const ws = book.addWorksheet(s.name, { state: s.veryHidden ? "veryHidden" : s.hidden ? "hidden" : "visible" });
    s.values.forEach((row, r) => {
      // A whole row at once (ExcelJS's fast path): element 0 goes to column A; undefined leaves a cell out.
      const cells = row.map((v) => (v === null ? undefined : excelValue(v)));
      if (cells.some((v) => v !== undefined)) ws.getRow(r + 1).values = cells as ExcelJS.CellValue[];
    });
    for (const [a1, { formula, result }] of Object.entries(s.formulas ?? {})) {
      const r = result === null ? null : excelValue(result);
      ws.getCell(a1).value = {
        formula: formula.replace(/^=/, ""),
        ...(r === null ? {} : { result: r as ExcelJS.CellFormulaValue["result"] }),
      };
    }
    for (const [a1, numFmt] of Object.entries(s.numberFormats ?? {})) ws.getCell(a1).numFmt = numFmt;
    for (const merge of s.merges ?? []) ws.mergeCells(merge);
    for (const row of s.hiddenRows ?? []) ws.getRow(row).hidden = true;
    if (s.autoFilter !== undefined) ws.autoFilter = s.autoFilter;
    // A real protection record, as Excel writes it for 审阅 → 保护工作表 with a password.
    if (s.protected) await ws.protect("贷后", { spinCount: 1_000 });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
