import ExcelJS from "exceljs";
import { excelSerialFromDate } from "../../src/adapters/xlsx/read-cell";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { ModelValue } from "../../src/core/sheet-model/sheet-model";
import type { CellValue } from "../../src/core/values/cell-value";
import { recalculateSheets, type EngineCell, type EngineSheet } from "../../src/preview/formula-engine";
import { branchLedger } from "../core/scorecard/fixtures";

/** The fixture ledger of several branches as .xlsx bytes (plain values: the builder writes no error values). */
export async function branchLedgerFile(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.writeSheet({ name: "台账", rows: branchLedger().values() as ModelValue[][] });
  return wb.toBuffer();
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** A cell of a file as the formula engine takes it: formulas as formulas (no cached result), dates as serials. */
function engineCell(cell: ExcelJS.Cell): EngineCell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return excelSerialFromDate(v, false);
  if (typeof v !== "object") return v as CellValue;
  if ("formula" in v && typeof v.formula === "string") return { formula: `=${v.formula}` };
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("text" in v && typeof v.text === "string") return v.text;
  return null;
}

/**
 * Every sheet of a file recalculated by a real formula engine, from the
 * formulas the file holds (what Excel does on opening it), by sheet name.
 */
export function recalculateFile(book: ExcelJS.Workbook): Record<string, CellValue[][]> {
  const sheets: EngineSheet[] = book.worksheets.map((ws) => {
    const rows: EngineCell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        (rows[r - 1] ??= [])[c - 1] = engineCell(cell);
      });
    });
    return { name: ws.name, rows };
  });
  return recalculateSheets(sheets);
}
