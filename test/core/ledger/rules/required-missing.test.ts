import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import type { ColumnKey } from "../../../../src/core/ledger/ledger-types";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("requiredMissing", () => {
  it("reports nothing for a complete loan", () => {
    expect(findingsOf(aLedger().withLoan().build(), "required-missing")).toEqual([]);
  });

  it.each<[ColumnKey, "error" | "warning"]>([
    ["customer", "error"],
    ["loanNo", "error"],
    ["amount", "error"],
    ["balance", "error"],
    ["disbursed", "error"],
    ["maturity", "error"],
    ["class", "error"],
    ["officer", "error"],
    ["idNumber", "warning"],
    ["guarantee", "warning"],
  ])("reports an empty %s as %s, with the column key", (key, severity) => {
    const b = aLedger()
      .withLoan()
      .withLoan({ [key]: null });
    const findings = findingsOf(b.build(), "required-missing");
    expect(findings.map(brief)).toEqual([{ rule: "required-missing", severity, row: 3, cell: b.cellOf(key, 3) }]);
    expect(findings[0]?.data).toEqual({ columnKey: key });
  });

  it("counts a cell of spaces as empty", () => {
    const b = aLedger().withLoan({ officer: "  \u3000" });
    expect(findingsOf(b.build(), "required-missing").map((f) => f.cell)).toEqual([b.cellOf("officer", 2)]);
  });

  it.each<ColumnKey>(["purpose", "rate", "lastInspection", "inspectionMethod", "disposal", "overdueDays"])(
    "does not require %s",
    (key) => {
      expect(
        findingsOf(
          aLedger()
            .withLoan({ [key]: null })
            .build(),
          "required-missing",
        ),
      ).toEqual([]);
    },
  );

  it("leaves a missing column to header-missing", () => {
    expect(findingsOf(aLedger().withoutColumns("officer").withLoan().build(), "required-missing")).toEqual([]);
  });

  describe("first inspection date", () => {
    it.each([
      ["2026-02-28", true], // due 2026-03-30, before the as-of date
      ["2026-03-01", false], // due on the as-of date itself
      ["2026-03-20", false],
    ])("disbursed %s: required %p", (disbursed, required) => {
      const b = aLedger().withLoan({ disbursed, firstInspection: null, lastInspection: null });
      const findings = findingsOf(b.build(), "required-missing");
      expect(findings.map(brief)).toEqual(
        required ? [{ rule: "required-missing", severity: "error", row: 2, cell: b.cellOf("firstInspection", 2) }] : [],
      );
    });

    it("is not required of a settled loan", () => {
      const b = aLedger().withLoan({ balance: 0, firstInspection: null, lastInspection: null });
      expect(findingsOf(b.build(), "required-missing")).toEqual([]);
    });

    it("uses the first-inspection limit of the settings", () => {
      const b = aLedger().withLoan({ disbursed: "2026-03-20", firstInspection: null });
      const settings = { ...DEFAULT_SETTINGS, inspection: { ...DEFAULT_SETTINGS.inspection, firstInspectionDays: 10 } };
      expect(findingsOf(b.build(), "required-missing", { settings })).toHaveLength(1);
    });
  });

  it("names the column in zh-CN", () => {
    const b = aLedger().withLoan({ customer: null });
    const [f] = findingsOf(b.build(), "required-missing");
    expect(f?.message).toContain(b.headerOf("customer"));
    expect(f?.message).toContain("未填写");
  });
});
