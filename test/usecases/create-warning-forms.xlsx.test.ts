import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { CellValue } from "../../src/core/values/cell-value";
import { formCell, FORM_LAYOUT } from "../../src/core/warning/form-layout";
import { registerLetter } from "../../src/core/warning/register-sheet";
import { WARNING_STORE_SHEET } from "../../src/core/warning/warning-store-sheet";
import { createWarningForms } from "../../src/usecases/create-warning-forms";
import { updateWarningStatus } from "../../src/usecases/update-warning-status";
import { REGISTER_SHEET } from "../../src/usecases/warning-workbook";
import { xlsxBytesFromSeed } from "../adapters/xlsx/xlsx-seed";
import { day } from "../support/ledger-builder";
import { warningLedgerSeed } from "../support/warning-ledger";

const TODAY = day("2026-03-06");

async function sheetValues(book: XlsxWorkbook): Promise<Record<string, CellValue[][]>> {
  const out: Record<string, CellValue[][]> = {};
  for (const s of await book.listSheets()) out[s.name] = await book.readValues(s.name, 1, s.rowCount, s.columnCount);
  return out;
}

async function formsWorkbook(): Promise<{ book: XlsxWorkbook; sheets: string[] }> {
  const book = await XlsxWorkbook.open(await xlsxBytesFromSeed(warningLedgerSeed()), { fileName: "台账.xlsx" });
  const outcome = await createWarningForms(book, {
    from: { kind: "keys", keys: ["JJ2025120007", "JJ2025100013", "JJ2026010002", "JJ2024020021", "JJ2026020002"] },
    today: TODAY,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  await updateWarningStatus(book, {
    number: "〔2026〕第004号",
    change: { to: "作废", reason: "重复登记", on: TODAY },
    today: TODAY,
  });
  return { book, sheets: outcome.forms.map((f) => f.sheet) };
}

describe("a forms workbook written with the .xlsx adapter", () => {
  it("reopens with the same content in every sheet", async () => {
    const { book } = await formsWorkbook();
    const before = await sheetValues(book);
    const reopened = await XlsxWorkbook.open(await book.toBuffer(), { fileName: "预警.xlsx" });
    expect(await sheetValues(reopened)).toEqual(before);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining([REGISTER_SHEET, WARNING_STORE_SHEET, "预警2026-001", "预警2026-005"]),
    );
  });

  it("keeps numbering, statuses and records after the round trip", async () => {
    const { book } = await formsWorkbook();
    const reopened = await XlsxWorkbook.open(await book.toBuffer());
    const next = await createWarningForms(reopened, { from: { kind: "signals" }, today: TODAY });
    // Every loan with a signal already has an open form — except 004's, whose form was voided.
    expect(next.ok && next.forms.map((f) => [f.numberText, f.key])).toEqual([["〔2026〕第006号", "JJ2024020021"]]);
  });

  it("writes names that look like formulas as text, never as formulas", async () => {
    const { book } = await formsWorkbook();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    const names = ['=HYPERLINK("http://x","点我")', "@刘桂兰", "-陈志强", "+周丽"];
    names.forEach((name, i) => {
      const form = reopened.getWorksheet(`预警2026-00${i + 2}`);
      const cell = form?.getCell(formCell("customer"));
      expect([cell?.type, cell?.value]).toEqual([ExcelJS.ValueType.String, name]);
      const reg = reopened.getWorksheet(REGISTER_SHEET)?.getCell(`${registerLetter("customer")}${i + 3}`);
      expect([reg?.type, reg?.value]).toEqual([ExcelJS.ValueType.String, name]);
    });
  });

  it("sets up each form's page for printing: A4 portrait, one page wide, print area and title rows", async () => {
    const { book } = await formsWorkbook();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reopened.getWorksheet("预警2026-001");
    const setup = ws?.pageSetup;
    expect(setup?.paperSize).toBe(9);
    expect(setup?.orientation).toBe("portrait");
    expect(setup?.fitToPage).toBe(true);
    expect(setup?.fitToWidth).toBe(1);
    expect(setup?.fitToHeight).toBe(0);
    expect(String(setup?.printArea)).toMatch(new RegExp(`A\\$?1:\\$?F\\$?${FORM_LAYOUT.lastRow}$`));
    expect(setup?.printTitlesRow).toMatch(/^\$?1:\$?2$/);
    expect(setup?.horizontalCentered).toBe(true);
    expect(setup?.margins).toMatchObject({ left: 0.55, right: 0.55, top: 0.75, bottom: 0.6 });
  });

  it("keeps merges, drop-downs, the ☐ formulas, the register's table and its overdue rule", async () => {
    const { book } = await formsWorkbook();
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
    const ws = reopened.getWorksheet("预警2026-001");
    const merges = (ws as unknown as { model: { merges: string[] } }).model.merges;
    expect(merges).toEqual(expect.arrayContaining(["A1:F1", FORM_LAYOUT.input.get("customer")?.range]));
    const level = ws?.getCell(formCell("level")).dataValidation;
    expect(level).toMatchObject({ type: "list", formulae: ['"红,橙,黄,蓝"'] });
    const box = ws?.getCell(`A${FORM_LAYOUT.input.get("taken.inspect")?.row ?? 0}`);
    expect(box?.formula).toBe(`IF(${formCell("taken.inspect")}="是","☑","☐")`);

    const reg = reopened.getWorksheet(REGISTER_SHEET);
    expect(reg?.getTables().length).toBe(1);
    const cf = (reg as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] })
      .conditionalFormattings;
    expect(cf[0]?.ref).toBe("A2:Q6");
    expect(cf[0]?.rules[0]?.formulae[0]).toContain("TODAY()");
    const status = reg?.getCell(`${registerLetter("status")}5`);
    expect(status?.value).toBe("作废");
    expect(status?.dataValidation).toMatchObject({ type: "list", formulae: ['"生效,处理中,已解除,作废"'] });
  });
});
