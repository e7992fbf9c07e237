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

async function workbookBytes(hostile: HostileWorkbook): Promise<Uint8Array> {
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
