import ExcelJS from "exceljs";
import { dataValidationsOf } from "../../src/adapters/xlsx/exceljs-internals";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { DIRECTION_COL, monthCol, targetSheetLayout } from "../../src/core/targets/target-layout";
import { createTargetSheets } from "../../src/usecases/create-target-sheets";
import { aLedger, day } from "../support/ledger-builder";

const AS_OF = day("2026-06-30");
const L = targetSheetLayout(5);
const LEDGER = aLedger()
  .withLoan({ officer: "张三", balance: 100, maturity: "2026年9月30日" })
  .withLoan({ officer: "李四", balance: 0 });

async function ledgerFile(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.writeSheet({ name: "台账", rows: LEDGER.values() as (string | number | null)[][] });
  return wb.toBuffer();
}

async function generate(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(bytes);
  const outcome = await createTargetSheets(wb, { asOf: AS_OF, today: AS_OF });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return wb.toBuffer();
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("target sheets in an .xlsx file", () => {
  it("reopen with their formulas, the 计分方式 drop-down and the print setup", async () => {
    const book = await excel(await generate(await ledgerFile()));
    const ws = sheet(book, "目标责任书-张三");
    const score = ws.getCell(cellAddress(L.scoreRow, monthCol(1))).value as { formula?: string };
    expect(score.formula).toMatch(/^IF\(OR\(COUNT\(F\d+:F\d+\)<5/);
    const validation = dataValidationsOf(ws).model[cellAddress(L.firstTargetRow, DIRECTION_COL)];
    expect(validation?.formulae?.[0]).toBe('"正向,反向"');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(sheet(book, "目标责任书-李四").getCell(cellAddress(L.portfolioRow, 2)).value).toBe(0);
    const summary = sheet(book, "考核汇总").getCell("C4").value as { formula?: string };
    expect(summary.formula).toBe(`'目标责任书-张三'!F${L.scoreRow}`);
  });

  it("keep the actuals typed in the file when generated again", async () => {
    const first = await excel(await generate(await ledgerFile()));
    const ws = sheet(first, "目标责任书-张三");
    [110, 40, 6, 0.01, 3].forEach((a, i) => {
      ws.getCell(cellAddress(L.firstActualRow + i, monthCol(4))).value = a;
    });
    ws.getCell(cellAddress(L.firstTargetRow, monthCol(4))).value = 150;
    const typed = (await first.xlsx.writeBuffer()) as unknown as Uint8Array;
    const again = await excel(await generate(new Uint8Array(typed)));
    const ws2 = sheet(again, "目标责任书-张三");
    expect(ws2.getCell(cellAddress(L.firstActualRow, monthCol(4))).value).toBe(110);
    expect(ws2.getCell(cellAddress(L.firstActualRow + 3, monthCol(4))).value).toBe(0.01);
    expect(ws2.getCell(cellAddress(L.firstTargetRow, monthCol(4))).value).toBe(150);
    const may = ws2.getCell(cellAddress(L.firstTargetRow, monthCol(5))).value as { formula?: string };
    expect(may.formula).toBe(`IF($B${L.firstTargetRow}="%",$E${L.firstTargetRow},$E${L.firstTargetRow}/12)`);
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith("目标责任书"))).toHaveLength(2);
  });
});
