import { findHeaderRow, headerAt } from "../../../src/core/ledger/find-header-row";
import type { ColumnKey } from "../../../src/core/ledger/ledger-types";
import type { CellValue } from "../../../src/core/values/cell-value";

const n = null;

function keysAt(values: CellValue[][]): Record<string, number> | null {
  const found = findHeaderRow(values);
  return found === null ? null : Object.fromEntries(found.bindings.map((b) => [b.key, b.index]));
}

describe("findHeaderRow", () => {
  it("takes the row with the most recognised columns", () => {
    const values: CellValue[][] = [
      ["贷后管理台账"],
      ["客户名称", "借据号", "贷款余额"],
      ["客户名称", "借据号", "贷款余额", "五级分类", "到期日"],
      ["张三", "JJ1", 100, "正常", 46000],
    ];
    expect(findHeaderRow(values)).toMatchObject({ rowIndex: 2, topRowIndex: 2 });
  });

  it("takes the topmost row of equally good ones (a header repeated on every printed page)", () => {
    const header = ["客户名称", "借据号", "贷款余额", "五级分类"];
    expect(findHeaderRow([header, ["张三", "JJ1", 1, "正常"], header])?.rowIndex).toBe(0);
  });

  it.each<[string, CellValue[]]>([
    ["fewer than three recognised columns", ["客户名称", "借据号", "电话"]],
    ["no 客户名称 or 借据号", ["贷款金额", "贷款余额", "五级分类", "到期日"]],
    ["only titles and notes", ["城关支行贷后管理台账（2026年10月）"]],
  ])("finds nothing with %s", (_why, row) => {
    expect(findHeaderRow([row, ["张三", "JJ1", 1, "正常"]])).toBeNull();
  });

  it("accepts a header of exactly three columns when one is 借据号", () => {
    expect(keysAt([["借据号", "贷款余额", "五级分类"]])).toEqual({ loanNo: 0, balance: 1, class: 2 });
  });

  it("looks no further than maxScan rows", () => {
    const values: CellValue[][] = [[n], [n], [n], ["客户名称", "借据号", "贷款余额"]];
    expect(findHeaderRow(values, 3)).toBeNull();
    expect(findHeaderRow(values, 4)?.rowIndex).toBe(3);
  });

  it("keeps the first column of a key and lists later ones as unmapped, in column order", () => {
    const found = findHeaderRow([["借据号", "客户名称", "借据编号", "联系电话", "贷款余额", "户名"]]);
    expect(found?.bindings.map((b) => [b.key, b.index])).toEqual([
      ["loanNo", 0],
      ["customer", 1],
      ["balance", 4],
    ]);
    expect(found?.unmapped).toEqual([
      { index: 2, header: "借据编号" },
      { index: 3, header: "联系电话" },
      { index: 5, header: "户名" },
    ]);
  });

  it("keeps headers as written and skips empty header cells", () => {
    const found = findHeaderRow([["客户\n名称", n, "  ", "借据号", "贷款余额（万元）"]]);
    expect(found?.bindings).toEqual([
      { key: "customer", index: 0, header: "客户\n名称" },
      { key: "loanNo", index: 3, header: "借据号" },
      { key: "balance", index: 4, header: "贷款余额（万元）" },
    ]);
    expect(found?.unmapped).toEqual([]);
  });

  it("joins a group row with the sub-headers below it", () => {
    const values: CellValue[][] = [
      ["客户名称", "借据号", "贷款余额", "贷后检查", n, "五级分类", n],
      [n, n, n, "首次检查日期", "最近检查日期", "上期", "本期"],
      ["张三", "JJ1", 100, 46000, 46100, "正常", "关注"],
    ];
    const found = findHeaderRow(values);
    expect(found).toMatchObject({ rowIndex: 1, topRowIndex: 0 });
    expect(keysAt(values)).toEqual({
      customer: 0,
      loanNo: 1,
      balance: 2,
      firstInspection: 3,
      lastInspection: 4,
      class: 6,
    });
    expect(found?.unmapped).toEqual([{ index: 5, header: "五级分类\n上期" }]);
  });

  it("joins the chosen row with headers merged down from the row above", () => {
    const values: CellValue[][] = [
      ["客户名称", "借据号", "贷款情况", n, n, "管户客户经理"],
      [n, n, "贷款金额", "贷款余额", "五级分类", n],
      ["张三", "JJ1", 100, 80, "正常", "李四"],
    ];
    expect(findHeaderRow(values)).toMatchObject({ rowIndex: 1, topRowIndex: 0 });
    expect(keysAt(values)).toEqual({ customer: 0, loanNo: 1, amount: 2, balance: 3, class: 4, officer: 5 });
  });

  it("joins with the row above when that row carries headers the chosen row leaves empty", () => {
    const values: CellValue[][] = [
      [n, n, n, n, "管户客户经理"],
      ["客户名称", "借据号", "贷款余额", "五级分类", n],
      ["张三", "JJ1", 100, "正常", "李四"],
    ];
    expect(findHeaderRow(values)).toMatchObject({ rowIndex: 1, topRowIndex: 0 });
    expect(keysAt(values)).toMatchObject({ officer: 4 });
  });

  it("does not join a title row or a 统计日期 line above the header", () => {
    const values: CellValue[][] = [
      ["城关支行贷后管理台账", n, n, n],
      ["统计日期：2026-10-31", n, n, "单位：万元"],
      ["客户名称", "借据号", "贷款余额", n],
      ["张三", "JJ1", "100", "x"],
    ];
    expect(findHeaderRow(values)).toMatchObject({ rowIndex: 2, topRowIndex: 2, unmapped: [] });
  });

  it("does not join the first data row, even when all its cells are text", () => {
    const values: CellValue[][] = [
      ["客户名称", "借据号", "贷款余额", "五级分类", n],
      ["张三", "JJ1", "100", "正常", "检查方式"],
    ];
    expect(findHeaderRow(values)).toMatchObject({ rowIndex: 0, topRowIndex: 0 });
  });

  it("handles ragged rows, error values and 16,384 columns", () => {
    const wide: CellValue[] = new Array<CellValue>(16_384).fill(n);
    wide[0] = "客户名称";
    wide[1] = { kind: "excel-error", code: "#REF!" };
    wide[9_000] = "借据号";
    wide[16_383] = "贷款余额";
    expect(keysAt([[], ["x"], wide])).toEqual({ customer: 0, loanNo: 9_000, balance: 16_383 });
  });

  it("finds nothing in an empty sheet", () => {
    expect(findHeaderRow([])).toBeNull();
    expect(findHeaderRow([[], [n, n]])).toBeNull();
  });
});

describe("headerAt", () => {
  it("reads the row it is given without searching", () => {
    const found = headerAt(
      [
        ["客户名称", "备注"],
        ["借款人", "借据号"],
      ],
      1,
    );
    expect(found?.bindings.map((b) => b.key)).toEqual<ColumnKey[]>(["customer", "loanNo"]);
    expect(found).toMatchObject({ rowIndex: 1, topRowIndex: 1 });
  });

  it.each([-1, 2, 0.5, Number.NaN])("is null for a row index outside the values (%p)", (i) => {
    expect(headerAt([["a"], ["b"]], i)).toBeNull();
  });
});
