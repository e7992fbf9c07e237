import ExcelJS from "exceljs";
import type { SheetModel } from "../../../src/core/sheet-model/sheet-model";
import { renderSheet } from "../../../src/adapters/xlsx/render-sheet";
import { dataValidationsOf } from "../../../src/adapters/xlsx/exceljs-internals";

function render(model: SheetModel, book = new ExcelJS.Workbook()): ExcelJS.Worksheet {
  return renderSheet(book, model);
}

function tableNames(ws: ExcelJS.Worksheet): string[] {
  return (ws.getTables() as unknown as { name: string }[]).map((t) => t.name);
}

describe("renderSheet", () => {
  it("writes strings as plain string values, never formulas", () => {
    const texts = ["=1+1", "+86", "-", "@x", "=A1"];
    const ws = render({ name: "T", rows: [texts] });
    texts.forEach((text, i) => {
      expect(ws.getCell(1, i + 1).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(1, i + 1).value).toBe(text);
    });
  });

  it("writes a formula without its leading '=' and with no cached result", () => {
    const ws = render({ name: "T", rows: [[{ formula: "=SUM(A2:A3)" }]] });
    expect(ws.getCell("A1").value).toEqual({ formula: "SUM(A2:A3)" });
  });

  it("writes an internal link as a HYPERLINK formula showing the text, quotes escaped", () => {
    const ws = render({
      name: "T",
      rows: [[{ text: '见"台账"', link: { sheet: "张三's 台账", cell: "B7" } }]],
    });
    expect(ws.getCell("A1").value).toEqual({
      formula: `HYPERLINK("#'张三''s 台账'!B7","见""台账""")`,
      result: '见"台账"',
    });
    expect(ws.getCell("A1").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
  });

  it("writes link text too long for a formula constant as plain text", () => {
    const long = "长".repeat(256);
    const ws = render({ name: "T", rows: [[{ text: long, link: { sheet: "A", cell: "A1" } }]] });
    expect(ws.getCell("A1").value).toBe(long);
  });

  it("writes a number Excel cannot hold as #NUM!", () => {
    const ws = render({ name: "T", rows: [[Number.POSITIVE_INFINITY, Number.NaN]] });
    expect([ws.getCell("A1").value, ws.getCell("B1").value]).toEqual([{ error: "#NUM!" }, { error: "#NUM!" }]);
  });

  it("starts a styled cell's font from the default font, so size and face are never left out", () => {
    const ws = render({ name: "T", rows: [["x"]], formats: [{ range: "A1", style: { bold: true } }] });
    expect(ws.getCell("A1").font).toEqual({
      name: "Calibri",
      family: 2,
      scheme: "minor",
      size: 11,
      color: { theme: 1 },
      bold: true,
    });
  });

  it("gives every styled cell its own style object", () => {
    const ws = render({ name: "T", rows: [["a", "b"]], formats: [{ range: "A1:B1", style: { fill: "#FFFF00" } }] });
    expect(ws.getCell("A1").style).not.toBe(ws.getCell("B1").style);
    expect(ws.getCell("A1").style.fill).not.toBe(ws.getCell("B1").style.fill);
  });

  it("styles each cell of a merge as the model says, not as the top-left", () => {
    const ws = render({
      name: "T",
      rows: [["合计", null]],
      merges: ["A1:B1"],
      formats: [
        { range: "A1:B1", style: { border: "thin" } },
        { range: "B1", style: { fill: "#FF0000" } },
      ],
    });
    expect(ws.getCell("A1").fill).toBeUndefined();
    expect(ws.getCell("B1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } });
  });

  it("writes a list validation with inner quotes doubled", () => {
    const ws = render({ name: "T", rows: [], validations: [{ range: "A2:A9", list: ['说"明"', "是"] }] });
    expect(dataValidationsOf(ws).model["A2:A9"]).toMatchObject({
      type: "list",
      formulae: ['"说""明"",是"'],
      showErrorMessage: true,
    });
  });

  it.each([
    [{ rows: 1, columns: 0 }, [{ state: "frozen", xSplit: 0, ySplit: 1 }]],
    [{ rows: 0, columns: 2 }, [{ state: "frozen", xSplit: 2, ySplit: 0 }]],
    [{ rows: 0, columns: 0 }, []],
  ])("freezes %p", (freeze, views) => {
    expect(render({ name: "T", rows: [], freeze }).views).toEqual(views);
  });

  it("sets a page not fitted to width without fit-to-page", () => {
    const ws = render({ name: "T", rows: [], page: { orientation: "portrait", paperSize: "A4", fitToWidth: false } });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", fitToPage: false });
  });

  it("makes table names valid and unique in the workbook", () => {
    const book = new ExcelJS.Workbook();
    const model = (name: string, table: string): SheetModel => ({
      name,
      rows: [
        ["a", "b"],
        [1, 2],
      ],
      table: { name: table, range: "A1:B2" },
    });
    expect(tableNames(render(model("S1", "预警 登记簿"), book))).toEqual(["预警_登记簿"]);
    expect(tableNames(render(model("S2", "预警 登记簿"), book))).toEqual(["预警_登记簿_2"]);
    expect(tableNames(render(model("S3", "2025年"), book))).toEqual(["_2025年"]);
    expect(tableNames(render(model("S4", "A1"), book))).toEqual(["_A1"]);
  });

  it("gives a table unique, non-empty column names and at least one data row", () => {
    const ws = render({ name: "T", rows: [["金额", null, "金额"]], table: { name: "t", range: "A1:C1" } });
    const table = (ws.getTables() as unknown as { table: { columns: { name: string }[]; tableRef: string } }[])[0];
    expect(table?.table.columns.map((c) => c.name)).toEqual(["金额", "列2", "金额2"]);
    expect(table?.table.tableRef).toBe("A1:C2");
  });
});
