import type { Finding } from "../../../src/core/findings/finding";
import type { LedgerCheckResult } from "../../../src/core/ledger/check-ledger";
import type { LedgerSummary } from "../../../src/core/ledger/ledger-summary";
import { buildCheckResultSheet, SEVERITY_FILL } from "../../../src/core/sheets/check-result-sheet";
import { isLinkCell, type ModelCell, type SheetModel } from "../../../src/core/sheet-model/sheet-model";
import { day } from "../../support/ledger-builder";

const AS_OF = day("2026-11-30");

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: "balance-exceeds-amount",
    severity: "error",
    sheet: "贷款台账",
    row: 6,
    column: "贷款余额\n（万元）",
    cell: "K6",
    key: "0012",
    value: "120",
    message: "贷款余额 120 大于贷款金额 100",
    hint: "核对余额",
    ...over,
  };
}

function summary(over: Partial<LedgerSummary> = {}): LedgerSummary {
  return {
    sheet: "贷款台账",
    asOf: "2026-11-30",
    dataRows: 6,
    blankRows: 1,
    totalRows: 1,
    bySeverity: { error: 1, warning: 0, info: 0 },
    byRule: { "balance-exceeds-amount": 1 },
    rowsWithErrors: 1,
    completeRows: 5,
    completeShare: 5 / 6,
    columns: [],
    verdict: "errors",
    ...over,
  };
}

function result(findings: Finding[], over: Partial<LedgerSummary> = {}): LedgerCheckResult {
  return { findings, summary: summary(over) };
}

function build(r: LedgerCheckResult, customers?: Map<number, string>): SheetModel {
  return buildCheckResultSheet(r, {
    ledgerSheet: "贷款台账",
    asOf: AS_OF,
    ...(customers === undefined ? {} : { customers }),
  });
}

function headerRowOf(model: SheetModel): number {
  return model.rows.findIndex((r) => r[0] === "工作表") + 1;
}

describe("buildCheckResultSheet", () => {
  it("puts the summary on top: ledger, as-of date, verdict, rows, severities and complete share", () => {
    const model = build(result([finding()]));
    expect(model.name).toBe("检查结果");
    expect(model.rows[0]).toEqual(["台账检查结果"]);
    expect(model.rows[1]).toEqual([
      "台账工作表",
      "贷款台账",
      "检查基准日",
      "2026-11-30",
      "结论",
      "未通过：有 1 个错误",
    ]);
    expect(model.rows[2]).toEqual(["检查行数", 6, "空行", 1, "合计行", 1, "完整率", 5 / 6]);
    expect(model.rows[3]).toEqual(["错误", 1, "警告", 0, "提示", 0, "有错误的行", 1]);
    expect(model.rows[4]).toEqual(["按规则", "余额大于贷款金额", 1]);
    expect(model.formats).toContainEqual({ range: "H3", style: { numberFormat: "0.0%" } });
  });

  it.each([
    ["errors", { error: 2, warning: 1, info: 0 }, "未通过：有 2 个错误", SEVERITY_FILL.error],
    ["warnings", { error: 0, warning: 3, info: 1 }, "需核实：有 3 个警告", SEVERITY_FILL.warning],
    ["pass", { error: 0, warning: 0, info: 2 }, "通过", "#C6EFCE"],
  ] as const)("states the verdict %s in words and colour", (verdict, bySeverity, text, fill) => {
    const model = build(result([], { verdict, bySeverity }));
    expect(model.rows[1]?.[5]).toBe(text);
    expect(model.formats?.find((f) => f.range === "F2")?.style.fill).toBe(fill);
  });

  it("counts by rule four to a row, in the contract's rule order, leaving out rules with none", () => {
    const byRule = {
      "maturing-next-month": 2,
      "required-missing": 5,
      "type-error": 1,
      "duplicate-key": 0,
      "date-order": 3,
      "id-invalid": 4,
      "inspection-overdue": 6,
    };
    const model = build(result([], { byRule }));
    expect(model.rows[4]).toEqual([
      "按规则",
      "必填项未填",
      5,
      "日期或数字无法识别",
      1,
      "证件号码校验不符",
      4,
      "日期先后矛盾",
      3,
    ]);
    expect(model.rows[5]).toEqual([null, "贷后检查逾期", 6, "次月到期", 2]);
  });

  it("says 无 when no rule found anything", () => {
    expect(build(result([], { byRule: {} })).rows[4]).toEqual(["按规则", "无"]);
  });

  it("writes one row per finding under a frozen header row, linking each cell", () => {
    const findings = [finding(), finding({ rule: "inspection-overdue", severity: "warning", row: 9, cell: "T9" })];
    const model = build(result(findings), new Map([[6, "城关五金店"]]));
    const header = headerRowOf(model);
    expect(model.rows[header - 1]).toEqual([
      "工作表",
      "单元格",
      "借据号",
      "客户名称",
      "列",
      "值",
      "规则",
      "级别",
      "问题",
      "建议",
    ]);
    expect(model.freeze).toEqual({ rows: header, columns: 0 });
    expect(model.rows.slice(header)).toEqual([
      [
        "贷款台账",
        { text: "K6", link: { sheet: "贷款台账", cell: "K6" } },
        "0012",
        "城关五金店",
        "贷款余额 （万元）",
        "120",
        "余额大于贷款金额",
        "错误",
        "贷款余额 120 大于贷款金额 100",
        "核对余额",
      ],
      [
        "贷款台账",
        { text: "T9", link: { sheet: "贷款台账", cell: "T9" } },
        "0012",
        null,
        "贷款余额 （万元）",
        "120",
        "贷后检查逾期",
        "警告",
        "贷款余额 120 大于贷款金额 100",
        "核对余额",
      ],
    ]);
  });

  it("links a finding about a whole row to the row's first cell", () => {
    const model = build(result([finding({ rule: "header-missing", cell: null, row: 3, column: "管户客户经理" })]));
    const cell = model.rows[headerRowOf(model)]?.[1] as ModelCell;
    expect(cell).toEqual({ text: "第3行", link: { sheet: "贷款台账", cell: "A3" } });
  });

  it("keeps text from the ledger as text: values that look like formulas or numbers stay strings", () => {
    const model = build(result([finding({ key: "=1+1", value: "00123", message: "+警告" })]));
    const row = model.rows[headerRowOf(model)] ?? [];
    expect(row[2]).toBe("=1+1");
    expect(row[5]).toBe("00123");
    expect(row[8]).toBe("+警告");
    expect(row.some((c) => typeof c === "object" && c !== null && "formula" in c)).toBe(false);
    const header = headerRowOf(model);
    expect(model.formats).toContainEqual({
      range: `A${header + 1}:J${header + 1}`,
      style: { border: "thin", vAlign: "top", numberFormat: "@" },
    });
  });

  it("colours 级别 by severity with conditional formats that follow the rows when sorted", () => {
    const model = build(result([finding(), finding(), finding()]));
    const header = headerRowOf(model);
    expect(model.conditionalFormats).toEqual([
      expect.objectContaining({ range: `H${header + 1}:H${header + 3}`, formula: `=$H${header + 1}="错误"` }),
      expect.objectContaining({
        formula: `=$H${header + 1}="警告"`,
        style: expect.objectContaining({ fill: "#FFEB9C" }),
      }),
      expect.objectContaining({ formula: `=$H${header + 1}="提示"` }),
    ]);
  });

  it("merges nothing below the title, so Excel's filter works on the table", () => {
    const model = build(result([finding()]));
    expect(model.merges).toEqual(["A1:J1"]);
  });

  it("says 未发现问题 under the header when there are no findings", () => {
    const model = build(result([], { verdict: "pass", bySeverity: { error: 0, warning: 0, info: 0 }, byRule: {} }));
    expect(model.rows[headerRowOf(model)]).toEqual(["未发现问题。"]);
    expect(model.rows).toHaveLength(headerRowOf(model) + 1);
  });

  it("sets widths for ten columns and prints landscape, repeating the header row", () => {
    const model = build(result([finding()]));
    expect(model.columnWidths).toHaveLength(10);
    expect(model.page).toMatchObject({
      orientation: "landscape",
      printTitleRows: `${headerRowOf(model)}:${headerRowOf(model)}`,
    });
  });

  it("writes in English when asked, under an English name", () => {
    const model = buildCheckResultSheet(result([finding()]), { ledgerSheet: "Ledger", asOf: AS_OF, locale: "en-US" });
    expect(model.name).toBe("Check results");
    expect(model.rows[1]).toEqual([
      "Ledger sheet",
      "Ledger",
      "As of",
      "2026-11-30",
      "Verdict",
      "Not passed — errors: 1",
    ]);
    const header = model.rows.findIndex((r) => r[0] === "Sheet");
    expect(model.rows[header + 1]?.[7]).toBe("Error");
    expect(isLinkCell(model.rows[header + 1]?.[1] ?? null)).toBe(true);
  });

  it("takes the name it is given", () => {
    expect(buildCheckResultSheet(result([]), { ledgerSheet: "x", asOf: AS_OF, name: "检查结果(2)" }).name).toBe(
      "检查结果(2)",
    );
  });
});
