import ExcelJS from "exceljs";
import { isExcelError, type CellValue } from "../src/core/values/cell-value";
import { benchLedger, SHEET } from "./ledger";
import { timed } from "./probe";

/**
 * Writes a bench ledger as an .xlsx with ExcelJS's streaming writer, as a
 * bank's system exports one: shared strings, dates as date-formatted serials,
 * the title and 合计 cells merged, and the #N/A cells as the VLOOKUP formulas
 * that produced them (the formula with its cached error result).
 */
export async function writeLedgerXlsx(loans: number, file: string): Promise<object> {
  const ledger = benchLedger(loans);
  const { timing } = await timed(async () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const ws = book.addWorksheet(SHEET);
    // One style object per kind of cell: ExcelJS re-derives a style id for every new style object it meets.
    const plain: Partial<ExcelJS.Style> = {};
    const date: Partial<ExcelJS.Style> = { numFmt: "yyyy-mm-dd" };
    const dateColumns = new Set(ledger.dateColumns);
    const width = ledger.values[ledger.headerRow - 1]?.length ?? 0;
    const styles = Array.from({ length: width }, (_, c) => (dateColumns.has(c) ? date : plain));
    const mergesByRow = new Map<number, string[]>();
    for (const m of ledger.merges) {
      const top = Number(/\d+/.exec(m)?.[0]);
      mergesByRow.set(top, [...(mergesByRow.get(top) ?? []), m]);
    }
    const cell = (v: CellValue): ExcelJS.CellValue =>
      isExcelError(v)
        ? { formula: "VLOOKUP(H4,利息表!A:B,2,FALSE)", result: { error: v.code } as ExcelJS.CellErrorValue }
        : v;
    ledger.values.forEach((values, r) => {
      const row = ws.addRow(values.map(cell));
      row.eachCell((c, col) => {
        c.style = styles[col - 1] ?? plain;
      });
      for (const m of mergesByRow.get(r + 1) ?? []) ws.mergeCells(m);
      row.commit();
    });
    ws.commit();
    await book.commit();
  });
  return { task: "xlsx-write", rows: ledger.values.length, ...timing };
}
