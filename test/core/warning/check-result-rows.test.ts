import type { CellValue } from "../../../src/core/values/cell-value";
import { findCheckResultHeader, readCheckResultRows } from "../../../src/core/warning/check-result-rows";

const HEADER = ["工作表", "单元格", "借据号", "客户名称", "列", "值", "规则", "级别", "问题", "建议"];
const values: CellValue[][] = [
  ["台账检查结果"],
  ["台账工作表", "贷后台账"],
  [],
  HEADER,
  ["贷后台账", "Q7", "JJ001", "张三", "五级分类", "正常", "分类低于底线", "错误", "逾期95天仍为正常", "下调"],
  ["贷后台账", "第9行", "JJ002", "李四", null, null, "必填项缺失", "错误", "管户客户经理未填写", "补齐"],
  ["贷后台账", "B10", null, null, null, null, "必填项缺失", "错误", "借据号未填写", "补齐"],
];

describe("findCheckResultHeader", () => {
  it("finds the findings' header below the summary", () => {
    expect(findCheckResultHeader(values)).toEqual({
      row: 4,
      columns: { sheet: 0, cell: 1, key: 2, rule: 6, message: 8 },
    });
  });

  it("reads an English sheet too", () => {
    const en = [
      ["Sheet", "Cell", "Loan no.", "Customer", "Column", "Value", "Rule", "Severity", "Problem", "Suggestion"],
    ];
    expect(findCheckResultHeader(en)?.row).toBe(1);
  });

  it("is null for a ledger", () => {
    expect(findCheckResultHeader([["序号", "客户名称", "借据号"]])).toBeNull();
  });
});

describe("readCheckResultRows", () => {
  it("gives the selected findings with their ledger row and 借据号", () => {
    expect(readCheckResultRows(values, [1, 4, 5, 6, 7, 99])).toEqual([
      {
        resultRow: 5,
        ledgerSheet: "贷后台账",
        ledgerRow: 7,
        key: "JJ001",
        rule: "分类低于底线",
        message: "逾期95天仍为正常",
      },
      {
        resultRow: 6,
        ledgerSheet: "贷后台账",
        ledgerRow: 9,
        key: "JJ002",
        rule: "必填项缺失",
        message: "管户客户经理未填写",
      },
      { resultRow: 7, ledgerSheet: "贷后台账", ledgerRow: 10, key: null, rule: "必填项缺失", message: "借据号未填写" },
    ]);
  });
});
