import { promises as fs } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { XlsxSaveError } from "../../../src/adapters/xlsx/save-errors";
import { xlsxBytesFromSeed } from "./xlsx-seed";

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "postloan-xlsx-"));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Opens what ExcelJS wrote, as a file from another program would be opened. */
async function openBuilt(build: (book: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const book = new ExcelJS.Workbook();
  build(book);
  return XlsxWorkbook.open(new Uint8Array(await book.xlsx.writeBuffer()));
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

describe("XlsxWorkbook", () => {
  describe("save and open by path", () => {
    it("writes a file that opens again with the same content", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({
        name: "检查结果",
        rows: [
          ["借据号", "金额"],
          ["J001", 1000.5],
        ],
      });
      const file = path.join(dir, "检查结果.xlsx");
      await book.save(file);
      const again = await XlsxWorkbook.open(file);
      expect(await again.readValues("检查结果", 1, 2, 2)).toEqual([
        ["借据号", "金额"],
        ["J001", 1000.5],
      ]);
    });

    it("rejects saving into a folder that does not exist, saying so", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({ name: "A", rows: [[1]] });
      const target = path.join(dir, "没有的文件夹", "out.xlsx");
      const error = await book.save(target).catch((e: unknown) => e);
      expect(XlsxSaveError.is(error)).toBe(true);
      expect(error).toMatchObject({ code: "no-folder", message: `无法保存文件，所在文件夹不存在：${target}` });
    });
  });

  describe("toBuffer", () => {
    it("gives the bytes of an .xlsx package", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({ name: "A", rows: [[1]] });
      const bytes = await book.toBuffer();
      expect(bytes).toBeInstanceOf(Uint8Array);
      expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    });

    it("writes print areas as absolute references, also for sheets read from a file", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({
        name: "打印",
        rows: [["x"]],
        page: {
          orientation: "portrait",
          paperSize: "A4",
          fitToWidth: true,
          printArea: "A1:F20",
          printTitleRows: "1:2",
        },
      });
      const first = await part(await book.toBuffer(), "xl/workbook.xml");
      expect(first).toContain("&apos;打印&apos;!$A$1:$F$20");
      expect(first).toContain("&apos;打印&apos;!$1:$2");
      const reopened = await XlsxWorkbook.open(await book.toBuffer());
      await reopened.writeSheet({ name: "其他", rows: [["y"]] });
      expect(await part(await reopened.toBuffer(), "xl/workbook.xml")).toContain("&apos;打印&apos;!$A$1:$F$20");
      // …and the workbook itself keeps reading the plain range.
      expect(reopened.workbook.getWorksheet("打印")?.pageSetup.printArea).toBe("A1:F20");
    });

    it("asks Excel to compute every formula on opening, since the written formulas have no results", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({ name: "A", rows: [[1, { formula: "=A1*2" }]] });
      expect(await part(await book.toBuffer(), "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    });
  });

  describe("readValues", () => {
    it.each([
      [false, 45000],
      [true, 45000 - 1462],
    ])("reads a Date cell as its serial number (1904: %p)", async (date1904, serial) => {
      const book = await openBuilt((b) => {
        b.properties.date1904 = date1904;
        const ws = b.addWorksheet("A");
        ws.getCell("A1").value = new Date(Date.UTC(2023, 2, 15));
        ws.getCell("A2").value = { formula: "A1", result: new Date(Date.UTC(2023, 2, 15, 6)) };
        ws.getCell("A2").numFmt = "yyyy-mm-dd hh:mm";
      });
      expect(await book.readValues("A", 1, 2, 1)).toEqual([[serial], [serial + 0.25]]);
    });

    it("reports progress in steps over a long sheet", async () => {
      const book = await openBuilt((b) => {
        const ws = b.addWorksheet("A");
        for (let row = 1; row <= 5000; row++) ws.getCell(row, 1).value = row;
      });
      const progress: number[] = [];
      const values = await book.readValues("A", 1, 5000, 1, { onProgress: (f) => progress.push(f) });
      expect(values[4999]).toEqual([5000]);
      expect(progress).toEqual([0.4, 0.8, 1]);
    });
  });

  describe("listSheets", () => {
    it("counts only cells with values or formulas, not formatted empty cells", async () => {
      const book = await openBuilt((b) => {
        const ws = b.addWorksheet("A");
        ws.getCell("B2").value = "x";
        ws.getCell("F9").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
        ws.getCell("D3").value = { formula: "B2" };
      });
      expect(await book.listSheets()).toEqual([
        { name: "A", visibility: "visible", rowCount: 3, columnCount: 4, protected: false },
      ]);
    });
  });

  describe("readFormats", () => {
    it("reads theme, indexed and gradient fills as colours, and a 'none' pattern as no fill", async () => {
      const book = await openBuilt((b) => {
        const ws = b.addWorksheet("A");
        ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4 } };
        ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { indexed: 13 } as never };
        ws.getCell("A3").fill = {
          type: "gradient",
          gradient: "angle",
          degree: 0,
          stops: [
            { position: 0, color: { argb: "FF00B050" } },
            { position: 1, color: { argb: "FFFFFFFF" } },
          ],
        };
        ws.getCell("A4").fill = { type: "pattern", pattern: "none" };
      });
      // ExcelJS writes the Office 2007 theme, whose accent 1 is 4F81BD: the file's own theme is used.
      expect((await book.readFormats("A", ["A1", "A2", "A3", "A4"])).map((f) => f.fill)).toEqual([
        "#4F81BD",
        "#FFFF00",
        "#00B050",
        null,
      ]);
    });

    it("keeps a note on an empty, unformatted cell through opening and saving", async () => {
      const book = await openBuilt((b) => {
        const ws = b.addWorksheet("A");
        ws.getCell("A1").value = "借据号";
        ws.getCell("B5").note = "缺少放款日";
      });
      expect(await book.readFormats("A", ["B5"])).toEqual([{ fill: null, note: "缺少放款日" }]);
      const again = await XlsxWorkbook.open(await book.toBuffer());
      expect(await again.readFormats("A", ["B5"])).toEqual([{ fill: null, note: "缺少放款日" }]);
      expect(await again.listSheets()).toMatchObject([{ rowCount: 1, columnCount: 1 }]);
    });

    it("reads a note written as rich text as its plain text", async () => {
      const book = await openBuilt((b) => {
        b.addWorksheet("A").getCell("A1").note = {
          texts: [{ font: { bold: true }, text: "张三:\n" }, { text: "请核对金额" }],
        } as ExcelJS.Comment;
      });
      expect(await book.readFormats("A", ["A1"])).toEqual([{ fill: null, note: "张三:\n请核对金额" }]);
    });
  });

  describe("getSelection and activate", () => {
    it("gives null when the file records no active cell", async () => {
      expect(
        await (
          await XlsxWorkbook.open(await xlsxBytesFromSeed({ sheets: [{ name: "A", values: [[1]] }] }))
        ).getSelection(),
      ).toBeNull();
    });

    it("reads the active tab's active cell, or the first visible sheet's when the active tab is hidden", async () => {
      const book = await openBuilt((b) => {
        b.addWorksheet("A", { views: [{ state: "normal", activeCell: "B2" }] });
        b.addWorksheet("B", { views: [{ state: "normal", activeCell: "C7" }] });
        b.addWorksheet("C", { state: "hidden", views: [{ state: "normal", activeCell: "D4" }] });
        b.views = [{ x: 0, y: 0, width: 10000, height: 8000, firstSheet: 0, activeTab: 1, visibility: "visible" }];
      });
      expect(await book.getSelection()).toEqual({ sheet: "B", address: "C7", rows: [7] });
      book.workbook.views = [{ ...book.workbook.views[0], activeTab: 2 } as ExcelJS.WorkbookView];
      expect(await book.getSelection()).toEqual({ sheet: "A", address: "B2", rows: [2] });
    });

    it("leaves exactly one tab selected, so Excel does not open the sheets grouped", async () => {
      const book = await openBuilt((b) => {
        b.addWorksheet("A", { views: [{ state: "normal", tabSelected: true } as never] });
        b.addWorksheet("B");
      });
      await book.activate("B", "A5");
      const bytes = await book.toBuffer();
      const [a, b] = await Promise.all([
        part(bytes, "xl/worksheets/sheet1.xml"),
        part(bytes, "xl/worksheets/sheet2.xml"),
      ]);
      expect(a).not.toContain('tabSelected="1"');
      expect(b).toContain('tabSelected="1"');
      expect(b).toContain('activeCell="A5"');
    });

    it("keeps the workbook's active tab on a sheet that exists when the last sheet is deleted", async () => {
      const book = await openBuilt((b) => {
        b.addWorksheet("A", { state: "hidden" });
        b.addWorksheet("B");
        b.addWorksheet("C", { views: [{ state: "normal", activeCell: "B3" }] });
      });
      await book.activate("C", "B3");
      await book.deleteSheet("C");
      expect(book.workbook.views[0]).toMatchObject({ activeTab: 1, firstSheet: 0 });
      const again = await XlsxWorkbook.open(await book.toBuffer());
      expect((await again.listSheets()).map((s) => s.name)).toEqual(["A", "B"]);
    });

    it("keeps a frozen pane when selecting a cell", async () => {
      const book = XlsxWorkbook.create();
      await book.writeSheet({ name: "A", rows: [["h"], [1]], freeze: { rows: 1, columns: 0 } });
      await book.activate("A", "A2");
      expect(book.workbook.getWorksheet("A")?.views[0]).toMatchObject({ state: "frozen", ySplit: 1, activeCell: "A2" });
    });
  });
});
