import type { LoanClass } from "../../../../src/core/classification/loan-class";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import type { RowValues } from "../../../support/ledger-builder";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("classBelowFloor", () => {
  it.each<[string, RowValues]>([
    ["正常, not overdue", {}],
    ["关注, 10 days overdue", { class: "关注", overdueDays: 10 }],
    ["关注, 90 days overdue (超过 excludes 90)", { class: "关注", overdueDays: 90 }],
    ["次级, 91 days overdue", { class: "次级", overdueDays: 91 }],
    ["损失, 10 days overdue (worse than the floor is judgment)", { class: "损失", overdueDays: 10 }],
    ["正常, technically overdue 5 days", { overdueDays: 5, conditions: "技术性逾期" }],
    ["正常, past maturity but settled", { balance: 0, overdueDays: null, maturity: "2025-12-01" }],
    ["正常, maturing on the as-of date", { overdueDays: null, maturity: "2026-03-31" }],
    ["an unreadable class", { class: "逾期", overdueDays: 400 }],
    ["an empty class", { class: null, overdueDays: 400 }],
    ["次级 card debt 95 days overdue", { class: "次级", overdueDays: 95, product: "信用卡透支" }],
    ["a 他行不良 retail loan (the rule is non-retail only)", { conditions: "他行不良", product: "个人消费贷款" }],
  ])("reports nothing for %s", (_name, over) => {
    expect(findingsOf(aLedger().withLoan(over).build(), "class-below-floor")).toEqual([]);
  });

  it.each<[string, RowValues, LoanClass, LoanClass, 0 | 1]>([
    ["正常 10 days overdue", { overdueDays: 10 }, "正常", "关注", 0],
    ["关注 100 days overdue", { class: "关注", overdueDays: 100 }, "关注", "次级", 1],
    ["次级 271 days overdue", { class: "次级", overdueDays: 271 }, "次级", "可疑", 0],
    ["可疑 400 days overdue", { class: "可疑", overdueDays: 400 }, "可疑", "损失", 0],
    ["正常 with 挪用", { conditions: "挪用" }, "正常", "关注", 0],
    ["关注 in liquidation", { class: "关注", conditions: "破产清算" }, "关注", "损失", 1],
    ["正常 with a known and an unknown condition", { conditions: "挪用、资金紧张" }, "正常", "关注", 0],
    ["次级 with ECL 60%", { class: "次级", ecl: 0.6 }, "次级", "可疑", 0],
    ["次级 with ECL typed as 95 (percent)", { class: "次级", ecl: 95 }, "次级", "损失", 0],
    ["次级 card debt 150 days overdue", { class: "次级", overdueDays: 150, product: "信用卡" }, "次级", "可疑", 0],
    [
      "正常 with no overdue days, 89 days past maturity",
      { overdueDays: null, maturity: "2026-01-01" },
      "正常",
      "关注",
      0,
    ],
    [
      "关注 with no overdue days, 120 days past maturity",
      { class: "关注", overdueDays: null, maturity: "2025-12-01" },
      "关注",
      "次级",
      1,
    ],
  ])("reports %s", (_name, over, recorded, floor, npl) => {
    const b = aLedger().withLoan(over);
    const findings = findingsOf(b.build(), "class-below-floor");
    expect(findings.map(brief)).toEqual([
      { rule: "class-below-floor", severity: "error", row: 2, cell: b.cellOf("class", 2) },
    ]);
    expect(findings[0]?.data).toEqual({ recorded, floor, npl });
  });

  it("derives overdue days from maturity when the sheet has no 逾期天数 column", () => {
    const b = aLedger().withoutColumns("overdueDays").withLoan({ maturity: "2025-12-01", class: "关注" });
    expect(findingsOf(b.build(), "class-below-floor")[0]?.data).toEqual({ recorded: "关注", floor: "次级", npl: 1 });
  });

  it("derives overdue days from maturity when the 逾期天数 cell is unreadable", () => {
    const b = aLedger().withLoan({ overdueDays: "约50", maturity: "2025-12-01", class: "关注" });
    expect(findingsOf(b.build(), "class-below-floor")[0]?.data).toEqual({ recorded: "关注", floor: "次级", npl: 1 });
  });

  it("prefers the stated 逾期天数 over the days past maturity", () => {
    const b = aLedger().withLoan({ overdueDays: 0, maturity: "2025-12-01" });
    expect(findingsOf(b.build(), "class-below-floor")).toEqual([]);
  });

  it("uses the thresholds of the settings", () => {
    const b = aLedger().withLoan({ class: "关注", overdueDays: 61 });
    const settings = {
      ...DEFAULT_SETTINGS,
      classification: { ...DEFAULT_SETTINGS.classification, substandardAfterDays: 60 },
    };
    expect(findingsOf(b.build(), "class-below-floor")).toEqual([]);
    expect(findingsOf(b.build(), "class-below-floor", { settings })).toHaveLength(1);
  });

  it("names the recorded class, the floor and the reason in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ class: "关注", overdueDays: 100 }).build(), "class-below-floor");
    expect(f?.message).toContain("关注");
    expect(f?.message).toContain("应至少为次级");
    expect(f?.message).toContain("逾期超过90天");
  });
});
