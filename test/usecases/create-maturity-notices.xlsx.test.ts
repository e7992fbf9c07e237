import ExcelJS from "exceljs";
import { dataValidationsOf } from "../../src/adapters/xlsx/exceljs-internals";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { HANDLING_METHODS } from "../../src/core/maturity/handling-method";
import { noticeColumn, scheduleRows } from "../../src/core/maturity/notice-layout";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { createMaturityNotices } from "../../src/usecases/create-maturity-notices";
import { aLedger, day } from "../support/ledger-builder";

const AS_OF = day("2026-12-31");
const LEDGER = aLedger()
  .withLoan({ loanNo: "A-1", branch: "城关支行", maturity: "2027-01-05", balance: 100 })
  .withLoan({ loanNo: "A-2", branch: "城关支行", maturity: "2027年1月31日", balance: 20.5 })
  .withLoan({ loanNo: "B-1", branch: "东城支行", maturity: "2027-01-20", balance: 300 });

async function ledgerFile(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  // The builder's ledger holds plain values only (no error values), which is what a model row holds.
  await wb.writeSheet({ name: "台账", rows: LEDGER.values() as (string | number | null)[][] });
  return wb.toBuffer();
}

async function generate(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await XlsxWorkbook.open(bytes);
  const outcome = await createMaturityNotices(wb, { asOf: AS_OF, today: AS_OF });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return wb.toBuffer();
}

async function excel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

// ExcelJS writes and reads a few files per test: seconds each when the machine is busy.
jest.setTimeout(30_000);

const ROWS = scheduleRows(2);
const HANDLING = (row: number) => cellAddress(row, noticeColumn("handling"));

describe("maturity notices in an .xlsx file", () => {
  it("reopen with the drop-down, the rules' highlights, the formulas and the print setup", async () => {
    const book = await excel(await generate(await ledgerFile()));
    const ws = book.getWorksheet("到期提示-城关支行");
    if (ws === undefined) throw new Error("no notice sheet");
    const validation = dataValidationsOf(ws).model[HANDLING(ROWS.first)];
    expect(validation?.type).toBe("list");
    expect(validation?.formulae?.[0]).toBe(`"${HANDLING_METHODS.join(",")}"`);
    expect((ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toHaveLength(2);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printTitlesRow).toBe(`${ROWS.header}:${ROWS.header}`);
    const total = ws.getCell(cellAddress(ROWS.total, noticeColumn("balance"))).value as { formula?: string };
    expect(total.formula).toBe(`SUM(D${ROWS.first}:D${ROWS.last})`);
    expect(ws.getCell(cellAddress(ROWS.first, noticeColumn("maturity"))).numFmt).toBe("yyyy-mm-dd");
    expect(book.getWorksheet("到期提示汇总")).toBeDefined();
  });

  it("keep what a branch typed in the file when the notices are generated again", async () => {
    const first = await excel(await generate(await ledgerFile()));
    const ws = first.getWorksheet("到期提示-城关支行");
    if (ws === undefined) throw new Error("no notice sheet");
    ws.getCell(HANDLING(ROWS.first)).value = "清收保全";
    ws.getCell(cellAddress(ROWS.first, noticeColumn("responsible"))).value = "赵六";
    const edited = new Uint8Array(await first.xlsx.writeBuffer());

    const again = await excel(await generate(edited));
    const sheet = again.getWorksheet("到期提示-城关支行");
    expect(again.worksheets.map((w) => w.name).filter((n) => n.startsWith("到期提示"))).toEqual([
      "到期提示-城关支行",
      "到期提示-东城支行",
      "到期提示汇总",
    ]);
    expect(sheet?.getCell(HANDLING(ROWS.first)).value).toBe("清收保全");
    expect(sheet?.getCell(cellAddress(ROWS.first, noticeColumn("responsible"))).value).toBe("赵六");
    expect(sheet?.getCell(HANDLING(ROWS.first + 1)).value).toBeNull();
  });
});
