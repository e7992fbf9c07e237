import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { dayFromYmd, type Day } from "../../../src/core/values/day";
import { CALC_SHEET, demoWorkbookSeed, LEDGER_SHEET } from "../../../src/preview/demo/demo-workbook";
import { JournalingPort } from "../../../src/preview/session/journaling-port";
import { saveWithJournal, seedFromXlsx, xlsxFromSeed } from "../../../src/preview/session/xlsx-io";
import { buildRealisticLedger } from "../../support/realistic-ledger";

const AS_OF = dayFromYmd(2026, 10, 31) as Day;

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

describe("seedFromXlsx", () => {
  it("reads what the grid shows: values, formulas with their results, fills, notes, number formats, merges", async () => {
    const { workbook, ledger } = buildRealisticLedger();
    const ws = workbook.getWorksheet(ledger.sheetName);
    if (!ws) throw new Error("no ledger sheet");
    ws.getCell("B4").note = "已核实";
    ws.getCell("C4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const seed = await seedFromXlsx(bytes, "台账.xlsx");
    const sheet = seed.sheets.find((s) => s.name === ledger.sheetName);
    expect(sheet?.values[0]?.[0]).toBe("城关支行贷后管理台账");
    expect(sheet?.merges).toContain(`A1:${"ABCDEFGHIJKLMNOPQRSTUVWXYZ"[Object.keys(ledger.headers).length - 1]}1`);
    expect(sheet?.notes?.B4).toBe("已核实");
    expect(sheet?.fills?.C4).toBe("#FFEB9C");
    const amount = ledger.columns.amount as string;
    expect(sheet?.formulas?.[`${amount}${ledger.totalRow}`]?.formula).toMatch(/^=SUM\(/);
    expect(sheet?.numberFormats?.[`${ledger.columns.disbursed}4`]).toBe("yyyy-mm-dd");
  });
});

describe("saveWithJournal", () => {
  it("writes the demo as .xlsx with its formulas, fills, notes and number formats", async () => {
    const seed = demoWorkbookSeed({ asOf: AS_OF, loans: 50 });
    const book = await reopen(await (await xlsxFromSeed(seed)).toBuffer());
    expect(book.worksheets.map((w) => w.name)).toEqual([LEDGER_SHEET, CALC_SHEET, "填表说明"]);
    expect(book.getWorksheet(CALC_SHEET)?.getCell("J10").formula).toBe("DH.CLASSIFY(C10,D10,E10,F10)");
    expect(book.getWorksheet(LEDGER_SHEET)?.getCell("A1").value).toMatch(/贷后管理台账/);
  });

  it("replays the pane's writes, in order, on the file the user opened", async () => {
    const { workbook, ledger } = buildRealisticLedger();
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const memory = MemoryWorkbook.from(await seedFromXlsx(bytes, "台账.xlsx"));
    const port = new JournalingPort(memory);
    await port.writeSheet({ name: "检查结果", rows: [["问题"], ["借据号重复"]] });
    await port.writeFormats(ledger.sheetName, [{ cell: "B5", fill: "#FFC7CE", note: "借据号重复" }]);
    await port.writeSheet({ name: "临时", rows: [["x"]] });
    await port.deleteSheet("临时");
    expect(port.journal().map((e) => e.kind)).toEqual(["sheet", "formats", "sheet", "delete"]);

    const saved = await reopen(await saveWithJournal({ kind: "xlsx", bytes, fileName: "台账.xlsx" }, port.journal()));
    expect(saved.worksheets.map((w) => w.name)).toEqual([ledger.sheetName, "填表说明", "检查结果"]);
    expect(saved.getWorksheet("检查结果")?.getCell("A2").value).toBe("借据号重复");
    const reread = await XlsxWorkbook.open(
      await saveWithJournal({ kind: "xlsx", bytes, fileName: "x" }, port.journal()),
    );
    expect(await reread.readFormats(ledger.sheetName, ["B5"])).toEqual([{ fill: "#FFC7CE", note: "借据号重复" }]);
  });
});
