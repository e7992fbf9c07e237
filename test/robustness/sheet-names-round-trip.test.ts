import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { SheetModel } from "../../src/core/sheet-model/sheet-model";

/**
 * Sheets the add-in writes are named after branches and officers, so their
 * names carry whatever those hold: apostrophes, double quotes, brackets. An
 * .xlsx the command line writes must open again — in ExcelJS (the next
 * `postloan` run) as in Excel — with its print setup where it was.
 */
const NAMES = [`王's "台账"`, `a'b`, `O''Neil`, `+注入'B"`, `a"b`, `【城关】(2024){旧}!`];

function model(name: string): SheetModel {
  return {
    name,
    rows: [["标题"], ["x", 1]],
    page: { orientation: "portrait", paperSize: "A4", fitToWidth: true, printArea: "A1:B2", printTitleRows: "1:1" },
  };
}

describe("an .xlsx with the add-in's print setup on sheets with awkward names", () => {
  it.each(NAMES)("opens again with the print area and titles of %s", async (name) => {
    const book = XlsxWorkbook.create();
    await book.writeSheet(model(name));
    await book.writeSheet({ name: "汇总", rows: [[{ text: "去", link: { sheet: name, cell: "A1" } }]] });
    const bytes = await book.toBuffer();

    const again = await XlsxWorkbook.open(bytes);
    expect((await again.listSheets()).map((s) => s.name)).toEqual([name, "汇总"]);

    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const setup = raw.getWorksheet(name)?.pageSetup;
    expect(setup?.printArea).toBe("A1:B2");
    expect(setup?.printTitlesRow).toBe("1:1");
  });
});
