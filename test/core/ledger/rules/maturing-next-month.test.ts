import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import { aLedger, brief, day, findingsOf } from "../../../support/ledger-builder";

const nextThirtyDays = { ...DEFAULT_SETTINGS, maturity: { window: "next-30-days" as const } };

describe("maturingNextMonth", () => {
  it.each([
    ["2026-03-31", "2026-04-01", true],
    ["2026-03-31", "2026-04-30", true],
    ["2026-03-31", "2026-03-31", false],
    ["2026-03-31", "2026-05-01", false],
    ["2026-03-01", "2026-04-15", true],
    // December → January of the next year.
    ["2025-12-15", "2026-01-01", true],
    ["2025-12-15", "2026-01-31", true],
    ["2025-12-15", "2025-12-31", false],
    ["2025-12-15", "2026-02-01", false],
  ])("as of %s, maturity %s: reported %p", (asOf, maturity, reported) => {
    const b = aLedger().withLoan({ disbursed: "2025-01-01", maturity, lastInspection: asOf });
    const findings = findingsOf(b.build(), "maturing-next-month", { asOf: day(asOf) });
    expect(findings.map(brief)).toEqual(
      reported ? [{ rule: "maturing-next-month", severity: "info", row: 2, cell: b.cellOf("maturity", 2) }] : [],
    );
  });

  it.each([
    ["2026-04-30", true],
    ["2026-05-01", false],
    ["2026-03-31", false],
  ])("with the next-30-days window as of 2026-03-31, maturity %s: reported %p", (maturity, reported) => {
    const b = aLedger().withLoan({ maturity });
    expect(findingsOf(b.build(), "maturing-next-month", { settings: nextThirtyDays })).toHaveLength(reported ? 1 : 0);
  });

  it("skips settled loans and unreadable or empty balances", () => {
    const b = aLedger()
      .withLoan({ maturity: "2026-04-15", balance: 0 })
      .withLoan({ maturity: "2026-04-15", balance: "约50" })
      .withLoan({ maturity: "2026-04-15", balance: null });
    expect(findingsOf(b.build(), "maturing-next-month")).toEqual([]);
  });

  it("names the maturity date and the balance in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ maturity: "2026-04-15", balance: 66 }).build(), "maturing-next-month");
    expect(f?.message).toContain("2026-04-15");
    expect(f?.message).toContain("66");
  });
});
