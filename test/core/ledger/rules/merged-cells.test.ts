import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("mergedCells", () => {
  it("reports nothing on a ledger without merges", () => {
    expect(findingsOf(aLedger().withLoan().withLoan().build(), "merged-cells")).toEqual([]);
  });

  it("reports each merge once, on its first loan, in its column, as info", () => {
    const b = aLedger()
      .withLoan({ officer: "王强" })
      .withLoan()
      .withLoan({ officer: "李四" })
      .withLoan()
      .withLoan()
      .withMerge("officer", 2, 3)
      .withMerge("officer", 4, 6)
      .withMerge("branch", 2, 6);
    const findings = findingsOf(b.build(), "merged-cells");
    expect(findings.map(brief)).toEqual([
      { rule: "merged-cells", severity: "info", row: 2, cell: b.cellOf("branch", 2) },
      { rule: "merged-cells", severity: "info", row: 2, cell: b.cellOf("officer", 2) },
      { rule: "merged-cells", severity: "info", row: 4, cell: b.cellOf("officer", 4) },
    ]);
    expect(findings.map((f) => f.data)).toEqual([
      { columnKey: "branch", range: b.mergeAreas()[2] },
      { columnKey: "officer", range: b.mergeAreas()[0] },
      { columnKey: "officer", range: b.mergeAreas()[1] },
    ]);
  });

  it("names the rows, the column, the area and the value, and says why a merge is a risk", () => {
    const b = aLedger().withLoan().withLoan({ officer: "王强" }).withLoan().withLoan().withMerge("officer", 3, 5);
    const [f] = findingsOf(b.build(), "merged-cells");
    const area = b.mergeAreas()[0] ?? "";
    expect(f?.message).toBe(
      `第3–5行的“管户客户经理”是合并单元格（${area}），已按合并值“王强”检查每一笔贷款；排序、筛选或复制会丢失合并值`,
    );
    expect(f?.hint).toContain("取消合并");
    expect(f?.value).toBe("王强");
    const [en] = findingsOf(b.build(), "merged-cells", { locale: "en-US" });
    expect(en?.message).toContain("rows 3–5");
    expect(en?.message).toContain(area);
    expect(en?.hint).toMatch(/^Unmerge/);
  });

  it("says of a merge across columns on one row that the other columns were read as empty", () => {
    const b = aLedger().withLoan().withMerge("amount", 2, 2, "balance");
    const [f] = findingsOf(b.build(), "merged-cells");
    expect(f?.cell).toBe(b.cellOf("amount", 2));
    expect(f?.message).toContain("第2行的“贷款金额”与旁边的单元格合并");
    expect(f?.message).toContain("按空白检查");
  });

  it("leaves nothing missing under a merge: the check sees the merge's value in every loan", () => {
    const b = aLedger().withLoan().withLoan().withLoan().withMerge("officer", 2, 4).withMerge("customer", 2, 3);
    expect(findingsOf(b.build(), "required-missing")).toEqual([]);
  });

  it("reports a merge on the first loan it covers when it starts on a row that is not a loan", () => {
    // A 合计 row's balance merged down over the loan below it: odd, but the loan is what is reported.
    const b = aLedger().withLoan().withTotalRow().withLoan().withMerge("balance", 3, 4);
    expect(findingsOf(b.build(), "merged-cells").map(brief)).toEqual([
      { rule: "merged-cells", severity: "info", row: 4, cell: b.cellOf("balance", 4) },
    ]);
  });
});
