import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("duplicateKey", () => {
  it("reports nothing when every 借据号 differs", () => {
    expect(findingsOf(aLedger().withLoan().withLoan().withLoan().build(), "duplicate-key")).toEqual([]);
  });

  it("reports each repeat, not the first occurrence, naming the first row", () => {
    const b = aLedger()
      .withLoan({ loanNo: "JJ009" })
      .withLoan()
      .withLoan({ loanNo: "JJ009" })
      .withLoan({ loanNo: "JJ009" });
    const findings = findingsOf(b.build(), "duplicate-key");
    expect(findings.map(brief)).toEqual([
      { rule: "duplicate-key", severity: "error", row: 4, cell: b.cellOf("loanNo", 4) },
      { rule: "duplicate-key", severity: "error", row: 5, cell: b.cellOf("loanNo", 5) },
    ]);
    expect(findings.map((f) => f.data)).toEqual([{ firstRow: 2 }, { firstRow: 2 }]);
  });

  it("ignores empty 借据号 (required-missing's) and blank and total rows", () => {
    const b = aLedger()
      .withLoan({ loanNo: null })
      .withLoan({ loanNo: null })
      .withBlankRow()
      .withBlankRow()
      .withTotalRow()
      .withTotalRow();
    expect(findingsOf(b.build(), "duplicate-key")).toEqual([]);
  });

  it("names the 借据号 and the first row in zh-CN", () => {
    const b = aLedger().withLoan({ loanNo: "JJ777" }).withLoan({ loanNo: "JJ777" });
    const [f] = findingsOf(b.build(), "duplicate-key");
    expect(f?.key).toBe("JJ777");
    expect(f?.message).toContain("JJ777");
    expect(f?.message).toContain("第 2 行");
  });
});
