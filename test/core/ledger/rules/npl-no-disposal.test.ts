import type { RowValues } from "../../../support/ledger-builder";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("nplNoDisposal", () => {
  it.each<[string, RowValues]>([
    ["a 正常 loan", {}],
    ["a 关注 loan", { class: "关注" }],
    ["a 次级 loan with a disposal", { class: "次级", disposal: "清收" }],
    ["a 损失 loan with a synonym", { class: "损失", disposal: "呆账核销" }],
    ["a 可疑 loan with an unknown disposal (enum-invalid's)", { class: "可疑", disposal: "再说" }],
    ["an unknown class", { class: "坏账" }],
  ])("reports nothing for %s", (_name, over) => {
    expect(findingsOf(aLedger().withLoan(over).build(), "npl-no-disposal")).toEqual([]);
  });

  it.each(["次级", "可疑", "损失", "次级二"])("reports %s with no disposal", (cls) => {
    const b = aLedger().withLoan({ class: cls, disposal: null });
    expect(findingsOf(b.build(), "npl-no-disposal").map(brief)).toEqual([
      { rule: "npl-no-disposal", severity: "warning", row: 2, cell: b.cellOf("disposal", 2) },
    ]);
  });

  it("reports each NPL row, without a cell, when the sheet has no disposal column", () => {
    const b = aLedger().withoutColumns("disposal").withLoan({ class: "次级" }).withLoan().withLoan({ class: "可疑" });
    const findings = findingsOf(b.build(), "npl-no-disposal");
    expect(findings.map(brief)).toEqual([
      { rule: "npl-no-disposal", severity: "warning", row: 2, cell: null },
      { rule: "npl-no-disposal", severity: "warning", row: 4, cell: null },
    ]);
    expect(findings.map((f) => f.column)).toEqual([null, null]);
  });

  it("names the class and lists the disposal methods in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ class: "可疑" }).build(), "npl-no-disposal");
    expect(f?.message).toContain("可疑");
    expect(f?.message).toContain("处置方式");
    expect(f?.hint).toContain("清收、依法起诉、盘活、保全、以资抵债、核销");
  });
});
