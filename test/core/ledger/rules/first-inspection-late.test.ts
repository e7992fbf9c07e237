import type { RowValues } from "../../../support/ledger-builder";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

// As of 2026-03-31, with the default limit of 30 days after disbursement.
describe("firstInspectionLate", () => {
  it.each<[string, RowValues]>([
    ["inspected within the limit", { disbursed: "2025-06-01", firstInspection: "2025-06-20" }],
    ["inspected on the last allowed day", { disbursed: "2025-06-01", firstInspection: "2025-07-01" }],
    ["not inspected, not yet due", { disbursed: "2026-03-10", firstInspection: null, lastInspection: null }],
    ["not inspected, due on the as-of date", { disbursed: "2026-03-01", firstInspection: null, lastInspection: null }],
    ["not inspected but settled", { disbursed: "2025-01-01", balance: 0, firstInspection: null, lastInspection: null }],
    ["an unreadable first inspection (type-error's)", { firstInspection: "去年" }],
    ["an unreadable disbursement date", { disbursed: "待定", firstInspection: null }],
  ])("reports nothing for %s", (_name, over) => {
    expect(findingsOf(aLedger().withLoan(over).build(), "first-inspection-late")).toEqual([]);
  });

  it.each<[string, RowValues]>([
    ["inspected a day late", { disbursed: "2025-06-01", firstInspection: "2025-07-02" }],
    ["inspected late on a loan since settled", { disbursed: "2025-06-01", firstInspection: "2025-09-01", balance: 0 }],
    ["not inspected, a day past due", { disbursed: "2026-02-28", firstInspection: null, lastInspection: null }],
    ["not inspected though later inspections are recorded", { disbursed: "2025-06-01", firstInspection: null }],
  ])("reports %s", (_name, over) => {
    const b = aLedger().withLoan(over);
    expect(findingsOf(b.build(), "first-inspection-late").map(brief)).toEqual([
      { rule: "first-inspection-late", severity: "warning", row: 2, cell: b.cellOf("firstInspection", 2) },
    ]);
  });

  it("checks nothing when the sheet has no first-inspection column", () => {
    const b = aLedger().withoutColumns("firstInspection").withLoan({ disbursed: "2025-01-01" });
    expect(findingsOf(b.build(), "first-inspection-late")).toEqual([]);
  });

  it("names the dates and the limit in zh-CN", () => {
    const [late] = findingsOf(
      aLedger().withLoan({ disbursed: "2025-06-01", firstInspection: "2025-08-15" }).build(),
      "first-inspection-late",
    );
    expect(late?.message).toContain("2025-08-15");
    expect(late?.message).toContain("2025-07-01");
    expect(late?.message).toContain("30 天");
    const [missing] = findingsOf(
      aLedger().withLoan({ disbursed: "2026-01-10", firstInspection: null }).build(),
      "first-inspection-late",
    );
    expect(missing?.message).toContain("2026-01-10");
    expect(missing?.message).toContain("2026-02-09");
  });
});
