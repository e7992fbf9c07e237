import ExcelJS from "exceljs";
import { isExcelError, type CellValue } from "../../../src/core/values/cell-value";
import { hexToArgb } from "../../../src/adapters/xlsx/excel-colors";
import { setSheetProtected } from "../../../src/adapters/xlsx/exceljs-internals";
import type { WorkbookSeed } from "../../../src/adapters/memory/memory-seed";

/** The seed as an .xlsx file's bytes, written by ExcelJS as any other program's file would be. */
export async function xlsxBytesFromSeed(seed: WorkbookSeed): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = seed.date1904 ?? false;
  for (const s of seed.sheets) {
    const ws = book.addWorksheet(s.name, { state: s.veryHidden ? "veryHidden" : s.hidden ? "hidden" : "visible" });
    s.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = excelValue(value);
      }),
    );
    for (const [a1, { formula, result }] of Object.entries(s.formulas ?? {})) {
      const r = excelValue(result);
      ws.getCell(a1).value = {
        formula: formula.replace(/^=/, ""),
        ...(r === null ? {} : { result: r as ExcelJS.CellFormulaValue["result"] }),
      };
    }
    for (const [a1, numFmt] of Object.entries(s.numberFormats ?? {})) ws.getCell(a1).numFmt = numFmt;
    for (const [a1, fill] of Object.entries(s.fills ?? {})) {
      ws.getCell(a1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(fill) } };
    }
    for (const [a1, note] of Object.entries(s.notes ?? {})) ws.getCell(a1).note = note;
    for (const merge of s.merges ?? []) ws.mergeCells(merge);
    if (s.protected) setSheetProtected(ws, true);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  return isExcelError(value) ? ({ error: value.code } as ExcelJS.CellErrorValue) : value;
}
