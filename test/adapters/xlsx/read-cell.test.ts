import ExcelJS from "exceljs";
import { excelError } from "../../../src/core/values/cell-value";
import { dayFromYmd } from "../../../src/core/values/day";
import { parseDate } from "../../../src/core/values/parse-date";
import { excelSerialFromDate, readCell, readCellValue } from "../../../src/adapters/xlsx/read-cell";

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe("readCellValue", () => {
  it.each<[string, unknown, unknown]>([
    ["a number", 1000.5, 1000.5],
    ["zero", 0, 0],
    ["text", "J001", "J001"],
    ["digits stored as text", "00123", "00123"],
    ["text that looks like an error", "#N/A", "#N/A"],
    ["true", true, true],
    ["false", false, false],
    ["null", null, null],
    ["undefined", undefined, null],
    ["NaN", Number.NaN, null],
    ["a formula with a number result", { formula: "B2*2", result: 2001 }, 2001],
    ["a formula with a text result", { formula: 'IF(1,"负")', result: "负" }, "负"],
    ["a formula with an error result", { formula: "NA()", result: { error: "#N/A" } }, excelError("#N/A")],
    ["a formula with no result", { formula: "A1" }, null],
    ["a shared formula", { sharedFormula: "D2", result: 7 }, 7],
    ["rich text", { richText: [{ text: "逾期" }, { font: { bold: true }, text: "90天" }] }, "逾期90天"],
    ["a hyperlink", { text: "转到台账", hyperlink: "#'台账'!A2" }, "转到台账"],
    ["a hyperlink with rich text", { text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" }, "ab"],
    ["#DIV/0!", { error: "#DIV/0!" }, excelError("#DIV/0!")],
    ["#SPILL!", { error: "#SPILL!" }, excelError("#SPILL!")],
    ["an error code Excel does not define", { error: "#WHAT?" }, excelError("#UNKNOWN!")],
  ])("reads %s", (_label, value, expected) => {
    expect(readCellValue(value, false)).toEqual(expected);
  });

  it.each([
    [utc(2023, 3, 15), false, 45000],
    [utc(2023, 3, 15, 12), false, 45000.5],
    [utc(2023, 3, 15), true, 45000 - 1462],
    // ExcelJS turns serial 1 into 1899-12-31 (its formula ignores Excel's 1900-02-29); reading inverts it.
    [utc(1899, 12, 31), false, 1],
  ])("reads the Date %p (1904: %p) as the serial %p", (date, date1904, serial) => {
    expect(readCellValue(date, date1904)).toBeCloseTo(serial, 9);
  });

  it("reads a formula's Date result as a serial", () => {
    expect(readCellValue({ formula: "TODAY()", result: utc(2023, 3, 15) }, false)).toBe(45000);
  });

  it("gives the serial that parseDate reads as the same calendar day, in both date systems", () => {
    for (const date1904 of [false, true]) {
      const serial = readCellValue(utc(2026, 3, 5), date1904);
      const parsed = parseDate(serial, { date1904 });
      expect(parsed.ok && parsed.value).toBe(dayFromYmd(2026, 3, 5));
    }
  });
});

describe("excelSerialFromDate", () => {
  it("inverts ExcelJS's own serial-to-Date conversion", async () => {
    for (const date1904 of [false, true]) {
      const book = new ExcelJS.Workbook();
      book.properties.date1904 = date1904;
      const ws = book.addWorksheet("A");
      [59, 61, 45000, 45000.25, 2958465].forEach((serial, i) => {
        const cell = ws.getCell(i + 1, 1);
        cell.value = serial;
        cell.numFmt = "yyyy-mm-dd hh:mm";
      });
      const again = new ExcelJS.Workbook();
      await again.xlsx.load(await book.xlsx.writeBuffer());
      const read = [1, 2, 3, 4, 5].map((row) => again.getWorksheet("A")?.getCell(row, 1).value);
      expect(read.every((v) => v instanceof Date)).toBe(true);
      expect(read.map((v) => excelSerialFromDate(v as Date, date1904))).toEqual([59, 61, 45000, 45000.25, 2958465]);
    }
  });

  it("gives null for an invalid Date", () => {
    expect(excelSerialFromDate(new Date(Number.NaN), false)).toBeNull();
  });
});

describe("readCell", () => {
  it("reads the parts of a merge other than its top-left as empty, as Excel shows them", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("A");
    ws.getCell("A1").value = "合并标题";
    ws.mergeCells("A1:C1");
    expect(ws.getCell("B1").value).toBe("合并标题"); // ExcelJS repeats the master's value…
    expect(["A1", "B1", "C1"].map((a) => readCell(ws.getCell(a), false))).toEqual(["合并标题", null, null]);
  });

  it("reads a missing cell as empty", () => {
    expect(readCell(undefined, false)).toBeNull();
  });
});
