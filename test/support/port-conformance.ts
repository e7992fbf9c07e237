import type { CellStyle, PageSetup, SheetModel } from "../../src/core/sheet-model/sheet-model";
import { excelError, type CellValue } from "../../src/core/values/cell-value";
import type { WorkbookSeed } from "../../src/adapters/memory/memory-seed";
import type { WorkbookPort } from "../../src/usecases/workbook-port";

export type { WorkbookSeed };

/**
 * What a rendered sheet holds, in adapter-neutral terms, for the features the
 * port itself cannot read back (formulas, merges, validations, page setup…).
 * Each adapter's test maps its own representation onto this.
 */
export interface RenderedSheet {
  /** "=…" for a formula cell (not for a link), else null. */
  formulaAt(a1: string): string | null;
  linkAt(a1: string): { readonly sheet: string; readonly cell: string } | null;
  /** The cell's style, fill included, with only the properties that are set. */
  styleAt(a1: string): CellStyle;
  /** The list a cell's data validation offers, or null. */
  validationAt(a1: string): readonly string[] | null;
  columnWidth(col: number): number | undefined;
  rowHeight(row: number): number | undefined;
  /** Sorted "A1:B2" addresses. */
  readonly merges: readonly string[];
  readonly conditionalFormats: NonNullable<SheetModel["conditionalFormats"]>;
  readonly freeze: { readonly rows: number; readonly columns: number } | null;
  readonly page: PageSetup | null;
  readonly table: { readonly name: string; readonly range: string } | null;
  readonly visibility: "visible" | "hidden" | "veryHidden";
  readonly tabColor: string | null;
}

export interface PortUnderTest extends WorkbookPort {
  /** The workbook as a later reader sees it: the .xlsx adapter saves and opens the bytes again; memory is itself. */
  reopen(): Promise<PortUnderTest>;
  inspect(sheet: string): Promise<RenderedSheet>;
}

/** A PortUnderTest from a port and its adapter's helpers (methods bound, so they can be passed around). */
export function portUnderTest(port: WorkbookPort, helpers: Pick<PortUnderTest, "reopen" | "inspect">): PortUnderTest {
  return {
    listSheets: () => port.listSheets(),
    date1904: () => port.date1904(),
    readValues: (...args) => port.readValues(...args),
    readMerges: (sheet) => port.readMerges(sheet),
    readFormats: (...args) => port.readFormats(...args),
    writeFormats: (...args) => port.writeFormats(...args),
    writeSheet: (model) => port.writeSheet(model),
    deleteSheet: (name) => port.deleteSheet(name),
    getSelection: () => port.getSelection(),
    activate: (sheet, cell) => port.activate(sheet, cell),
    reopen: () => helpers.reopen(),
    inspect: (sheet) => helpers.inspect(sheet),
  };
}

/** The `code` of the error the promise rejects with ("sheet-protected", "sheet-not-found"…), so any adapter's error classes pass. */
async function rejectionCode(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return (e as { code?: unknown }).code;
  }
  return "(no rejection)";
}

const NA = excelError("#N/A");
const DIV0 = excelError("#DIV/0!");

export const LEDGER_SEED: WorkbookSeed = {
  sheets: [
    {
      name: "台账",
      values: [
        ["借据号", "金额", "放款日", "逾期", "状态", "备注", null, "合并标题", "被合并"],
        ["J001", 1000.5, 45000, true, "正常", null],
        ["00123", -2, 45001.5, false, NA, "#N/A"],
        ["J003", 0, null, null, DIV0, "=1+1"],
      ],
      numberFormats: { C2: "yyyy-mm-dd", C3: "yyyy/m/d h:mm" },
      formulas: {
        G2: { formula: "=B2*2", result: 2001 },
        G3: { formula: '=IF(B3<0,"负","正")', result: "负" },
        G4: { formula: "=NA()", result: NA },
      },
      merges: ["H1:I1"],
      fills: { A2: "#FFC7CE", B2: "#FFC7CE", A3: "#FFFF00" },
      notes: { A2: "金额超过合同", B3: "请核对", F2: "空单元格的批注" },
    },
    { name: "隐藏", values: [["x"]], hidden: true },
    { name: "保护", values: [["a", "b"], ["c"]], protected: true, fills: { A1: "#00FF00" }, notes: { B1: "勿动" } },
    { name: "空表", values: [] },
    { name: "Summary", values: [[1, 2, 3], [4]] },
  ],
};

const EVERY_FEATURE: SheetModel = {
  name: "检查结果",
  rows: [
    ["借据号", "金额", "状态", "公式", "链接", "文本"],
    ["J001", 100, "正常", { formula: "=B2*2" }, { text: "转到台账", link: { sheet: "台账", cell: "A2" } }, "=1+1"],
    ["J002", 200.25, "关注", { formula: "=SUM(B2:B3)" }, null, "+86"],
    [true, null, "-", "@x", "#N/A", "00123"],
    [],
    ["合计行", "被合并"],
  ],
  formats: [
    { range: "A1:F1", style: { bold: true, fill: "#D9E1F2", border: "thin", hAlign: "center" } },
    { range: "B2:B3", style: { numberFormat: "#,##0.00", hAlign: "right" } },
    { range: "A1", style: { italic: true, fontSize: 12, fontColor: "#C00000" } },
    { range: "F2:F4", style: { wrap: true, vAlign: "top", border: "medium" } },
  ],
  merges: ["A6:C6"],
  columnWidths: [12, undefined, 10],
  rowHeights: { 1: 24 },
  validations: [{ range: "C2:C4", list: ["正常", "关注", "次级"] }],
  conditionalFormats: [
    { range: "A2:F4", formula: '=$C2="关注"', style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true } },
  ],
  freeze: { rows: 1, columns: 1 },
  page: {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    printArea: "A1:F6",
    printTitleRows: "1:1",
    margins: { top: 0.75, bottom: 0.75, left: 0.25, right: 0.25 },
    centerHorizontally: true,
  },
  table: { name: "检查结果表", range: "A1:F4" },
  visibility: "visible",
  tabColor: "#FF0000",
};

/** Formula cells read as whatever the host computed (null without a formula engine); compare everything else. */
function withoutFormulaCells(values: CellValue[][], cells: readonly [number, number][]): unknown[][] {
  const copy: unknown[][] = values.map((row) => [...row]);
  for (const [row, col] of cells) {
    const r = copy[row - 1];
    if (r) r[col] = "(formula)";
  }
  return copy;
}

/**
 * The behaviour every WorkbookPort adapter must share, run by each adapter's
 * tests with its own way of building a workbook from a seed.
 */
export function describePortConformance(name: string, makePort: (seed: WorkbookSeed) => Promise<PortUnderTest>): void {
  describe(`${name} conforms to WorkbookPort`, () => {
    describe("listSheets", () => {
      it("lists sheets in order with their used size, visibility and protection", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.listSheets()).toEqual([
          { name: "台账", visibility: "visible", rowCount: 4, columnCount: 8, protected: false },
          { name: "隐藏", visibility: "hidden", rowCount: 1, columnCount: 1, protected: false },
          { name: "保护", visibility: "visible", rowCount: 2, columnCount: 2, protected: true },
          { name: "空表", visibility: "visible", rowCount: 0, columnCount: 0, protected: false },
          { name: "Summary", visibility: "visible", rowCount: 2, columnCount: 3, protected: false },
        ]);
      });

      it("reports a very hidden sheet", async () => {
        const port = await makePort({
          sheets: [
            { name: "A", values: [[1]] },
            { name: "B", values: [], veryHidden: true },
          ],
        });
        expect((await port.listSheets()).map((s) => s.visibility)).toEqual(["visible", "veryHidden"]);
      });
    });

    describe("date1904", () => {
      it.each([false, true])("reports the date system (1904: %p)", async (date1904) => {
        const port = await makePort({ sheets: [{ name: "A", values: [[1]] }], date1904 });
        expect(await port.date1904()).toBe(date1904);
      });

      it("reads a date cell of a 1904 workbook as its 1904 serial", async () => {
        const port = await makePort({
          sheets: [{ name: "A", values: [[43538]], numberFormats: { A1: "yyyy-mm-dd" } }],
          date1904: true,
        });
        expect(await port.readValues("A", 1, 1, 1)).toEqual([[43538]]);
      });
    });

    describe("readValues", () => {
      it("returns values exactly: numbers, text (also digits and error-like text), booleans, errors, dates as serials, formula results", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.readValues("台账", 1, 4, 9)).toEqual([
          ["借据号", "金额", "放款日", "逾期", "状态", "备注", null, "合并标题", null],
          ["J001", 1000.5, 45000, true, "正常", null, 2001, null, null],
          ["00123", -2, 45001.5, false, NA, "#N/A", "负", null, null],
          ["J003", 0, null, null, DIV0, "=1+1", NA, null, null],
        ]);
      });

      it("pads a window beyond the used area with null, in exactly the shape asked for", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.readValues("Summary", 2, 3, 4)).toEqual([
          [4, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
        ]);
      });

      it("reports progress and ends at 1", async () => {
        const port = await makePort(LEDGER_SEED);
        const progress: number[] = [];
        await port.readValues("台账", 1, 4, 6, { onProgress: (f) => progress.push(f) });
        expect(progress.at(-1)).toBe(1);
        expect([...progress].sort((a, b) => a - b)).toEqual(progress);
      });

      it("finds a sheet whatever the case of its name, as Excel does", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.readValues("SUMMARY", 1, 1, 3)).toEqual([[1, 2, 3]]);
      });

      it("rejects a sheet that does not exist", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.readValues("没有", 1, 1, 1))).toBe("sheet-not-found");
      });
    });

    describe("readMerges", () => {
      it("lists a sheet's merged areas as local A1 ranges, and none for a sheet without", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.readMerges("台账")).toEqual(["H1:I1"]);
        expect(await port.readMerges("Summary")).toEqual([]);
        expect(await port.readMerges("空表")).toEqual([]);
      });

      it("lists merges in the data, and those of a sheet it wrote, after a save", async () => {
        const port = await makePort({
          sheets: [
            {
              name: "台账",
              values: [
                ["机构", "客户"],
                ["城关", "张三"],
                [null, "李四"],
                [null, "王五"],
              ],
              merges: ["A2:A4"],
            },
          ],
        });
        await port.writeSheet({ name: "检查结果", rows: [["a", "b"], ["c"]], merges: ["A2:B2"] });
        const later = await port.reopen();
        expect(await later.readMerges("台账")).toEqual(["A2:A4"]);
        expect(await later.readMerges("检查结果")).toEqual(["A2:B2"]);
      });

      it("rejects a sheet that does not exist", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.readMerges("没有"))).toBe("sheet-not-found");
      });
    });

    describe("readFormats", () => {
      it("returns each listed cell's fill and note, null when it has none", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await port.readFormats("台账", ["A2", "B2", "A3", "B3", "F2", "C3", "Z99"])).toEqual([
          { fill: "#FFC7CE", note: "金额超过合同" },
          { fill: "#FFC7CE", note: null },
          { fill: "#FFFF00", note: null },
          { fill: null, note: "请核对" },
          { fill: null, note: "空单元格的批注" },
          { fill: null, note: null },
          { fill: null, note: null },
        ]);
      });
    });

    describe("writeFormats", () => {
      it("sets, changes and removes fills and notes exactly, and 'keep' leaves a note alone", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.writeFormats("台账", [
          { cell: "A2", fill: null, note: "keep" },
          { cell: "A3", fill: "#00B050", note: "新批注" },
          { cell: "B3", fill: "#FFEB9C", note: null },
          { cell: "C4", fill: "#FFEB9C", note: "有填充的空单元格" },
          { cell: "D4", fill: null, note: "缺少逾期标志" },
          { cell: "F2", fill: null, note: null },
        ]);
        const reopened = await port.reopen();
        expect(await reopened.readFormats("台账", ["A2", "B2", "A3", "B3", "C4", "D4", "F2"])).toEqual([
          { fill: null, note: "金额超过合同" },
          // B2 had the same fill as A2; removing A2's must not touch it.
          { fill: "#FFC7CE", note: null },
          { fill: "#00B050", note: "新批注" },
          { fill: "#FFEB9C", note: null },
          { fill: "#FFEB9C", note: "有填充的空单元格" },
          { fill: null, note: "缺少逾期标志" },
          { fill: null, note: null },
        ]);
      });

      it("leaves values alone", async () => {
        const port = await makePort(LEDGER_SEED);
        const before = await port.readValues("台账", 1, 4, 9);
        await port.writeFormats("台账", [{ cell: "A2", fill: "#FF0000", note: "x" }]);
        expect(await (await port.reopen()).readValues("台账", 1, 4, 9)).toEqual(before);
      });

      it("is refused on a protected sheet, which stays as it was", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.writeFormats("保护", [{ cell: "A1", fill: null, note: null }]))).toBe(
          "sheet-protected",
        );
        expect(await port.readFormats("保护", ["A1", "B1"])).toEqual([
          { fill: "#00FF00", note: null },
          { fill: null, note: "勿动" },
        ]);
      });
    });

    describe("writeSheet", () => {
      it("appends a new sheet and renders every feature of the model", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.writeSheet(EVERY_FEATURE);
        const reopened = await port.reopen();
        const sheets = await reopened.listSheets();
        expect(sheets.map((s) => s.name)).toEqual(["台账", "隐藏", "保护", "空表", "Summary", "检查结果"]);
        expect(sheets.at(-1)).toMatchObject({ rowCount: 6, columnCount: 6, protected: false, visibility: "visible" });

        const values = await reopened.readValues("检查结果", 1, 6, 6);
        expect(
          withoutFormulaCells(values, [
            [2, 3],
            [3, 3],
          ]),
        ).toEqual([
          ["借据号", "金额", "状态", "公式", "链接", "文本"],
          ["J001", 100, "正常", "(formula)", "转到台账", "=1+1"],
          ["J002", 200.25, "关注", "(formula)", null, "+86"],
          [true, null, "-", "@x", "#N/A", "00123"],
          [null, null, null, null, null, null],
          ["合计行", null, null, null, null, null],
        ]);

        const r = await reopened.inspect("检查结果");
        expect([r.formulaAt("D2"), r.formulaAt("D3")]).toEqual(["=B2*2", "=SUM(B2:B3)"]);
        expect(["F2", "F3", "D4", "C4", "E4", "E2"].map((a) => r.formulaAt(a))).toEqual([
          null,
          null,
          null,
          null,
          null,
          null,
        ]);
        expect(r.linkAt("E2")).toEqual({ sheet: "台账", cell: "A2" });
        expect(r.linkAt("A2")).toBeNull();
        expect(r.styleAt("A1")).toEqual({
          bold: true,
          italic: true,
          fontSize: 12,
          fontColor: "#C00000",
          fill: "#D9E1F2",
          border: "thin",
          hAlign: "center",
        });
        expect(r.styleAt("B1")).toEqual({ bold: true, fill: "#D9E1F2", border: "thin", hAlign: "center" });
        expect(r.styleAt("B2")).toEqual({ numberFormat: "#,##0.00", hAlign: "right" });
        expect(r.styleAt("F3")).toEqual({ wrap: true, vAlign: "top", border: "medium" });
        expect(r.styleAt("C3")).toEqual({});
        expect(r.merges).toEqual(["A6:C6"]);
        expect([r.columnWidth(0), r.columnWidth(2), r.rowHeight(1)]).toEqual([12, 10, 24]);
        expect(["C2", "C4", "B2"].map((a) => r.validationAt(a))).toEqual([
          ["正常", "关注", "次级"],
          ["正常", "关注", "次级"],
          null,
        ]);
        expect(r.conditionalFormats).toEqual(EVERY_FEATURE.conditionalFormats);
        expect(r.freeze).toEqual({ rows: 1, columns: 1 });
        expect(r.page).toEqual(EVERY_FEATURE.page);
        expect(r.table).toEqual({ name: "检查结果表", range: "A1:F4" });
        expect(r.tabColor).toBe("#FF0000");
        expect(r.visibility).toBe("visible");
      });

      it("writes text that looks like a formula, a phone number or a dash as text", async () => {
        const port = await makePort({ sheets: [{ name: "A", values: [] }] });
        const texts = ["=1+1", "+86", "-", "@x", "=SUM(A1:A2)", "'quoted", "#DIV/0!"];
        await port.writeSheet({ name: "T", rows: [texts] });
        const reopened = await port.reopen();
        expect(await reopened.readValues("T", 1, 1, texts.length)).toEqual([texts]);
        const r = await reopened.inspect("T");
        expect(texts.map((_, i) => r.formulaAt(`${String.fromCharCode(65 + i)}1`))).toEqual(texts.map(() => null));
      });

      it("replaces an existing sheet in its place, whatever the case of the name, dropping its old content", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.writeSheet({ name: "SUMMARY", rows: [["新"]], visibility: "hidden" });
        const reopened = await port.reopen();
        const sheets = await reopened.listSheets();
        expect(sheets.map((s) => s.name)).toEqual(["台账", "隐藏", "保护", "空表", "SUMMARY"]);
        expect(sheets.at(-1)).toMatchObject({ rowCount: 1, columnCount: 1, visibility: "hidden" });
        expect(await reopened.readValues("Summary", 1, 2, 3)).toEqual([
          ["新", null, null],
          [null, null, null],
        ]);
      });

      it("keeps a replaced sheet's position in the middle of the workbook", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.writeSheet({ name: "隐藏", rows: [["新"]] });
        expect((await (await port.reopen()).listSheets()).map((s) => s.name)).toEqual([
          "台账",
          "隐藏",
          "保护",
          "空表",
          "Summary",
        ]);
      });

      it("refuses to replace a protected sheet, which stays as it was", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.writeSheet({ name: "保护", rows: [["x"]] }))).toBe("sheet-protected");
        expect(await port.readValues("保护", 1, 2, 2)).toEqual([
          ["a", "b"],
          ["c", null],
        ]);
      });

      it.each(["", "a/b", "问题[1]", "x".repeat(32), "'引号", "History"])("refuses the sheet name %p", async (bad) => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.writeSheet({ name: bad, rows: [["x"]] }))).toBe("sheet-name");
      });
    });

    describe("deleteSheet", () => {
      it("removes the sheet, and a missing sheet is already deleted", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.deleteSheet("summary");
        await port.deleteSheet("没有这张表");
        expect((await (await port.reopen()).listSheets()).map((s) => s.name)).toEqual(["台账", "隐藏", "保护", "空表"]);
      });
    });

    describe("activate and getSelection", () => {
      it("selects the cell on the sheet, and the selection survives a save", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.activate("台账", "C3");
        const expected = { sheet: "台账", address: "C3", rows: [3] };
        expect(await port.getSelection()).toEqual(expected);
        expect(await (await port.reopen()).getSelection()).toEqual(expected);
      });

      it("moves the selection to another sheet", async () => {
        const port = await makePort(LEDGER_SEED);
        await port.activate("台账", "C3");
        await port.activate("summary", "b2");
        expect(await port.getSelection()).toEqual({ sheet: "Summary", address: "B2", rows: [2] });
      });

      it("rejects a sheet that does not exist and an address that is not a cell", async () => {
        const port = await makePort(LEDGER_SEED);
        expect(await rejectionCode(port.activate("没有", "A1"))).toBe("sheet-not-found");
        expect(await rejectionCode(port.activate("台账", "甲1"))).toBe("address");
      });
    });
  });
}
