import { RULE_IDS } from "../../../src/core/findings/finding";
import { checkLedger } from "../../../src/core/ledger/check-ledger";
import { COLUMN_CATALOGUE } from "../../../src/core/ledger/column-catalogue";
import { LEDGER_RULES } from "../../../src/core/ledger/rules/index";
import { excelError } from "../../../src/core/values/cell-value";
import { AS_OF, aLedger, brief, day } from "../../support/ledger-builder";

describe("LEDGER_RULES", () => {
  it("has every rule id once, in the contract's order", () => {
    expect(LEDGER_RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
  });
});

describe("checkLedger", () => {
  it("passes a clean ledger", () => {
    const { findings, summary } = checkLedger(aLedger().withLoan().withLoan().build(), { asOf: AS_OF });
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({
      sheet: "台账",
      asOf: "2026-03-31",
      dataRows: 2,
      blankRows: 0,
      totalRows: 0,
      bySeverity: { error: 0, warning: 0, info: 0 },
      byRule: {},
      rowsWithErrors: 0,
      completeRows: 2,
      completeShare: 1,
      verdict: "pass",
    });
  });

  it("sorts findings by row, then sheet column, then rule", () => {
    const b = aLedger()
      .withLoan({ maturity: "2026-04-10", class: "次级", overdueDays: 100, lastInspection: "2026-02-01" })
      .withLoan({ balance: 120, loanNo: "JJ001", idNumber: "123" });
    const { findings } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings.map(brief)).toEqual([
      { rule: "maturing-next-month", severity: "info", row: 2, cell: b.cellOf("maturity", 2) },
      { rule: "inspection-overdue", severity: "warning", row: 2, cell: b.cellOf("lastInspection", 2) },
      { rule: "npl-no-disposal", severity: "warning", row: 2, cell: b.cellOf("disposal", 2) },
      { rule: "id-invalid", severity: "warning", row: 3, cell: b.cellOf("idNumber", 3) },
      { rule: "duplicate-key", severity: "error", row: 3, cell: b.cellOf("loanNo", 3) },
      { rule: "balance-exceeds-amount", severity: "error", row: 3, cell: b.cellOf("balance", 3) },
    ]);
  });

  it("orders findings on one cell by rule", () => {
    const b = aLedger().withLoan({ disbursed: "2026-01-01", firstInspection: null, lastInspection: null });
    const { findings } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings.map(brief)).toEqual([
      { rule: "required-missing", severity: "error", row: 2, cell: b.cellOf("firstInspection", 2) },
      { rule: "first-inspection-late", severity: "warning", row: 2, cell: b.cellOf("firstInspection", 2) },
    ]);
  });

  it("puts header findings first, on the header row", () => {
    const b = aLedger().withoutColumns("officer").withLoan({ balance: 200 });
    const { findings } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings.map((f) => [f.rule, f.row])).toEqual([
      ["header-missing", 1],
      ["balance-exceeds-amount", 2],
    ]);
    expect(findings[0]?.column).toBe(COLUMN_CATALOGUE.officer.label);
  });

  it("ignores blank and total rows but counts them", () => {
    const b = aLedger().withLoan().withBlankRow().withBlankRow().withLoan().withTotalRow().withLoan();
    const { findings, summary } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings).toEqual([]);
    expect(summary).toMatchObject({ dataRows: 3, blankRows: 2, totalRows: 1 });
  });

  it("fills sheet, row, header as written, cell, 借据号 and value on each finding", () => {
    const b = aLedger().withLoan({ loanNo: "JJ042", balance: "约50" });
    const [f] = checkLedger(b.build(), { asOf: AS_OF }).findings;
    expect(f).toMatchObject({
      rule: "type-error",
      sheet: "台账",
      row: 2,
      column: b.headerOf("balance"),
      cell: b.cellOf("balance", 2),
      key: "JJ042",
      value: "约50",
      data: { columnKey: "balance" },
    });
    expect(f?.message).not.toBe("");
    expect(f?.hint).not.toBe("");
  });

  it("runs only the rules asked for", () => {
    const b = aLedger().withoutColumns("officer").withLoan({ balance: 200, maturity: "2026-04-10" });
    const { findings, summary } = checkLedger(b.build(), {
      asOf: AS_OF,
      rules: ["maturing-next-month", "balance-exceeds-amount"],
    });
    expect(findings.map((f) => f.rule)).toEqual(["balance-exceeds-amount", "maturing-next-month"]);
    expect(summary.byRule).toEqual({ "balance-exceeds-amount": 1, "maturing-next-month": 1 });
  });

  it("uses the as-of date passed in", () => {
    const b = aLedger().withLoan({ maturity: "2026-05-10" });
    expect(checkLedger(b.build(), { asOf: AS_OF }).findings).toEqual([]);
    const later = checkLedger(b.build(), { asOf: day("2026-04-30") });
    expect(later.findings.map((f) => f.rule)).toEqual(["maturing-next-month"]);
    expect(later.summary.asOf).toBe("2026-04-30");
  });

  it("writes messages in the locale asked for", () => {
    const b = aLedger().withLoan({ balance: 200 });
    const [zh] = checkLedger(b.build(), { asOf: AS_OF }).findings;
    const [en] = checkLedger(b.build(), { asOf: AS_OF, locale: "en-US" }).findings;
    expect(zh?.message).toMatch(/大于/);
    expect(en?.message).toMatch(/greater than/);
  });

  it.each(["zh-CN", "en-US"] as const)("fills every placeholder of every message in %s", (locale) => {
    const b = aLedger()
      .withoutColumns("branch", "disposal")
      .withLoan({ customer: null, idNumber: "123", balance: 120, maturity: "2026-04-15", class: "关注" })
      .withLoan({ loanNo: "JJ001", disbursed: "2026-01-01", firstInspection: null, lastInspection: null })
      .withLoan({ class: "次级", overdueDays: 300, lastInspection: "2025-01-01", firstInspection: "2024-12-01" })
      .withLoan({ guarantee: "信誉", amount: excelError("#REF!"), maturity: "2026-13-45", rate: "约4%" })
      .withLoan({ disbursed: "2025-06-01", firstInspection: "2025-09-01", maturity: "2025-05-01" })
      .withHeaderRow()
      .withMerge("officer", 3, 4)
      .withMerge("amount", 6, 6, "balance");
    const { findings, summary } = checkLedger(b.build(), { asOf: AS_OF, locale });
    expect(Object.keys(summary.byRule).sort()).toEqual([...RULE_IDS].sort());
    for (const f of findings) {
      expect(f.message).not.toMatch(/[{}]/);
      expect(f.hint).not.toMatch(/[{}]/);
    }
  });

  it("never reports a settled loan's missing inspections", () => {
    const b = aLedger().withLoan({ balance: 0, disbursed: "2024-01-01", firstInspection: null, lastInspection: null });
    expect(checkLedger(b.build(), { asOf: AS_OF }).findings).toEqual([]);
  });

  describe("summary", () => {
    const b = aLedger()
      .withLoan()
      .withLoan({ officer: null })
      .withLoan({ balance: excelError("#N/A") })
      .withLoan({ maturity: "2026-04-15" })
      .withLoan({ idNumber: "123" })
      .withBlankRow()
      .withTotalRow();
    const { findings, summary } = checkLedger(b.build(), { asOf: AS_OF });

    it("counts findings by severity and rule", () => {
      expect(summary.bySeverity).toEqual({ error: 2, warning: 1, info: 1 });
      expect(summary.byRule).toEqual({
        "required-missing": 1,
        "type-error": 1,
        "id-invalid": 1,
        "maturing-next-month": 1,
      });
      expect(findings).toHaveLength(4);
    });

    it("counts rows with errors and complete rows", () => {
      expect(summary).toMatchObject({ dataRows: 5, rowsWithErrors: 2, completeRows: 3, completeShare: 0.6 });
    });

    it("reports each mapped column's completeness over data rows, in sheet order", () => {
      expect(summary.columns.map((c) => c.key)).toEqual(b.build().layout.columns.map((c) => c.key));
      expect(summary.columns.find((c) => c.key === "officer")).toEqual({
        key: "officer",
        header: b.headerOf("officer"),
        filled: 4,
        total: 5,
      });
      // An error value is filled (with the wrong thing).
      expect(summary.columns.find((c) => c.key === "balance")).toMatchObject({ filled: 5, total: 5 });
      expect(summary.columns.find((c) => c.key === "disposal")).toMatchObject({ filled: 0, total: 5 });
    });

    it("gives the worst severity as the verdict", () => {
      expect(summary.verdict).toBe("errors");
      const warnings = checkLedger(aLedger().withLoan({ idNumber: "123" }).build(), { asOf: AS_OF });
      expect(warnings.summary.verdict).toBe("warnings");
      const info = checkLedger(aLedger().withLoan({ maturity: "2026-04-15" }).build(), { asOf: AS_OF });
      expect(info.summary.verdict).toBe("pass");
    });

    it("counts an empty ledger as complete", () => {
      const empty = checkLedger(aLedger().withTotalRow().build(), { asOf: AS_OF }).summary;
      expect(empty).toMatchObject({ dataRows: 0, totalRows: 1, completeRows: 0, completeShare: 1, verdict: "pass" });
    });
  });
});
