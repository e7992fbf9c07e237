import { checkLedger } from "../../../src/core/ledger/check-ledger";
import { countOccurrences, itemCounts } from "../../../src/core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { parseRuleSources } from "../../../src/core/scorecard/rule-source";
import type { ScoringStandard } from "../../../src/core/scorecard/scoring-standard";
import { aLedger, AS_OF } from "../../support/ledger-builder";
import { checked, HIDDEN_NPL, LATE, NO_OFFICER } from "./fixtures";

function occurrences(builder = aLedger(), standard: ScoringStandard = DEFAULT_STANDARD) {
  const ledger = builder.build();
  return countOccurrences(ledger, checkLedger(ledger, { asOf: AS_OF }).findings, standard);
}

describe("countOccurrences", () => {
  it("lists every branch in the ledger's order, the loans without one last, with their loan counts", () => {
    const { ledger, result } = checked();
    const branches = countOccurrences(ledger, result.findings, DEFAULT_STANDARD);
    expect(branches.map((b) => [b.branch, b.loans])).toEqual([
      ["城关支行", 4],
      ["东城支行", 5],
      ["西关信用社", 42],
      ["未填机构", 2],
    ]);
    expect(branches[0]?.entries).toEqual([]);
  });

  it("names the unassigned branch as told", () => {
    const branches = occurrences(aLedger().withLoan({ branch: null }));
    expect(branches.map((b) => b.branch)).toEqual(["未填机构"]);
    const ledger = aLedger().withLoan({ branch: null }).build();
    expect(countOccurrences(ledger, [], DEFAULT_STANDARD, { unassigned: "(none)" })[0]?.branch).toBe("(none)");
  });

  it("counts a loan once per item however many of its findings the item claims", () => {
    // A loan disbursed long ago, never inspected: first-inspection-late and inspection-overdue, both 贷后检查.
    const builder = aLedger().withLoan({ firstInspection: null, lastInspection: null, disbursed: "2025-01-01" });
    const [branch] = occurrences(builder);
    const inspection = branch?.entries.filter((e) => e.item === "贷后检查") ?? [];
    expect(inspection).toHaveLength(1);
    expect(inspection[0]?.rules.length).toBeGreaterThan(1);
  });

  it("gives a finding claimed by a filtered source to that item, not to the bare rule's", () => {
    const [branch] = occurrences(aLedger().withLoan(NO_OFFICER).withLoan({ customer: null }));
    expect(branch?.entries.map((e) => [e.item, e.sheetRow])).toEqual([
      ["管户责任落实", 2],
      ["档案管理", 3],
    ]);
  });

  it("marks a hidden NPL as special, with its 借据号, customer and the cell to link to", () => {
    const builder = aLedger().withLoan({ ...HIDDEN_NPL, loanNo: "NPL-1", customer: "王五" });
    const [branch] = occurrences(builder);
    const entry = branch?.entries.find((e) => e.item === "五级分类准确性");
    expect(entry).toMatchObject({ special: true, key: "NPL-1", customer: "王五", cell: builder.cellOf("class", 2) });
    expect(entry?.rules).toEqual(["class-below-floor"]);
  });

  it("counts a misclassified loan that is not an NPL at the usual deduction", () => {
    // 45 days overdue recorded 正常: at least 关注, not an NPL.
    const [branch] = occurrences(aLedger().withLoan({ overdueDays: 45, class: "正常" }));
    expect(branch?.entries.find((e) => e.item === "五级分类准确性")?.special).toBe(false);
  });

  it("leaves out findings no automatic item claims, and findings not about a loan", () => {
    const manualOnly: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i) => (i.item === "贷后检查" ? { ...i, manual: true } : i)),
    };
    const builder = aLedger().withoutColumns("guarantee").withLoan(LATE);
    const [branch] = occurrences(builder, manualOnly);
    expect(branch?.entries).toEqual([]);
  });

  it("links a whole-row finding to the row's 借据号 cell", () => {
    const sources = parseRuleSources("duplicate-key").sources;
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: [{ ...DEFAULT_STANDARD.items[0], sources } as (typeof DEFAULT_STANDARD.items)[number]],
    };
    const builder = aLedger().withLoan({ loanNo: "D-1" }).withLoan({ loanNo: "D-1" });
    const [branch] = occurrences(builder, standard);
    expect(branch?.entries).toHaveLength(1);
    expect(branch?.entries[0]?.cell).toMatch(/^[A-Z]+3$/);
  });

  it("orders a branch's entries by the standard's items, then ledger rows", () => {
    const builder = aLedger().withLoan(LATE).withLoan(NO_OFFICER).withLoan(LATE);
    const [branch] = occurrences(builder);
    expect(branch?.entries.map((e) => [e.item, e.sheetRow])).toEqual([
      ["管户责任落实", 3],
      ["贷后检查", 2],
      ["贷后检查", 4],
    ]);
  });
});

describe("itemCounts", () => {
  it("counts normal and special occurrences per item, leaving out what is set aside", () => {
    const builder = aLedger()
      .withLoan(LATE)
      .withLoan(LATE)
      .withLoan(HIDDEN_NPL)
      .withLoan({ overdueDays: 45, class: "正常" });
    const [branch] = occurrences(builder);
    const entries = branch?.entries ?? [];
    expect(Object.fromEntries(itemCounts(entries))).toEqual({
      贷后检查: { normal: 2, special: 0 },
      五级分类准确性: { normal: 1, special: 1 },
    });
    const aside = itemCounts(entries, (e) => e.sheetRow === 2 || e.special);
    expect(Object.fromEntries(aside)).toEqual({
      贷后检查: { normal: 1, special: 0 },
      五级分类准确性: { normal: 1, special: 0 },
    });
  });
});
