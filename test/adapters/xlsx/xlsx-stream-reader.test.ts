import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PassThrough } from "stream";
import { XlsxOpenError } from "../../../src/adapters/xlsx/open-errors";
import { XlsxStreamWorkbook } from "../../../src/adapters/xlsx/xlsx-stream-reader";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { setSheetProtected } from "../../../src/adapters/xlsx/exceljs-internals";
import { excelError } from "../../../src/core/values/cell-value";
import { SheetNotFoundError } from "../../../src/usecases/workbook-errors";

/**
 * The streamed workbook must read every file as the in-memory one does: each
 * test opens the same bytes with both and compares everything the check
 * reads (sheets, used areas, 1904 flag, selection, values), and a few values
 * are also checked outright, so that both readers agreeing on a wrong value
 * still fails.
 */
async function expectSameAsXlsxWorkbook(bytes: Uint8Array): Promise<XlsxStreamWorkbook> {
  const stream = await XlsxStreamWorkbook.open(bytes);
  const whole = await XlsxWorkbook.open(bytes);
  const sheets = await whole.listSheets();
  expect(await stream.listSheets()).toEqual(sheets);
  expect(await stream.date1904()).toBe(await whole.date1904());
  expect(await stream.getSelection()).toEqual(await whole.getSelection());
  for (const s of sheets) {
    // Beyond the used area too: rows and columns past it read as empty in both.
    const rows = s.rowCount + 2;
    const columns = s.columnCount + 2;
    expect(await stream.readValues(s.name, 1, rows, columns)).toEqual(await whole.readValues(s.name, 1, rows, columns));
    expect([...(await stream.readMerges(s.name))].sort()).toEqual([...(await whole.readMerges(s.name))].sort());
  }
  return stream;
}

async function written(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** A file written by ExcelJS's streaming writer (no shared strings: text as t="str", rich text inline). */
async function streamWritten(build: (book: ExcelJS.stream.xlsx.WorkbookWriter) => void): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  build(book);
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

/** 2026-03-05 in the 1900 date system. */
const MARCH_5 = 46_086;

function ledgerSheet(book: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = book.addWorksheet("贷后台账");
  ws.addRow(["清河县农商行贷后管理台账"]);
  ws.mergeCells("A1:F1");
  ws.addRow(["借据号", "客户名称", "贷款余额", "到期日期", "五级分类", "备注"]);
  ws.addRow(["JJ001", "张三", 1500.5, new Date(Date.UTC(2026, 2, 5)), "正常", true]);
  ws.addRow(["JJ002", "", -0.25, new Date(Date.UTC(2026, 2, 5, 10, 20, 30)), { error: "#N/A" }, false]);
  ws.getCell("D3").numFmt = "yyyy-mm-dd";
  ws.getCell("D4").numFmt = "yyyy/m/d h:mm";
  ws.addRow([
    "JJ003",
    { richText: [{ text: "李", font: { bold: true } }, { text: "四" }] },
    { formula: "C3*2", result: 3001 },
    { formula: "D3+1", result: new Date(Date.UTC(2026, 2, 6)) },
    { formula: 'VLOOKUP("x",A:A,2,FALSE)', result: { error: "#N/A" } },
    { formula: 'IF(C3>0,"有","无")', result: "有" },
  ]);
  ws.getCell("D5").numFmt = "yyyy-mm-dd";
  ws.addRow([
    { text: "JJ004", hyperlink: "https://example.invalid/JJ004" },
    "王　五\n（个体）",
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "C3>0", result: true },
    { formula: "NA()" },
    "#N/A",
  ]);
  ws.getCell("A7").value = { sharedFormula: "C5", result: 17 } as unknown as ExcelJS.CellValue;
  ws.getCell("C5").value = { formula: "C3*2", result: 3001, shareType: "shared", ref: "C5:C7" } as ExcelJS.CellValue;
  ws.getCell("H9").value = "远处的单元格";
  ws.views = [{ activeCell: "B4" }];
  return ws;
}

describe("XlsxStreamWorkbook.open", () => {
  it("reads a ledger as XlsxWorkbook does: numbers, text, rich text, dates, errors, formula results, merges", async () => {
    const stream = await expectSameAsXlsxWorkbook(await written((book) => ledgerSheet(book)));
    const values = await stream.readValues("贷后台账", 1, 6, 6);
    expect(values[0]).toEqual(["清河县农商行贷后管理台账", null, null, null, null, null]);
    expect(values[2]).toEqual(["JJ001", "张三", 1500.5, MARCH_5, "正常", true]);
    expect(values[3]?.[3]).toBeCloseTo(MARCH_5 + (10 * 3600 + 20 * 60 + 30) / 86_400, 9);
    expect(values[3]?.[4]).toEqual(excelError("#N/A"));
    expect(values[4]).toEqual(["JJ003", "李四", 3001, MARCH_5 + 1, excelError("#N/A"), "有"]);
    expect(values[5]).toEqual(["JJ004", "王　五\n（个体）", excelError("#DIV/0!"), true, null, "#N/A"]);
  });

  it("reads the 1904 date system's flag and its serials as stored", async () => {
    const bytes = await written((book) => {
      book.properties.date1904 = true;
      const ws = book.addWorksheet("台账");
      ws.addRow(["到期日期", new Date(Date.UTC(2026, 2, 5))]);
      ws.getCell("B1").numFmt = "yyyy-mm-dd";
    });
    const stream = await expectSameAsXlsxWorkbook(bytes);
    expect(await stream.date1904()).toBe(true);
    expect(await stream.readValues("台账", 1, 1, 2)).toEqual([["到期日期", MARCH_5 - 1462]]);
  });

  it("lists sheets in workbook order with visibility, protection and used area, and the saved selection", async () => {
    const bytes = await written((book) => {
      book.addWorksheet("说明").addRow(["本表说明"]);
      const hidden = book.addWorksheet("参数", { state: "hidden" });
      hidden.getCell("C7").value = 1;
      book.addWorksheet("隐藏", { state: "veryHidden" }).addRow([1, 2]);
      const locked = ledgerSheet(book);
      setSheetProtected(locked, true);
      // Frozen header rows: the active cell is the lower pane's selection.
      locked.views = [{ state: "frozen", ySplit: 2, activeCell: "C5" }];
      book.addWorksheet("空表");
      book.views = [{ x: 0, y: 0, width: 10_000, height: 8_000, firstSheet: 0, activeTab: 3, visibility: "visible" }];
    });
    const stream = await expectSameAsXlsxWorkbook(bytes);
    expect(await stream.listSheets()).toEqual([
      { name: "说明", visibility: "visible", rowCount: 1, columnCount: 1, protected: false },
      { name: "参数", visibility: "hidden", rowCount: 7, columnCount: 3, protected: false },
      { name: "隐藏", visibility: "veryHidden", rowCount: 1, columnCount: 2, protected: false },
      { name: "贷后台账", visibility: "visible", rowCount: 9, columnCount: 8, protected: true },
      { name: "空表", visibility: "visible", rowCount: 0, columnCount: 0, protected: false },
    ]);
    expect(await stream.getSelection()).toEqual({ sheet: "贷后台账", address: "C5", rows: [5] });
  });

  it("reads a file from ExcelJS's streaming writer (text without shared strings, rich text inline)", async () => {
    const bytes = await streamWritten((book) => {
      const ws = book.addWorksheet("台账");
      ws.addRow(["借据号", "客户名称", "金额"]).commit();
      ws.addRow(["JJ001", { richText: [{ text: "张" }, { text: "三" }] }, 12.5]).commit();
      ws.addRow(["JJ002", "a & <b>", { formula: "C2*2", result: 25 }]).commit();
      ws.commit();
    });
    const stream = await expectSameAsXlsxWorkbook(bytes);
    expect(await stream.readValues("台账", 2, 2, 3)).toEqual([
      ["JJ001", "张三", 12.5],
      ["JJ002", "a & <b>", 25],
    ]);
  });

  it("reads Chinese text whose UTF-8 bytes straddle the zip's chunks (ExcelJS's own stream reader garbles it)", async () => {
    // Thousands of distinct names make a shared-strings part of many chunks; without decoding across them some name breaks.
    const names = ["马庄县马庄食品加工农民专业合作社", "蔡小红", "欧阳　建国", "石桥县白沙物流有限公司"];
    const bytes = await written((book) => {
      const ws = book.addWorksheet("台账");
      for (let i = 0; i < 3000; i++) ws.addRow([`JJ${i}`, `${names[i % names.length]}${i}`, i * 1.5]);
    });
    const stream = await expectSameAsXlsxWorkbook(bytes);
    expect(await stream.readValues("台账", 2001, 1, 2)).toEqual([["JJ2000", "马庄县马庄食品加工农民专业合作社2000"]]);
  }, 60_000);

  it("reads a file laid out as Excel writes it: sheets before the shared strings, inline and phonetic text", async () => {
    const zip = await JSZip.loadAsync(await written((book) => book.addWorksheet("台账").addRow(["x"])));
    const sheetXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B3" sqref="B3"/></sheetView></sheetViews>' +
      "<sheetData>" +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="3"><c r="A3" t="inlineStr"><is><t>行内文本</t></is></c><c r="B3" t="b"><v>0</v></c>' +
      '<c r="C3" t="e"><v>#REF!</v></c><c r="D3"><v>1.5E3</v></c><c r="E3" s="0"/></row>' +
      "</sheetData></worksheet>";
    const sharedXml =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">' +
      "<si><t>借据号</t></si>" +
      '<si><t>山田</t><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si>' +
      "<si><r><t>正</t></r><r><rPr><b/></rPr><t>常</t></r></si>" +
      "</sst>";
    // JSZip writes entries in the order they were added: the sheet first, the shared strings last.
    const rebuilt = new JSZip();
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir && n !== "xl/sharedStrings.xml");
    for (const name of names) {
      const text = name === "xl/worksheets/sheet1.xml" ? sheetXml : await zip.file(name)?.async("string");
      rebuilt.file(name, text ?? "");
    }
    rebuilt.file("xl/sharedStrings.xml", sharedXml);
    const types = await rebuilt.file("[Content_Types].xml")?.async("string");
    if (types !== undefined && !types.includes("sharedStrings")) {
      rebuilt.file(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
      );
    }
    const rels = (await rebuilt.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    if (!rels.includes("sharedStrings")) {
      rebuilt.file(
        "xl/_rels/workbook.xml.rels",
        rels.replace(
          "</Relationships>",
          '<Relationship Id="rIdSs" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        ),
      );
    }
    const bytes = new Uint8Array(await rebuilt.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    const stream = await expectSameAsXlsxWorkbook(bytes);
    expect(await stream.readValues("台账", 1, 3, 5)).toEqual([
      ["借据号", "山田", "正常", null, null],
      [null, null, null, null, null],
      ["行内文本", false, excelError("#REF!"), 1500, null],
    ]);
    expect(await stream.getSelection()).toEqual({ sheet: "台账", address: "B3", rows: [3] });
  });

  it.each([
    ["CSV text", new TextEncoder().encode("借据号,金额\nJJ001,100\n"), "csv"],
    ["an empty file", new Uint8Array(0), "truncated"],
    [
      "a zip without a workbook",
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]),
      "not-xlsx",
    ],
  ])("refuses %s as XlsxWorkbook does", async (_what, bytes, code) => {
    const error = await XlsxStreamWorkbook.open(bytes, { fileName: "台账.xlsx" }).catch((e: unknown) => e);
    expect(XlsxOpenError.is(error)).toBe(true);
    expect(error).toMatchObject({ code });
  });

  it.each([
    [
      "the workbook, the styles and the shared strings after the sheets",
      ["xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"],
    ],
    ["the workbook after the shared strings and the sheets", ["xl/workbook.xml"]],
    ["the styles after the shared strings and the sheets", ["xl/styles.xml"]],
  ])("reads a zip holding %s (zip order is the writer's choice)", async (_, last) => {
    const bytes = await written((book) => {
      book.properties.date1904 = true;
      ledgerSheet(book);
      book.addWorksheet("说明").addRow(["本表说明"]);
    });
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
    // Shared strings first (so that ExcelJS would parse the sheets as they come), then the sheets, then `last`.
    const order = [
      ...names.filter((n) => n === "xl/sharedStrings.xml" && !last.includes(n)),
      ...names.filter((n) => n !== "xl/sharedStrings.xml" && !last.includes(n)),
      ...last,
    ];
    const rebuilt = new JSZip();
    for (const name of order) rebuilt.file(name, (await zip.file(name)?.async("uint8array")) ?? new Uint8Array());
    const stream = await expectSameAsXlsxWorkbook(await rebuilt.generateAsync({ type: "uint8array" }));
    expect(await stream.date1904()).toBe(true);
    expect((await stream.listSheets()).map((s) => s.name)).toEqual(["贷后台账", "说明"]);
    expect(await stream.readValues("贷后台账", 3, 1, 4)).toEqual([["JJ001", "张三", 1500.5, MARCH_5 - 1462]]);
  });

  it("refuses a damaged zip as truncated", async () => {
    const bytes = await written((book) => {
      const ws = book.addWorksheet("台账");
      for (let i = 0; i < 200; i++) ws.addRow([`JJ${i}`, i * 1.5, `客户${i}`]);
    });
    // The end of the zip is intact (so the sniff passes); the sheet's compressed data is not.
    const damaged = bytes.slice();
    const sheetEntry = Buffer.from(damaged).indexOf("xl/worksheets/sheet1.xml");
    expect(sheetEntry).toBeGreaterThan(0);
    for (let i = sheetEntry + 40; i < sheetEntry + 400; i++) damaged[i] = 0xff;
    const error = await XlsxStreamWorkbook.open(damaged, { fileName: "台账.xlsx" }).catch((e: unknown) => e);
    expect(XlsxOpenError.is(error)).toBe(true);
  });
});

describe("XlsxStreamWorkbook.readValues", () => {
  it("reads any block of rows and columns, empty beyond the data", async () => {
    const stream = await XlsxStreamWorkbook.open(await written((book) => ledgerSheet(book)));
    expect(await stream.readValues("贷后台账", 3, 2, 2)).toEqual([
      ["JJ001", "张三"],
      ["JJ002", ""],
    ]);
    expect(await stream.readValues("贷后台账", 100, 1, 3)).toEqual([[null, null, null]]);
  });

  it("finds the sheet whatever the case of its name, and rejects one that does not exist", async () => {
    const stream = await XlsxStreamWorkbook.open(await written((book) => book.addWorksheet("Ledger").addRow([1])));
    expect(await stream.readValues("LEDGER", 1, 1, 1)).toEqual([[1]]);
    await expect(stream.readValues("台账", 1, 1, 1)).rejects.toBeInstanceOf(SheetNotFoundError);
  });

  it("reports progress when done", async () => {
    const stream = await XlsxStreamWorkbook.open(await written((book) => book.addWorksheet("A").addRow([1])));
    const progress: number[] = [];
    await stream.readValues("A", 1, 1, 1, { onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([1]);
  });
});

describe("XlsxStreamWorkbook.readMerges", () => {
  it("lists the merged areas as XlsxWorkbook does, and none for a sheet without", async () => {
    const stream = await expectSameAsXlsxWorkbook(
      await written((book) => {
        const ws = ledgerSheet(book);
        ws.mergeCells("B4:B5");
        ws.mergeCells("G2:H3");
        book.addWorksheet("无合并").addRow([1]);
      }),
    );
    expect([...(await stream.readMerges("贷后台账"))].sort()).toEqual(["A1:F1", "B4:B5", "G2:H3"]);
    expect(await stream.readMerges("无合并")).toEqual([]);
    await expect(stream.readMerges("没有")).rejects.toBeInstanceOf(SheetNotFoundError);
  });
});

describe("XlsxStreamWorkbook writes", () => {
  it.each(["readFormats", "writeFormats", "writeSheet", "deleteSheet", "activate"] as const)(
    "%s is refused: the streamed workbook is read-only",
    async (method) => {
      const stream = await XlsxStreamWorkbook.open(await written((book) => book.addWorksheet("A").addRow([1])));
      const call = (stream[method] as (...args: unknown[]) => Promise<unknown>).bind(stream);
      await expect(call("A", [], "A1")).rejects.toThrow(/read-only/);
    },
  );
});
