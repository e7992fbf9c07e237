import type { ColumnBinding } from "../../../src/core/ledger/ledger-types";
import { isTotalLabel, rowKind } from "../../../src/core/ledger/row-kind";
import type { CellValue } from "../../../src/core/values/cell-value";

const n = null;

/** 序号 | 机构 | 客户名称 | 借据号 | 贷款余额 | 备注, with column F (5) unmapped and G (6) 备注. */
const BINDINGS: ColumnBinding[] = [
  { key: "seq", index: 0, header: "序号" },
  { key: "branch", index: 1, header: "机构" },
  { key: "customer", index: 2, header: "客户名称" },
  { key: "loanNo", index: 3, header: "借据号" },
  { key: "balance", index: 4, header: "贷款余额" },
  { key: "remark", index: 6, header: "备注" },
];

describe("rowKind", () => {
  it.each<[string, CellValue[], "data" | "blank" | "total" | "header"]>([
    ["a loan", [1, "城关", "张三", "JJ1", 100, n, n], "data"],
    ["a loan with only a balance", [n, n, n, n, 100], "data"],
    ["an error value in a mapped cell", [n, n, n, n, { kind: "excel-error", code: "#N/A" }], "data"],
    ["nothing at all", [], "blank"],
    ["empty and whitespace cells", [n, "  ", "\u3000", "\n", n, n, ""], "blank"],
    ["text only in an unmapped column", [n, n, n, n, n, "以上数据已核对"], "blank"],
    ["合计 in 序号", ["合计", n, n, n, 300], "total"],
    ["合 计 with spaces", ["合 计", n, n, n, 300], "total"],
    ["合计： with a colon", [n, n, "合计：", n, 300], "total"],
    ["小计 after a branch name", [n, "城关支行小计", n, n, 300], "total"],
    ["总计", [n, n, n, "总计", 300], "total"],
    ["累计", ["累计", n, n, n, 300], "total"],
    ["合计 with a count", ["合计（128户）", n, n, n, 300], "total"],
    ["a total label with no figures", [n, "合计", n, n, n], "total"],
    ["合计 in column C even when unmapped", [n, n, "合计"], "total"],
    ["a remark ending in 合计 (not a label column)", [1, "城关", "张三", "JJ1", 100, n, "本息合计已还清"], "data"],
    ["a name containing 计 but no total word", [1, "城关", "计小明", "JJ1", 100], "data"],
    ["a number in 序号", [1, n, n, n, n], "data"],
    [
      "the header repeated (two tables pasted together)",
      ["序号", "机构", "客户名称", "借据号", "贷款余额", n, "备注"],
      "header",
    ],
    [
      "the header repeated in other spellings of the same columns",
      [n, "机构", "客户 名称", "借据号：", "贷款余额（万元）"],
      "header",
    ],
    [
      "the header repeated with a note beside it",
      [n, "机构", "客户名称", "借据号", "贷款余额", "第二张表", n],
      "header",
    ],
    ["a customer named 客户名称", [1, "城关", "客户名称", "JJ1", 100], "data"],
    ["header words, but a figure in the balance", [n, "机构", "客户名称", "借据号", 100], "data"],
    ["two header words and a word in the balance", [n, "机构", "客户名称", "JJ1", "暂无"], "data"],
    ["header words under the wrong columns", [n, "借据号", "贷款余额", "机构", "客户名称"], "data"],
  ])("%s is %s", (_what, cells, kind) => {
    expect(rowKind(cells, BINDINGS)).toBe(kind);
  });

  it("looks for a total label in a mapped name column beyond the first three", () => {
    const bindings: ColumnBinding[] = [
      { key: "balance", index: 0, header: "贷款余额" },
      { key: "amount", index: 1, header: "贷款金额" },
      { key: "class", index: 2, header: "五级分类" },
      { key: "officer", index: 7, header: "客户经理" },
    ];
    expect(rowKind([300, 400, n, n, n, n, n, "小计"], bindings)).toBe("total");
    expect(rowKind([300, 400, n, n, n, n, n, "李四"], bindings)).toBe("data");
  });
});

describe("isTotalLabel", () => {
  it.each<[CellValue | undefined, boolean]>([
    ["合计", true],
    ["小计", true],
    ["总计", true],
    ["共计", true],
    ["合　计", true],
    ["合计:", true],
    ["本页合计", true],
    ["城关支行 小计", true],
    ["张三", false],
    ["计划", false],
    ["", false],
    [n, false],
    [undefined, false],
    [100, false],
    [`${"很长的备注".repeat(10)}合计`, false],
  ])("%p → %p", (cell, want) => {
    expect(isTotalLabel(cell)).toBe(want);
  });
});
