import { COLUMN_CATALOGUE } from "../../../src/core/ledger/column-catalogue";
import { matchHeader, normalizeHeader } from "../../../src/core/ledger/header-match";
import { COLUMN_KEYS, type ColumnKey } from "../../../src/core/ledger/ledger-types";

describe("normalizeHeader", () => {
  it.each([
    ["贷款余额\n（万元）", "贷款余额"],
    ["贷款金额(元)", "贷款金额"],
    ["执行利率（％）", "执行利率"],
    ["逾期天数(天)", "逾期天数"],
    ["【必填】客户名称", "客户名称"],
    ["客户名称【必填】", "客户名称"],
    ["证件号码（身份证/统一社会信用代码）", "证件号码"],
    ["★客户名称", "客户名称"],
    ["*借据号", "借据号"],
    ["借据号*", "借据号"],
    ["客户名称：", "客户名称"],
    ["客户名称:", "客户名称"],
    ["客 户 名 称", "客户名称"],
    ["客\u3000户\u200b名称", "客户名称"],
    ["ＥＣＬ比例", "ecl比例"],
    ["余额（（万元））", "余额"],
    ["余额〔万元〕", "余额"],
    ["五级分类（上期）", "五级分类上期"],
    ["五级分类(本期)", "五级分类本期"],
    ["借据号（旧）", "借据号旧"],
    ["(万元)", ""],
    ["", ""],
  ])("normalises %j to %j", (raw, want) => {
    expect(normalizeHeader(raw)).toBe(want);
  });
});

describe("matchHeader", () => {
  it.each<[string, ColumnKey]>([
    ["客户名称", "customer"],
    ["借款人", "customer"],
    ["借款人名称", "customer"],
    ["户名", "customer"],
    ["借据号", "loanNo"],
    ["借据编号", "loanNo"],
    ["贷款余额\n（万元）", "balance"],
    ["贷款金额\n(万元)", "amount"],
    ["贷款金额", "amount"],
    ["贷款余额", "balance"],
    ["逾期本金", "overduePrincipal"],
    ["最近检查日期", "lastInspection"],
    ["最近一次检查日期", "lastInspection"],
    ["上次检查日期", "lastInspection"],
    ["首次检查日期", "firstInspection"],
    ["五级分类(本期)", "class"],
    ["本期五级分类", "class"],
    ["证件号码(身份证/统一社会信用代码)", "idNumber"],
    ["管户\n客户经理", "officer"],
    ["逾期天数（天）", "overdueDays"],
    ["预期信用损失比例（%）", "ecl"],
    ["期限（月）", "termMonths"],
    ["处理方式", "handling"],
    // Careful contains: a neutral word before or after a term.
    ["期末贷款余额", "balance"],
    ["本期末贷款余额", "balance"],
    ["合同到期日", "maturity"],
    ["借款人证件号码", "idNumber"],
    ["客户经理姓名", "officer"],
    ["当前五级分类", "class"],
    ["五级分类当前", "class"],
    ["实际放款日期", "disbursed"],
  ])("maps %j to %s", (header, key) => {
    expect(matchHeader(header)).toBe(key);
  });

  it.each([
    "上期五级分类",
    "五级分类（上期）",
    "五级分类(上月)",
    "年初余额",
    "年初贷款余额",
    "展期到期日",
    "保险到期日",
    "诉讼时效到期日",
    "下次检查日期",
    "五级分类变动原因",
    "担保金额",
    "保证人姓名",
    "借据号（旧）",
    "贷后检查",
    "联系电话",
    "城关农村信用合作社贷后管理台账",
    "统计日期：2026年10月31日",
    "",
    "   ",
    "（万元）",
  ])("leaves %j unmapped", (header) => {
    expect(matchHeader(header)).toBeNull();
  });

  it.each([null, undefined, 42, true, { kind: "excel-error", code: "#N/A" }])("is null for a non-text cell %p", (v) => {
    expect(matchHeader(v)).toBeNull();
  });

  it("is null for text far longer than a header", () => {
    expect(matchHeader(`客户名称${"的".repeat(100)}`)).toBeNull();
  });

  it("recognises every label and synonym of the catalogue as its own column, however it is written", () => {
    const wrong: string[] = [];
    for (const key of COLUMN_KEYS) {
      const spec = COLUMN_CATALOGUE[key];
      for (const term of [spec.label, ...spec.synonyms]) {
        const chars = [...term];
        const broken = chars.length > 2 ? `${chars.slice(0, 2).join("")}\n${chars.slice(2).join("")}` : term;
        for (const written of [term, ` ${broken}（万元）`, `★${term}：`]) {
          if (matchHeader(written) !== key) wrong.push(`${JSON.stringify(written)} → ${String(matchHeader(written))}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives the same answer on a second call (results are remembered by text)", () => {
    expect(matchHeader("贷款余额（元）")).toBe("balance");
    expect(matchHeader("贷款余额（元）")).toBe("balance");
    expect(matchHeader("上期五级分类")).toBeNull();
    expect(matchHeader("上期五级分类")).toBeNull();
  });
});
