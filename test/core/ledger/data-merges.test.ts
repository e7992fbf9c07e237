import { mergeFills, parseMergeArea } from "../../../src/core/ledger/data-merges";
import type { ColumnBinding } from "../../../src/core/ledger/ledger-types";
import type { CellValue } from "../../../src/core/values/cell-value";

describe("parseMergeArea", () => {
  it.each<[string, ReturnType<typeof parseMergeArea>]>([
    ["B2:B5", { top: 2, left: 1, bottom: 5, right: 1 }],
    ["$B$2:$C$5", { top: 2, left: 1, bottom: 5, right: 2 }],
    ["'台 账'!D9:D4", { top: 4, left: 3, bottom: 9, right: 3 }],
    ["E7", { top: 7, left: 4, bottom: 7, right: 4 }],
    ["B:B", null],
    ["3:5", null],
    ["A0:A3", null],
    ["B2:B5:B9", null],
    ["", null],
  ])("%s", (text, want) => {
    expect(parseMergeArea(text)).toEqual(want);
  });
});

describe("mergeFills", () => {
  /** 机构 (A), 客户名称 (B), 借据号 (C), 贷款余额 (D); E is unmapped. Header on row 1. */
  const BINDINGS: ColumnBinding[] = [
    { key: "branch", index: 0, header: "机构" },
    { key: "customer", index: 1, header: "客户名称" },
    { key: "loanNo", index: 2, header: "借据号" },
    { key: "balance", index: 3, header: "贷款余额" },
  ];
  const SHEET: CellValue[][] = [
    ["机构", "客户名称", "借据号", "贷款余额", "备注"],
    ["城关支行", "张三", "JJ1", 100, "已核"],
    [null, null, "JJ2", 200, null],
    [null, "  ", "JJ3", 300, null],
  ];
  const cellAt = (row: number, col: number): CellValue | undefined => SHEET[row - 1]?.[col];

  it.each<[string, string[], { range: string; key: string; value: CellValue }[]]>([
    ["a vertical merge in a mapped column", ["A2:A4"], [{ range: "A2:A4", key: "branch", value: "城关支行" }]],
    ["a wide merge, in its top-left column", ["C2:D3"], [{ range: "C2:D3", key: "loanNo", value: "JJ1" }]],
    ["a merge written from its bottom-right corner", ["A4:A2"], [{ range: "A2:A4", key: "branch", value: "城关支行" }]],
    ["a merge starting in the header", ["A1:A3"], []],
    ["a merge in an unmapped column", ["E2:E4"], []],
    ["a one-cell merge", ["B2"], []],
    ["a merge whose top-left cell is blank", ["B4:B5"], []],
    ["text that is not a range", ["B:B", "x"], []],
  ])("%s", (_what, merges, want) => {
    expect(
      mergeFills(merges, BINDINGS, 1, cellAt).map((f) => ({ range: f.range, key: f.key, value: f.value })),
    ).toEqual(want);
  });

  it("lists the merges from the top of the sheet down", () => {
    expect(mergeFills(["B3:B4", "A2:A4"], BINDINGS, 1, (r, c) => `${r}:${c}`).map((f) => f.range)).toEqual([
      "A2:A4",
      "B3:B4",
    ]);
  });
});
