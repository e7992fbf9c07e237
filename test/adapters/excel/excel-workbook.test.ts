import { ExcelWorkbook, scratchSheetName } from "../../../src/adapters/excel/excel-workbook";
import { ExcelBusyError, SheetNotFoundError, SheetProtectedError } from "../../../src/adapters/excel/excel-errors";
import { charsToPoints } from "../../../src/adapters/excel/render-sheet";
import { excelError } from "../../../src/core/values/cell-value";
import type { SheetModel } from "../../../src/core/sheet-model/sheet-model";
import type { FormatChange } from "../../../src/usecases/workbook-port";
import { ExcelStandIn, PAYLOAD_LIMIT, type SeedSheet, type StandInOptions } from "../../support/excel-stand-in";

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** A stand-in installed as the Office globals, and the adapter on top (no real waiting between retries). */
function setup(options: StandInOptions = {}): { excel: ExcelStandIn; workbook: ExcelWorkbook } {
  const excel = new ExcelStandIn(options);
  restore = excel.install();
  return { excel, workbook: new ExcelWorkbook({ sleep: () => Promise.resolve(), retries: 3 }) };
}

/** A ledger-like sheet: codes, Chinese names, amounts, dates and classes. */
function ledger(rows: number, columns: number): SeedSheet {
  const data = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      switch (c % 6) {
        case 0:
          return `JJ${String(r).padStart(8, "0")}`;
        case 1:
          return `客户${r % 500}`;
        case 2:
          return Math.round(r * 137.5 + c) / 100;
        case 3:
          return 45_000 + (r % 700);
        case 4:
          return r % 7 === 0 ? "关注" : "正常";
        default:
          return r * columns + c;
      }
    }),
  );
  return { name: "台账", rows: data };
}

describe("ExcelWorkbook.listSheets", () => {
  it("lists every sheet with visibility, protection and used size in two round trips", async () => {
    const { excel, workbook } = setup({
      sheets: [
        { name: "台账", cells: { C7: 1 } },
        { name: "参数", visibility: "Hidden", rows: [["a"]] },
        { name: "空表" },
        { name: "锁定", protected: true, rows: [[1, 2, 3]] },
      ],
    });
    expect(await workbook.listSheets()).toEqual([
      { name: "台账", visibility: "visible", rowCount: 7, columnCount: 3, protected: false },
      { name: "参数", visibility: "hidden", rowCount: 1, columnCount: 1, protected: false },
      { name: "空表", visibility: "visible", rowCount: 0, columnCount: 0, protected: false },
      { name: "锁定", visibility: "visible", rowCount: 1, columnCount: 3, protected: true },
    ]);
    expect(excel.stats.syncs).toBe(2);
  });
});

describe("ExcelWorkbook.date1904", () => {
  it.each([false, true])("reports the date system (1904: %s) without touching a cell", async (date1904) => {
    const { excel, workbook } = setup({ date1904 });
    expect(await workbook.date1904()).toBe(date1904);
    expect(excel.stats.syncs).toBe(1);
    expect(excel.sheet("Sheet1").cellCount).toBe(0);
  });
});

describe("ExcelWorkbook.readValues", () => {
  it("reads values exactly, telling error values from the text a user typed", async () => {
    const { workbook } = setup({
      sheets: [
        {
          name: "台账",
          rows: [
            ["借据号", "余额", "备注"],
            ["JJ001", 1500.5, { error: "#N/A" }],
            ["JJ002", { error: "#DIV/0!" }, "#N/A"],
            ["", true, "=1+1"],
          ],
        },
      ],
    });
    expect(await workbook.readValues("台账", 2, 3, 4)).toEqual([
      ["JJ001", 1500.5, excelError("#N/A"), null],
      ["JJ002", excelError("#DIV/0!"), "#N/A", null],
      [null, true, "=1+1", null],
    ]);
  });

  it("reads a 50,000 × 30 sheet in few round trips, each under 5 MB, reporting progress", async () => {
    const rows = 50_000;
    const columns = 30;
    const { excel, workbook } = setup({ sheets: [ledger(rows, columns)] });
    const progress: number[] = [];
    const values = await workbook.readValues("台账", 1, rows, columns, { onProgress: (f) => progress.push(f) });
    expect(values).toHaveLength(rows);
    expect(values[0]).toEqual(ledger(1, columns).rows?.[0]);
    expect(values[rows - 1]?.[0]).toBe(`JJ${String(rows - 1).padStart(8, "0")}`);
    expect(values[12_345]?.[2]).toBe(Math.round(12_345 * 137.5 + 2) / 100);
    const { stats } = excel;
    expect(stats.syncs).toBeLessThanOrEqual(Math.ceil((rows * columns) / 200_000) + 2);
    expect(stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(progress).toHaveLength(stats.syncs);
    expect(progress[progress.length - 1]).toBe(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    console.info(`readValues 50,000 × 30: ${JSON.stringify(stats)}`);
  });

  it("reads the widest sheet (16,384 columns) a few rows per round trip", async () => {
    const cells: Record<string, string | number> = { A1: "首", XFD1: "末", XFD40: 40 };
    const { excel, workbook } = setup({ sheets: [{ name: "宽表", cells }] });
    const values = await workbook.readValues("宽表", 1, 40, 16_384);
    expect(values).toHaveLength(40);
    expect(values[0]?.[0]).toBe("首");
    expect(values[0]?.[16_383]).toBe("末");
    expect(values[39]?.[16_383]).toBe(40);
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil((40 * 16_384) / 200_000) + 2);
    expect(excel.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("shrinks a chunk that Excel refuses as too large and reads on", async () => {
    // Wordy cells (200 Chinese characters) make the first guess too big; the adapter halves and retries.
    const { excel, workbook } = setup({
      sheets: [{ name: "长文本", rows: Array.from({ length: 20_000 }, (_, i) => [`${i}`, "贷".repeat(200)]) }],
    });
    const values = await workbook.readValues("长文本", 1, 20_000, 2);
    expect(values).toHaveLength(20_000);
    expect(values[19_999]).toEqual(["19999", "贷".repeat(200)]);
    expect(excel.stats.maxResponseBytes).toBeGreaterThan(0);
    expect(excel.syncLog.filter((r) => r.responseBytes < PAYLOAD_LIMIT).length).toBeGreaterThan(1);
  });

  it("fails with SheetNotFoundError for a missing sheet", async () => {
    const { workbook } = setup();
    const err = await workbook.readValues("不存在", 1, 5, 5).catch((e: unknown) => e);
    expect(SheetNotFoundError.is(err)).toBe(true);
    expect((err as SheetNotFoundError).code).toBe("sheet-not-found");
    expect((err as SheetNotFoundError).message).toContain("找不到工作表“不存在”");
  });

  it("makes no round trip for an empty request", async () => {
    const { excel, workbook } = setup();
    expect(await workbook.readValues("Sheet1", 1, 0, 5)).toEqual([]);
    expect(await workbook.readValues("Sheet1", 1, 2, 0)).toEqual([[], []]);
    expect(excel.stats.syncs).toBe(0);
  });
});

describe("ExcelWorkbook.readMerges", () => {
  /** A ledger with 机构 merged down over every pair of loans: `pairs` merged areas in column A. */
  function mergedLedger(pairs: number): SeedSheet {
    const rows = [["机构", "客户名称"], ...Array.from({ length: pairs * 2 }, (_, i) => [`支行${i}`, `客户${i}`])];
    const merges = Array.from({ length: pairs }, (_, i) => `A${2 + i * 2}:A${3 + i * 2}`);
    return { name: "台账", rows, merges };
  }

  it("lists the merged areas of the used range in one round trip", async () => {
    const { excel, workbook } = setup({ sheets: [{ ...mergedLedger(3), merges: ["A2:A3", "A4:A7", "B2:C2"] }] });
    expect([...(await workbook.readMerges("台账"))].sort()).toEqual(["A2:A3", "A4:A7", "B2:C2"]);
    expect(excel.stats.syncs).toBe(1);
  });

  it("answers [] for a sheet without merges, and for an empty sheet", async () => {
    const { workbook } = setup({ sheets: [{ name: "台账", rows: [["a", "b"]] }, { name: "空表" }] });
    expect(await workbook.readMerges("台账")).toEqual([]);
    expect(await workbook.readMerges("空表")).toEqual([]);
  });

  it("answers [] without asking where the host has no getMergedAreasOrNullObject (before ExcelApi 1.13)", async () => {
    const { excel, workbook } = setup({ apiVersion: "1.12", sheets: [mergedLedger(2)] });
    expect(await workbook.readMerges("台账")).toEqual([]);
    expect(excel.stats.syncs).toBe(0);
  });

  it("answers [] when the host claims ExcelApi 1.13 but has no such method", async () => {
    const excel = new ExcelStandIn({ apiVersion: "1.12", sheets: [mergedLedger(2)] });
    restore = excel.install();
    const workbook = new ExcelWorkbook({ sleep: () => Promise.resolve(), supports: () => true });
    expect(await workbook.readMerges("台账")).toEqual([]);
  });

  it("asks again by bands of rows when the sheet has more merged areas than Excel lists at once (512)", async () => {
    const { excel, workbook } = setup({ sheets: [mergedLedger(1_500)] });
    const merges = await workbook.readMerges("台账");
    expect(merges).toHaveLength(1_500);
    expect(new Set(merges)).toEqual(new Set(mergedLedger(1_500).merges));
    // The whole range, the size of the used range, then halves that fit (none of 512 or more).
    expect(excel.stats.syncs).toBeLessThanOrEqual(12);
  });

  it("rejects a sheet that does not exist", async () => {
    const { workbook } = setup({ sheets: [mergedLedger(1)] });
    await expect(workbook.readMerges("没有")).rejects.toBeInstanceOf(SheetNotFoundError);
  });
});

describe("ExcelWorkbook.readFormats", () => {
  it("reads fills and notes of the listed cells, in order, in one round trip", async () => {
    const { excel, workbook } = setup({
      sheets: [
        {
          name: "台账",
          rows: [["a", "b", "c"]],
          fills: { B2: "#FFC7CE", B3: "#FFC7CE", D9: "#FFFFFF" },
          notes: { B2: "逾期 120 天" },
        },
      ],
    });
    const formats = await workbook.readFormats("台账", ["B3", "B2", "A1", "D9", "b2"]);
    expect(formats).toEqual([
      { fill: "#FFC7CE", note: null },
      { fill: "#FFC7CE", note: "逾期 120 天" },
      { fill: null, note: null },
      { fill: "#FFFFFF", note: null }, // a real white fill is not "no fill"
      { fill: "#FFC7CE", note: "逾期 120 天" },
    ]);
    expect(excel.stats.syncs).toBe(1);
  });

  it("reads threaded comments where notes are not available (ExcelApi 1.10–1.17)", async () => {
    const { workbook } = setup({
      apiVersion: "1.12",
      sheets: [{ name: "台账", comments: { C4: "请核实" }, fills: { C4: "#FFEB9C" } }],
    });
    expect(await workbook.readFormats("台账", ["C4", "C5"])).toEqual([
      { fill: "#FFEB9C", note: "请核实" },
      { fill: null, note: null },
    ]);
  });

  it("reads 20,000 scattered cells with a bounded number of round trips", async () => {
    const cells = Array.from({ length: 20_000 }, (_, i) => `${i % 2 ? "F" : "K"}${2 + i * 3}`);
    const { excel, workbook } = setup({ sheets: [{ name: "台账", fills: { F5: "#FFC7CE" } }] });
    const formats = await workbook.readFormats("台账", cells);
    expect(formats).toHaveLength(20_000);
    expect(formats[1]).toEqual({ fill: "#FFC7CE", note: null });
    expect(excel.stats.syncs).toBeLessThanOrEqual(6);
    expect(excel.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.stats.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT);
    console.info(`readFormats 20,000 cells: ${JSON.stringify(excel.stats)}`);
  });
});

describe("ExcelWorkbook.writeFormats", () => {
  it("marks 20,000 cells with 2 fills through a few RangeAreas, not one call per cell", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "台账" }] });
    const changes: FormatChange[] = Array.from({ length: 20_000 }, (_, i) => ({
      cell: `${["F", "H", "L"][i % 3]}${2 + Math.floor(i / 3) * 2}`,
      fill: i % 4 === 0 ? "#FFC7CE" : "#ffeb9c",
      note: "keep",
    }));
    await workbook.writeFormats("台账", changes);
    const fills = excel.sheet("台账").fills();
    expect(fills["#FFC7CE"]).toHaveLength(5_000);
    expect(fills["#FFEB9C"]).toHaveLength(15_000);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(excel.calls("Worksheet.getRanges")).toBeLessThan(50);
    expect(excel.calls("Worksheet.getRange")).toBe(0);
    expect(excel.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    console.info(
      `writeFormats 20,000 cells: ${JSON.stringify(excel.stats)}, getRanges calls ${excel.calls("Worksheet.getRanges")}`,
    );
  });

  it("adds, changes and removes notes and fills exactly, in one batch after one probe", async () => {
    const { excel, workbook } = setup({
      sheets: [{ name: "台账", fills: { B2: "#FFC7CE", B3: "#FFC7CE" }, notes: { B2: "旧", B3: "删" } }],
    });
    await workbook.writeFormats("台账", [
      { cell: "B2", fill: "#FFEB9C", note: "新" },
      { cell: "B3", fill: null, note: null },
      { cell: "C4", fill: "#FFC7CE", note: "加" },
      { cell: "C5", fill: null, note: "keep" },
    ]);
    const s = excel.sheet("台账");
    expect([s.cell("B2").fill, s.cell("B2").note]).toEqual(["#FFEB9C", "新"]);
    expect([s.cell("B3").fill, s.cell("B3").note]).toEqual([null, null]);
    expect([s.cell("C4").fill, s.cell("C4").note]).toEqual(["#FFC7CE", "加"]);
    expect(excel.stats.syncs).toBe(2);
    expect(await workbook.readFormats("台账", ["B2", "B3", "C4"])).toEqual([
      { fill: "#FFEB9C", note: "新" },
      { fill: null, note: null },
      { fill: "#FFC7CE", note: "加" },
    ]);
  });

  it("writes comments where notes are not available", async () => {
    const { excel, workbook } = setup({ apiVersion: "1.12", sheets: [{ name: "台账", comments: { A1: "旧" } }] });
    await workbook.writeFormats("台账", [
      { cell: "A1", fill: null, note: null },
      { cell: "A2", fill: "#FFC7CE", note: "新" },
    ]);
    expect(excel.sheet("台账").cell("A1").comment).toBeNull();
    expect(excel.sheet("台账").cell("A2")).toMatchObject({ fill: "#FFC7CE", comment: "新" });
  });

  it("falls back to one range per rectangle, not per cell, before ExcelApi 1.9", async () => {
    const { excel, workbook } = setup({ apiVersion: "1.8", sheets: [{ name: "台账" }] });
    const changes: FormatChange[] = Array.from({ length: 300 }, (_, i) => ({
      cell: `B${i + 1}`,
      fill: "#FFC7CE",
      note: "keep",
    }));
    await workbook.writeFormats("台账", [...changes, { cell: "D7", fill: "#FFEB9C", note: "keep" }]);
    expect(excel.sheet("台账").fills()).toEqual({ "#FFC7CE": changes.map((c) => c.cell), "#FFEB9C": ["D7"] });
    expect(excel.calls("Worksheet.getRange")).toBe(2);
    expect(await workbook.readFormats("台账", ["B300", "D7", "C1"])).toEqual([
      { fill: "#FFC7CE", note: null },
      { fill: "#FFEB9C", note: null },
      { fill: null, note: null },
    ]);
  });

  it("refuses a protected sheet with a Chinese message and changes nothing", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "台账", protected: true }] });
    const err = await workbook
      .writeFormats("台账", [{ cell: "A1", fill: "#FFC7CE", note: "x" }])
      .catch((e: unknown) => e);
    expect(SheetProtectedError.is(err)).toBe(true);
    expect((err as Error).message).toContain("工作表“台账”受保护");
    expect(excel.sheet("台账").cell("A1")).toMatchObject({ fill: null, note: null });
  });
});

const model: SheetModel = {
  name: "检查结果",
  rows: [
    ["借据号", "客户", "余额", "备注", "合计"],
    ["00123", "张三", 1500, "=1+1", { formula: "=SUM(C2:C3)" }],
    ["JJ002", "@李四", 2500.5, "+86 138", { formula: "=C3*2" }],
    [{ text: "返回台账", link: { sheet: "台账", cell: "A1" } }, null, true, "#N/A"],
  ],
  formats: [
    { range: "A1:E1", style: { bold: true, fill: "#D9E1F2", hAlign: "center", border: "thin" } },
    { range: "C2:C3", style: { numberFormat: "#,##0.00", hAlign: "right" } },
    { range: "D2:D4", style: { wrap: true, fontColor: "#C00000", italic: true, fontSize: 10, vAlign: "top" } },
  ],
  merges: ["A6:E6"],
  columnWidths: [14, undefined, 10],
  rowHeights: { 1: 24 },
  validations: [{ range: "B2:B4", list: ["正常", "关注", "次级"] }],
  conditionalFormats: [{ range: "C2:C4", formula: "=$C2>2000", style: { fill: "#FFC7CE", bold: true } }],
  freeze: { rows: 1, columns: 1 },
  page: {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    printArea: "A1:E6",
    printTitleRows: "1:1",
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
    centerHorizontally: true,
  },
  table: { name: "检查表", range: "A1:E4" },
  tabColor: "#FFC000",
};

describe("ExcelWorkbook.writeSheet", () => {
  it("renders a model: text stays text, formulas stay formulas, formats, merges, validations and page setup", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "台账" }] });
    await workbook.writeSheet(model);
    expect(excel.sheetNames()).toEqual(["台账", "检查结果"]);
    const s = excel.sheet("检查结果");
    expect(s.cell("D2")).toMatchObject({ value: "=1+1", type: "String", formula: null, numberFormat: "@" });
    expect(s.cell("A2")).toMatchObject({ value: "00123", type: "String" });
    expect(s.cell("B3")).toMatchObject({ value: "@李四", type: "String", formula: null });
    expect(s.cell("D3")).toMatchObject({ value: "+86 138", type: "String", formula: null });
    expect(s.cell("D4")).toMatchObject({ value: "#N/A", type: "String" });
    expect(s.cell("B2")).toMatchObject({ value: "张三", numberFormat: "General" });
    expect(s.cell("E2").formula).toBe("=SUM(C2:C3)");
    expect(s.cell("E3").formula).toBe("=C3*2");
    expect(s.cell("C3")).toMatchObject({ value: 2500.5, type: "Double", numberFormat: "#,##0.00", hAlign: "Right" });
    expect(s.cell("C4")).toMatchObject({ value: true, type: "Boolean" });
    expect(s.cell("A4")).toMatchObject({
      value: "返回台账",
      hyperlink: { documentReference: "'台账'!A1", textToDisplay: "返回台账" },
    });
    expect(s.cell("B1")).toMatchObject({ fill: "#D9E1F2", font: { bold: true }, hAlign: "Center" });
    expect(s.cell("B1").borders).toMatchObject({
      EdgeTop: { style: "Continuous", weight: "Thin" },
      InsideVertical: { style: "Continuous", weight: "Thin" },
    });
    expect(s.cell("D3")).toMatchObject({
      wrap: true,
      vAlign: "Top",
      font: { color: "#C00000", italic: true, size: 10 },
    });
    expect(s.merges).toEqual(["A6:E6"]);
    expect(s.columnWidths).toEqual({ A: charsToPoints(14), C: charsToPoints(10) });
    expect(s.rowHeights).toEqual({ 1: 24 });
    expect(s.validations).toEqual([
      { range: "B2:B4", rule: { list: { inCellDropDown: true, source: "正常,关注,次级" } } },
    ]);
    expect(s.conditionalFormats).toEqual([
      { range: "C2:C4", type: "Custom", formula: "=$C2>2000", fill: "#FFC7CE", bold: true },
    ]);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
    expect(s.page).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "A1:E6",
      printTitleRows: "$1:$1",
      topMargin: 54,
      leftMargin: 36,
      centerHorizontally: true,
    });
    expect(excel.state.tables.map((t) => t.name)).toEqual(["检查表"]);
    expect(s.tabColor).toBe("#FFC000");
    expect(s.visibility).toBe("Visible");
    expect(excel.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("replaces an existing sheet in place, table name included, leaving no scratch sheet", async () => {
    const { excel, workbook } = setup({
      sheets: [{ name: "台账" }, { name: "检查结果", rows: [["旧"]] }, { name: "参数" }],
    });
    await workbook.writeSheet(model);
    await workbook.writeSheet({ ...model, rows: [["新"]], table: { name: "检查表", range: "A1:A1" } });
    expect(excel.sheetNames()).toEqual(["台账", "检查结果", "参数"]);
    expect(excel.sheet("检查结果").cell("A1").value).toBe("新");
    expect(excel.sheet("检查结果").cell("B2").value).toBeNull();
    expect(excel.state.tables.map((t) => t.name)).toEqual(["检查表"]);
  });

  it("replaces the only visible sheet", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "检查结果", rows: [["旧"]] }] });
    await workbook.writeSheet({ name: "检查结果", rows: [["新"]] });
    expect(excel.sheetNames()).toEqual(["检查结果"]);
    expect(excel.sheet("检查结果").cell("A1").value).toBe("新");
  });

  it("hides the sheet when the model says so", async () => {
    const { excel, workbook } = setup();
    await workbook.writeSheet({ name: "_设置", rows: [["k", "v"]], visibility: "veryHidden" });
    expect(excel.sheet("_设置").visibility).toBe("VeryHidden");
  });

  it("refuses to replace a protected sheet, with a Chinese message, and leaves it as it was", async () => {
    const { excel, workbook } = setup({
      sheets: [{ name: "台账" }, { name: "检查结果", rows: [["旧"]], protected: true }],
    });
    const err = await workbook.writeSheet(model).catch((e: unknown) => e);
    expect(SheetProtectedError.is(err)).toBe(true);
    expect((err as SheetProtectedError).code).toBe("sheet-protected");
    expect((err as SheetProtectedError).message).toContain("工作表“检查结果”受保护");
    expect((err as SheetProtectedError).localized("en-US")).toContain("protected");
    expect(excel.sheetNames()).toEqual(["台账", "检查结果"]);
    expect(excel.sheet("检查结果").cell("A1").value).toBe("旧");
  });

  it("skips page setup, validations and other newer features gracefully on an older Excel", async () => {
    const { excel, workbook } = setup({ apiVersion: "1.7", sheets: [{ name: "台账" }] });
    await workbook.writeSheet(model);
    const s = excel.sheet("检查结果");
    expect(s.cell("D2")).toMatchObject({ value: "=1+1", type: "String" });
    expect(s.page.printArea).toBeNull();
    expect(s.validations).toEqual([]);
    expect(s.freeze).toEqual({ rows: 1, columns: 1 });
  });

  it("removes its scratch sheet and keeps the old sheet when rendering fails", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "检查结果", rows: [["旧"]] }] });
    const bad: SheetModel = { name: "检查结果", rows: [["x"]], merges: ["not an address"] };
    await expect(workbook.writeSheet(bad)).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(excel.sheetNames()).toEqual(["检查结果"]);
    expect(excel.sheet("检查结果").cell("A1").value).toBe("旧");
    expect(excel.sheetNames()).not.toContain(scratchSheetName("检查结果"));
  });

  it("writes a 50,000 × 30 sheet in chunks under 5 MB", async () => {
    const { excel, workbook } = setup();
    const seed = ledger(50_000, 30);
    await workbook.writeSheet({ name: "大表", rows: seed.rows as (string | number)[][] });
    const s = excel.sheet("大表");
    expect(s.cell("A50000").value).toBe(`JJ${String(49_999).padStart(8, "0")}`);
    expect(s.cell("A2")).toMatchObject({ value: "JJ00000001", type: "String" });
    expect(excel.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.stats.syncs).toBeLessThanOrEqual(Math.ceil((50_000 * 30) / 200_000) + 4);
    console.info(`writeSheet 50,000 × 30: ${JSON.stringify(excel.stats)}`);
  });
});

describe("ExcelWorkbook.deleteSheet", () => {
  it("deletes a sheet and ignores a missing one", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "a" }, { name: "b" }] });
    await workbook.deleteSheet("b");
    await workbook.deleteSheet("nope");
    expect(excel.sheetNames()).toEqual(["a"]);
  });
});

describe("ExcelWorkbook.getSelection", () => {
  it.each([
    ["B5:C7", "B5:C7", [5, 6, 7]],
    ["A2:A3,C9", "A2:A3,C9", [2, 3, 9]],
    ["B:B", "B:B", [1, 2, 3, 4]], // a whole column stops at the last used row
    ["D20", "D20", [20]], // below the data: still the selected row
  ])("reads the selection %s", async (address, expected, rows) => {
    const { workbook } = setup({
      sheets: [{ name: "It's (1)!", rows: [[1], [2], [3], [4]] }],
      selection: { sheet: "It's (1)!", address },
    });
    expect(await workbook.getSelection()).toEqual({ sheet: "It's (1)!", address: expected, rows });
  });

  it("uses getSelectedRange before ExcelApi 1.9", async () => {
    const { workbook } = setup({
      apiVersion: "1.8",
      sheets: [{ name: "台账" }],
      selection: { sheet: "台账", address: "C3:D4" },
    });
    expect(await workbook.getSelection()).toEqual({ sheet: "台账", address: "C3:D4", rows: [3, 4] });
  });

  it("answers null when no cells are selected (a chart is)", async () => {
    const { workbook } = setup({ selection: null });
    expect(await workbook.getSelection()).toBeNull();
  });
});

describe("ExcelWorkbook.activate", () => {
  it("shows the sheet, unhiding it, and selects the cell", async () => {
    const { excel, workbook } = setup({ sheets: [{ name: "台账" }, { name: "结果", visibility: "Hidden" }] });
    await workbook.activate("结果", "C5");
    expect(excel.activeSheet).toBe("结果");
    expect(excel.selection).toEqual({ sheet: "结果", address: "C5" });
    expect(excel.sheet("结果").visibility).toBe("Visible");
  });
});

describe("cell-edit mode", () => {
  it("retries while the user edits a cell, then succeeds", async () => {
    const { excel, workbook } = setup({ cellEditRuns: 2, sheets: [{ name: "台账", rows: [[1]] }] });
    expect(await workbook.readValues("台账", 1, 1, 1)).toEqual([[1]]);
    expect(excel.runCount).toBe(3);
  });

  it("gives up with ExcelBusyError telling the user what to do", async () => {
    const { excel, workbook } = setup({ cellEditRuns: 100 });
    const err = await workbook.listSheets().catch((e: unknown) => e);
    expect(ExcelBusyError.is(err)).toBe(true);
    expect((err as Error).message).toBe("请先完成单元格编辑（按 Enter 或 Esc），然后再试");
    expect(excel.runCount).toBe(4); // the first attempt and 3 retries
  });
});
