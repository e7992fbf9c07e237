import {
  absoluteRows,
  areaSize,
  charsToPoints,
  gridEdges,
  needsTextFormat,
  parseRect,
  valueBlocks,
} from "../../../src/adapters/excel/render-sheet";
import { jsonBytes } from "../../../src/adapters/excel/chunking";
import type { ModelCell } from "../../../src/core/sheet-model/sheet-model";

describe("needsTextFormat", () => {
  it.each([
    ["=1+1", true],
    ["+86 138", true],
    ["-abc", true],
    ["@user", true],
    ["\t=cmd", true],
    ["\r=cmd", true],
    ["'quoted", true],
    ["#N/A", true],
    ["TRUE", true],
    ["false", true],
    ["00123", true],
    ["110101199001011234", true], // an ID number would lose its last digits as a number
    ["1,234.50", true],
    ["12%", true],
    ["2024-01-05", true],
    ["2024/1/5", true],
    ["2024年1月5日", true],
    ["1/2", true],
    ["12:30", true],
    ["张三", false],
    ["JJ2024000123", false],
    ["正常", false],
    ["1号楼", false],
    ["", false],
    ["a=b", false],
  ])("%j → %s", (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });
});

describe("charsToPoints", () => {
  it.each([
    [8.43, 48], // Excel's default column: 64 px
    [10, 56.25], // 75 px
    [20, 108.75], // 145 px
    [1, 9], // 12 px
  ])("%f characters → %f points", (chars, points) => {
    expect(charsToPoints(chars)).toBeCloseTo(points, 5);
  });
});

describe("parseRect / areaSize", () => {
  it.each([
    ["B2", { row1: 2, col1: 1, row2: 2, col2: 1 }],
    ["B2:D9", { row1: 2, col1: 1, row2: 9, col2: 3 }],
    ["$D$9:$B$2", { row1: 2, col1: 1, row2: 9, col2: 3 }],
    ["C:E", null],
    ["3:5", null],
  ])("parseRect(%j)", (address, rect) => {
    expect(parseRect(address)).toEqual(rect);
  });

  it.each([
    ["B2:D9", { rows: 8, cols: 3 }],
    ["C:E", { rows: 1_048_576, cols: 3 }],
    ["3:5", { rows: 3, cols: 16_384 }],
    ["nonsense", null],
  ])("areaSize(%j)", (address, size) => {
    expect(areaSize(address)).toEqual(size);
  });
});

describe("gridEdges", () => {
  it.each([
    ["A1", ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]],
    ["A1:C1", ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical"]],
    ["A1:A3", ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal"]],
    ["A1:C3", ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"]],
  ])("draws %j with %j", (address, edges) => {
    expect(gridEdges(address)).toEqual(edges);
  });
});

describe("absoluteRows", () => {
  it.each([
    ["1:3", "$1:$3"],
    ["$1:$3", "$1:$3"],
    ["2:2", "$2:$2"],
  ])("%j → %j", (rows, expected) => {
    expect(absoluteRows(rows)).toBe(expected);
  });
});

describe("valueBlocks", () => {
  it("puts text that Excel would change under the text format, formulas apart, links with their text", () => {
    const rows: ModelCell[][] = [
      ["借据号", "金额", "备注"],
      ["00123", 1500, "=1+1"],
      [{ formula: "=B2*2" }, null, { text: "跳转", link: { sheet: "台账", cell: "A5" } }],
    ];
    const [block, ...rest] = [...valueBlocks(rows)];
    expect(rest).toEqual([]);
    expect(block).toMatchObject({
      row: 1,
      rowCount: 3,
      width: 3,
      values: [
        ["借据号", "金额", "备注"],
        ["00123", 1500, "=1+1"],
        [null, null, "跳转"],
      ],
      numberFormat: [
        [null, null, null],
        ["@", null, "@"],
        [null, null, null],
      ],
      formulas: [
        [null, null, null],
        [null, null, null],
        ["=B2*2", null, null],
      ],
      links: [{ cell: "C3", text: "跳转", sheet: "台账", target: "A5" }],
    });
  });

  it("leaves out the matrices a block does not need", () => {
    const [block] = [...valueBlocks([["a", 1]])];
    expect(block?.numberFormat).toBeNull();
    expect(block?.formulas).toBeNull();
  });

  it("pads short rows to the widest row", () => {
    const [block] = [...valueBlocks([["a"], ["b", "c", "d"], []])];
    expect(block?.values).toEqual([
      ["a", null, null],
      ["b", "c", "d"],
      [null, null, null],
    ]);
  });

  it("splits rows into blocks within the byte budget", () => {
    const rows: ModelCell[][] = Array.from({ length: 1_000 }, (_, i) => [
      `客户${i}`,
      i,
      "=x" + i,
      { formula: `=B${i + 1}*2` },
    ]);
    const blocks = [...valueBlocks(rows, { cells: 1_000_000, bytes: 10_000 })];
    expect(blocks.length).toBeGreaterThan(3);
    let next = 1;
    for (const b of blocks) {
      expect(b.row).toBe(next);
      next += b.rowCount;
      const actual = [b.values, b.numberFormat, b.formulas].reduce((n, m) => n + (m ? jsonBytes(m) : 0), 0);
      expect(actual).toBeLessThanOrEqual(10_000);
      expect(b.bytes).toBeGreaterThanOrEqual(actual * 0.95);
    }
    expect(next).toBe(1_001);
  });

  it("splits rows into blocks within the cell budget", () => {
    const rows: ModelCell[][] = Array.from({ length: 100 }, () => [1, 2, 3, 4]);
    const blocks = [...valueBlocks(rows, { cells: 40, bytes: 1e9 })];
    expect(blocks.map((b) => b.rowCount)).toEqual(Array.from({ length: 10 }, () => 10));
  });

  it("writes nothing for a model without rows", () => {
    expect([...valueBlocks([])]).toEqual([]);
  });
});
