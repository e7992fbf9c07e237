import { MemoryWorkbook, type MemoryWorkbookEvent } from "../../../src/adapters/memory/memory-workbook";
import { SheetNameError, SheetProtectedError } from "../../../src/usecases/workbook-errors";
import { excelError } from "../../../src/core/values/cell-value";

function ledger(): MemoryWorkbook {
  return MemoryWorkbook.from({
    sheets: [
      {
        name: "台账",
        values: [
          ["借据号", "金额", null, "合并"],
          ["J001", 100],
          ["J002", 200],
        ],
        formulas: { C2: { formula: "=B2*2", result: 200 } },
        fills: { A2: "#FFC7CE" },
        notes: { A2: "金额超过合同" },
        numberFormats: { B2: "#,##0.00" },
        merges: ["D1:E1"],
      },
      { name: "保护", values: [["x"]], protected: true },
    ],
  });
}

describe("MemoryWorkbook.from", () => {
  it("refuses a seed with a sheet name Excel would refuse, or a name twice", () => {
    expect(() => MemoryWorkbook.from({ sheets: [{ name: "a/b", values: [] }] })).toThrow(SheetNameError);
    expect(() =>
      MemoryWorkbook.from({
        sheets: [
          { name: "A", values: [] },
          { name: "a", values: [] },
        ],
      }),
    ).toThrow(/two sheets/);
  });

  it("keeps a formula's result as its value until a formula engine is plugged in", () => {
    expect(ledger().cellAt("台账", "C2")).toMatchObject({ value: 200, formula: "=B2*2" });
  });
});

describe("MemoryWorkbook views", () => {
  it("lists sheet names in order and gives each sheet's cells with value, formula, fill, note, style and link", () => {
    const book = ledger();
    expect(book.sheetNames()).toEqual(["台账", "保护"]);
    const sheet = book.sheet("台账");
    expect([sheet.rowCount, sheet.columnCount, sheet.protected, sheet.visibility]).toEqual([3, 4, false, "visible"]);
    expect(sheet.cell(2, 0)).toEqual({
      value: "J001",
      formula: null,
      fill: "#FFC7CE",
      note: "金额超过合同",
      style: {},
      link: null,
    });
    expect(sheet.cell(2, 1).style).toEqual({ numberFormat: "#,##0.00" });
    expect(sheet.cell(99, 9)).toEqual({ value: null, formula: null, fill: null, note: null, style: {}, link: null });
    expect(sheet.merges).toEqual(["D1:E1"]);
  });

  it("lists every stored cell with its stored value, for a formula engine to load", () => {
    const entries = [...ledger().sheet("台账").entries()].map(({ row, col, cell }) => [
      row,
      col,
      cell.value,
      cell.formula,
    ]);
    expect(entries).toContainEqual([2, 2, 200, "=B2*2"]);
    expect(entries).toContainEqual([1, 0, "借据号", null]);
  });

  it("shows what writeSheet rendered: styles, fills, links, merges and the other features", async () => {
    const book = ledger();
    await book.writeSheet({
      name: "结果",
      rows: [
        ["标题", "丢弃"],
        [{ text: "去台账", link: { sheet: "台账", cell: "A2" } }, { formula: "=1+1" }],
      ],
      formats: [{ range: "A1:B1", style: { bold: true, fill: "#D9E1F2" } }],
      merges: ["A1:B1"],
      freeze: { rows: 1, columns: 0 },
      tabColor: "#00FF00",
    });
    const sheet = book.sheet("结果");
    expect(sheet.cell(1, 0)).toMatchObject({ value: "标题", fill: "#D9E1F2", style: { bold: true } });
    expect(sheet.cell(1, 1)).toMatchObject({ value: null, fill: "#D9E1F2" });
    expect(sheet.cell(2, 0)).toMatchObject({ value: "去台账", link: { sheet: "台账", cell: "A2" } });
    expect(sheet.cell(2, 1)).toMatchObject({ value: null, formula: "=1+1" });
    expect([sheet.freeze, sheet.tabColor, sheet.page, sheet.table]).toEqual([
      { rows: 1, columns: 0 },
      "#00FF00",
      null,
      null,
    ]);
  });
});

describe("setFormulaEvaluator", () => {
  it("reads formula cells, and only them, through the evaluator", async () => {
    const book = ledger();
    const asked: string[] = [];
    book.setFormulaEvaluator((sheet, row, col) => {
      asked.push(`${sheet}!${row},${col}`);
      return excelError("#N/A");
    });
    expect(await book.readValues("台账", 2, 1, 3)).toEqual([["J001", 100, excelError("#N/A")]]);
    expect(book.cellAt("台账", "C2").value).toEqual(excelError("#N/A"));
    expect(asked).toEqual(["台账!2,2", "台账!2,2"]);
    book.setFormulaEvaluator(null);
    expect(book.cellAt("台账", "C2").value).toBe(200);
  });
});

describe("setSelection and activeCell", () => {
  it.each([
    ["B5", "B5", [5], "B5"],
    ["f9:b5", "B5:F9", [5, 6, 7, 8, 9], "B5"],
    ["A2:A3,C7", "A2:A3,C7", [2, 3, 7], "A2"],
    ["3:4", "3:4", [3, 4], "A3"],
    ["$B:$B", "B:B", [1, 2, 3], "B1"],
  ])("selecting %p gives the address %p, rows %p and active cell %p", async (address, normal, rows, active) => {
    const book = ledger();
    book.setSelection("台账", address);
    expect(await book.getSelection()).toEqual({ sheet: "台账", address: normal, rows });
    expect(book.activeCell()).toEqual({ sheet: "台账", cell: active });
  });

  it("has no selection at first, and none once its sheet is deleted", async () => {
    const book = ledger();
    expect([await book.getSelection(), book.activeCell()]).toEqual([null, null]);
    book.setSelection("台账", "A1");
    await book.deleteSheet("台账");
    expect([await book.getSelection(), book.activeCell()]).toEqual([null, null]);
  });
});

describe("setCell", () => {
  it("sets a value or a formula, as a user typing", () => {
    const book = ledger();
    book.setCell("台账", "F3", "=不是公式");
    book.setCell("台账", "G3", { formula: "=F3" });
    expect(book.cellAt("台账", "F3")).toMatchObject({ value: "=不是公式", formula: null });
    expect(book.cellAt("台账", "G3")).toMatchObject({ value: null, formula: "=F3" });
    expect(book.sheet("台账").columnCount).toBe(7);
  });

  it("is refused on a protected sheet", () => {
    expect(() => ledger().setCell("保护", "A1", 1)).toThrow(SheetProtectedError);
  });
});

describe("subscribe", () => {
  it("tells listeners what changed until they unsubscribe", async () => {
    const book = ledger();
    const events: MemoryWorkbookEvent[] = [];
    const stop = book.subscribe((e) => events.push(e));
    await book.writeFormats("台账", [{ cell: "A1", fill: "#FF0000", note: "keep" }]);
    await book.writeSheet({ name: "新表", rows: [[1]] });
    book.setCell("台账", "A1", "x");
    await book.activate("新表", "A1");
    await book.deleteSheet("新表");
    stop();
    book.setCell("台账", "A1", "y");
    expect(events).toEqual([
      { kind: "formats", sheet: "台账" },
      { kind: "sheets", sheet: "新表" },
      { kind: "cells", sheet: "台账" },
      { kind: "selection", sheet: "新表" },
      { kind: "sheets", sheet: null },
    ]);
  });
});

describe("snapshotValues, snapshot and restore", () => {
  it("gives the used area's values", () => {
    expect(ledger().snapshotValues("台账")).toEqual([
      ["借据号", "金额", null, "合并"],
      ["J001", 100, 200, null],
      ["J002", 200, null, null],
    ]);
  });

  it("puts everything back as it was", async () => {
    const book = ledger();
    book.setSelection("台账", "B2");
    const saved = book.snapshot();
    await book.writeFormats("台账", [{ cell: "A2", fill: null, note: null }]);
    await book.writeSheet({ name: "台账", rows: [["全新"]] });
    await book.deleteSheet("保护");
    book.setSelection("台账", "A1");
    book.restore(saved);
    expect(book.sheetNames()).toEqual(["台账", "保护"]);
    expect(book.snapshotValues("台账")).toEqual(ledger().snapshotValues("台账"));
    expect(await book.readFormats("台账", ["A2"])).toEqual([{ fill: "#FFC7CE", note: "金额超过合同" }]);
    expect(await book.getSelection()).toEqual({ sheet: "台账", address: "B2", rows: [2] });
    // The snapshot is a copy: changing the workbook again leaves it intact.
    await book.writeFormats("台账", [{ cell: "A2", fill: null, note: null }]);
    book.restore(saved);
    expect(await book.readFormats("台账", ["A2"])).toEqual([{ fill: "#FFC7CE", note: "金额超过合同" }]);
  });
});
