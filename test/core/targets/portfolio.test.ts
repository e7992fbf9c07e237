import { officerPortfolios } from "../../../src/core/targets/portfolio";
import { aLedger, day } from "../../support/ledger-builder";

const OPTIONS = { asOf: day("2026-03-31"), year: 2026 };

describe("officerPortfolios", () => {
  it("gives each officer named in the ledger a portfolio, in the order they first appear", () => {
    const ledger = aLedger()
      .withLoan({ officer: "王五", balance: 50 })
      .withLoan({ officer: "李四", balance: 80 })
      .withLoan({ officer: "王五", balance: 20, customer: "赵六", idNumber: null })
      .build();
    const result = officerPortfolios(ledger, OPTIONS);
    expect(result.map((p) => p.officer)).toEqual(["王五", "李四"]);
    expect(result[0]).toMatchObject({ accounts: 2, loans: 2, balance: 70 });
  });

  it("counts a customer with several loans once (by ID number, else by name)", () => {
    const ledger = aLedger()
      .withLoan({ balance: 10 })
      .withLoan({ balance: 20 })
      .withLoan({ balance: 30, idNumber: null, customer: "钱七" })
      .withLoan({ balance: 40, idNumber: null, customer: "钱七" })
      .build();
    const [p] = officerPortfolios(ledger, OPTIONS);
    expect(p).toMatchObject({ accounts: 2, loans: 4, balance: 100 });
  });

  it("sums the non-performing balance and gives the ratio", () => {
    const ledger = aLedger()
      .withLoan({ balance: 60, class: "正常" })
      .withLoan({ balance: 25, class: "次级", overdueDays: 120 })
      .withLoan({ balance: 10, class: "可疑", overdueDays: 300 })
      .withLoan({ balance: 5, class: "关注" })
      .build();
    const [p] = officerPortfolios(ledger, OPTIONS);
    expect(p?.nplBalance).toBe(35);
    expect(p?.nplRatio).toBeCloseTo(0.35, 12);
  });

  it.each([
    ["days overdue", { overdueDays: 5 }, true],
    ["overdue principal", { overduePrincipal: 3 }, true],
    ["a maturity before the as-of date", { maturity: "2026-03-30", overdueDays: 0 }, true],
    ["a maturity on the as-of date", { maturity: "2026-03-31" }, false],
    ["nothing past due", {}, false],
  ])("counts a loan as overdue by %s: %p", (_, over, overdue) => {
    const [p] = officerPortfolios(
      aLedger()
        .withLoan({ balance: 40, ...over })
        .build(),
      OPTIONS,
    );
    expect(p?.overdueLoans).toBe(overdue ? 1 : 0);
    expect(p?.overdueBalance).toBe(overdue ? 40 : 0);
  });

  it.each([
    ["2026-01-01", true],
    ["2026-12-31", true],
    ["2025-12-31", false],
    ["2027-01-01", false],
    ["2026年6月30日", true],
  ])("counts a loan maturing %s as maturing in the year: %p", (maturity, maturing) => {
    const [p] = officerPortfolios(aLedger().withLoan({ balance: 15, maturity }).build(), OPTIONS);
    expect(p?.maturingLoans).toBe(maturing ? 1 : 0);
    expect(p?.maturingBalance).toBe(maturing ? 15 : 0);
  });

  it("keeps an officer whose loans are all settled, with a zero portfolio and no ratio", () => {
    const ledger = aLedger()
      .withLoan({ officer: "孙八", balance: 0, overdueDays: 3 })
      .withLoan({ officer: "李四" })
      .build();
    const [settled] = officerPortfolios(ledger, OPTIONS);
    expect(settled).toEqual({
      officer: "孙八",
      accounts: 0,
      loans: 0,
      balance: 0,
      nplBalance: 0,
      nplRatio: null,
      overdueLoans: 0,
      overdueBalance: 0,
      maturingLoans: 0,
      maturingBalance: 0,
    });
  });

  it("leaves out rows without an officer, blank rows and total rows", () => {
    const ledger = aLedger()
      .withLoan({ officer: null })
      .withLoan({ officer: "   " })
      .withBlankRow()
      .withTotalRow()
      .withLoan({ officer: "李四", balance: 5 })
      .build();
    const result = officerPortfolios(ledger, OPTIONS);
    expect(result.map((p) => [p.officer, p.balance])).toEqual([["李四", 5]]);
  });

  it("counts a balance that cannot be read as 0", () => {
    const [p] = officerPortfolios(aLedger().withLoan({ balance: "一百" }).build(), OPTIONS);
    expect(p).toMatchObject({ loans: 0, balance: 0 });
  });

  it("adds amounts without binary drift", () => {
    const [p] = officerPortfolios(aLedger().withLoan({ balance: 0.1 }).withLoan({ balance: 0.2 }).build(), OPTIONS);
    expect(p?.balance).toBe(0.3);
  });
});
