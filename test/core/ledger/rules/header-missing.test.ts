import { COLUMN_CATALOGUE } from "../../../../src/core/ledger/column-catalogue";
import { COLUMN_KEYS } from "../../../../src/core/ledger/ledger-types";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("headerMissing", () => {
  it("reports nothing when every column is there", () => {
    expect(findingsOf(aLedger().withLoan().build(), "header-missing")).toEqual([]);
  });

  it.each(COLUMN_KEYS.map((key) => [key, COLUMN_CATALOGUE[key].requirement] as const))(
    "without %s (%s) reports what its requirement says",
    (key, requirement) => {
      const findings = findingsOf(aLedger().withoutColumns(key).withLoan().build(), "header-missing");
      if (requirement === "optional") {
        expect(findings).toEqual([]);
        return;
      }
      expect(findings.map(brief)).toEqual([
        { rule: "header-missing", severity: requirement === "required" ? "error" : "warning", row: 1, cell: null },
      ]);
      expect(findings[0]).toMatchObject({ column: COLUMN_CATALOGUE[key].label, key: null, value: null });
    },
  );

  it("reports one finding per missing column, not one per row", () => {
    const ledger = aLedger().withoutColumns("loanNo", "officer").withLoan().withLoan().withLoan().build();
    expect(findingsOf(ledger, "header-missing").map((f) => f.column)).toEqual([
      COLUMN_CATALOGUE.loanNo.label,
      COLUMN_CATALOGUE.officer.label,
    ]);
  });

  it("is on the header row even in an empty ledger", () => {
    expect(findingsOf(aLedger().withoutColumns("balance").build(), "header-missing").map(brief)).toEqual([
      { rule: "header-missing", severity: "error", row: 1, cell: null },
    ]);
  });

  it("names the missing column in zh-CN", () => {
    const [f] = findingsOf(aLedger().withoutColumns("maturity").withLoan().build(), "header-missing");
    expect(f?.message).toContain(COLUMN_CATALOGUE.maturity.label);
    expect(f?.hint).toContain(COLUMN_CATALOGUE.maturity.label);
  });
});
