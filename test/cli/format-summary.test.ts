import { formatCheckReport, type CheckReportView } from "../../src/cli/format-summary";
import type { Finding, RuleId, Severity } from "../../src/core/findings/finding";
import type { LedgerCheckResult } from "../../src/core/ledger/check-ledger";

function finding(rule: RuleId, severity: Severity, row: number, cell: string | null, key: string | null): Finding {
  return {
    rule,
    severity,
    sheet: "台账",
    row,
    column: cell === null ? null : "管户客户经理",
    cell,
    key,
    value: null,
    message: `${rule} 在第 ${row} 行`,
    hint: "补齐",
  };
}

function result(findings: Finding[]): LedgerCheckResult {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    bySeverity[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return {
    findings,
    summary: {
      sheet: "台账",
      asOf: "2026-11-30",
      dataRows: 40,
      blankRows: 2,
      totalRows: 1,
      bySeverity,
      byRule,
      rowsWithErrors: 3,
      completeRows: 35,
      completeShare: 35 / 40,
      columns: [],
      verdict: bySeverity.error > 0 ? "errors" : bySeverity.warning > 0 ? "warnings" : "pass",
    },
  };
}

function view(findings: Finding[], over: Partial<CheckReportView> = {}): CheckReportView {
  return {
    file: "a.xlsx",
    sheet: "台账",
    asOfIso: "2026-11-30",
    asOfSource: "sheet",
    result: result(findings),
    ...over,
  };
}

const many = Array.from({ length: 14 }, (_, i) => finding("required-missing", "error", 5 + i, `R${5 + i}`, `JJ${i}`));

describe("formatCheckReport", () => {
  it("states the verdict, as-of date and its source, rows, severities and complete share", () => {
    const text = formatCheckReport(view([finding("inspection-overdue", "warning", 9, "T9", "JJ9")]), {
      locale: "zh-CN",
      limit: 10,
    });
    expect(text).toContain("工作表：台账");
    expect(text).toContain("结论：基本通过 —— 没有错误，有 1 处警告需要核实");
    expect(text).toContain("统计日期：2026-11-30（取自表内的统计日期）");
    expect(text).toContain("检查行数：40 行（另有空行 2 行、合计/小计行 1 行，未检查）");
    expect(text).toContain("完整行占比：87.5%（35/40 行");
    expect(text).toContain("按级别：错误 0 · 警告 1 · 提示 0");
    expect(text).toMatch(/贷后检查逾期 inspection-overdue\s+1 处/);
    expect(text).toMatch(/T9\s+借据号 JJ9\s+inspection-overdue 在第 9 行/);
  });

  it.each([
    ["explicit", "由 --as-of 指定"],
    ["today", "表内未写统计日期，按今天计算"],
  ] as const)("says where an as-of date from %s came from", (source, words) => {
    expect(formatCheckReport(view([], { asOfSource: source }), { locale: "zh-CN", limit: 10 })).toContain(words);
  });

  it("passes a ledger with no findings and lists nothing", () => {
    const text = formatCheckReport(view([]), { locale: "zh-CN", limit: 10 });
    expect(text).toContain("结论：通过");
    expect(text).not.toContain("问题明细");
    expect(text).not.toContain("--out");
  });

  it("lists at most `limit` findings per rule, says how many more, and points to --out", () => {
    const text = formatCheckReport(view(many), { locale: "zh-CN", limit: 10 });
    expect(text).toContain("结论：未通过 —— 有 14 处错误需要修改");
    expect(text).toContain("【必填项未填】required-missing · 错误 14 处");
    expect(text).toContain("R14");
    expect(text).not.toContain("R15 ");
    expect(text).toContain("…及另外 4 处");
    expect(text).toContain("--out");
  });

  it("lists every finding with limit 0", () => {
    const text = formatCheckReport(view(many), { locale: "zh-CN", limit: 0 });
    expect(text).toContain("R18");
    expect(text).not.toContain("…及另外");
  });

  it("names the row when a finding has no cell, and groups rules in registry order", () => {
    const text = formatCheckReport(
      view([finding("maturing-next-month", "info", 7, "M7", "JJ7"), finding("header-missing", "error", 3, null, null)]),
      { locale: "zh-CN", limit: 10 },
    );
    expect(text).toMatch(/第 3 行\s+header-missing/);
    expect(text.indexOf("【缺少必需列】")).toBeLessThan(text.indexOf("【次月到期】"));
  });

  it("reports the copy written with --out instead of the tip", () => {
    const text = formatCheckReport(
      view([finding("required-missing", "error", 5, "R5", "JJ1")], {
        written: { out: "/tmp/x.xlsx", sheet: "检查结果", marked: 1, note: "已另存为检查结果(2)" },
      }),
      { locale: "zh-CN", limit: 10 },
    );
    expect(text).toContain("已另存副本：/tmp/x.xlsx（“检查结果”工作表列出 1 处问题，标记 1 个单元格；原文件未改动）");
    expect(text).toContain("已另存为检查结果(2)");
    expect(text).not.toContain("提示：加上 --out");
  });

  it("speaks English with en-US", () => {
    const text = formatCheckReport(view(many), { locale: "en-US", limit: 2 });
    expect(text).toContain("Verdict: failed — 14 errors to fix");
    expect(text).toContain("As-of date: 2026-11-30 (stated in the sheet)");
    expect(text).toContain("[Required field empty] required-missing · Error 14");
    expect(text).toContain("… and 12 more");
    expect(text).toContain("Rows checked: 40 (also 2 blank rows");
    expect(text).not.toMatch(/结论|按级别|统计日期|问题明细/);
  });
});
