import { selectMaturing } from "../../../src/core/maturity/select-maturing";
import { aLedger, day } from "../../support/ledger-builder";

const AS_OF = day("2026-12-31");

describe("selectMaturing", () => {
  it("selects loans maturing in the next calendar month, December → January", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "A", maturity: "2027-01-01" })
      .withLoan({ loanNo: "B", maturity: "2027-01-31" })
      .withLoan({ loanNo: "C", maturity: "2026-12-31" })
      .withLoan({ loanNo: "D", maturity: "2027-02-01" })
      .build();
    const s = selectMaturing(ledger, { asOf: AS_OF });
    expect(s.period.month).toBe("2027-01");
    expect(s.branches.flatMap((b) => b.loans.map((l) => l.loanNo))).toEqual(["A", "B"]);
  });

  it("reads maturity dates written as text, serials and Chinese dates alike", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "T1", maturity: "2027年1月15日" })
      .withLoan({ loanNo: "T2", maturity: "2027/1/20" })
      .withLoan({ loanNo: "T3", maturity: 46402 }) // 2027-01-15 as a serial
      .withLoan({ loanNo: "T4", maturity: "２０２７－０１－３１" })
      .withLoan({ loanNo: "T5", maturity: "不详" })
      .build();
    const loans = selectMaturing(ledger, { asOf: AS_OF }).branches.flatMap((b) => b.loans);
    expect(loans.map((l) => [l.loanNo, l.maturity])).toEqual([
      ["T1", day("2027-01-15")],
      ["T3", day("2027-01-15")],
      ["T2", day("2027-01-20")],
      ["T4", day("2027-01-31")],
    ]);
  });

  it("keeps loans with money out only and counts those whose balance cannot be read", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "P", maturity: "2027-01-10", balance: 5 })
      .withLoan({ loanNo: "Z", maturity: "2027-01-10", balance: 0 })
      .withLoan({ loanNo: "E", maturity: "2027-01-10", balance: null })
      .withLoan({ loanNo: "X", maturity: "2027-01-10", balance: "很多" })
      .build();
    const s = selectMaturing(ledger, { asOf: AS_OF });
    expect(s.count).toBe(1);
    expect(s.skippedRows).toEqual([4, 5]);
  });

  it("groups by branch in ledger order, sorted by maturity, with exact totals", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "1", branch: "东城支行", maturity: "2027-01-20", balance: 0.1 })
      .withLoan({ loanNo: "2", branch: "城关支行", maturity: "2027-01-05", balance: 0.2 })
      .withLoan({ loanNo: "3", branch: "东城支行", maturity: "2027-01-02", balance: 0.2 })
      .withLoan({ loanNo: "4", branch: null, maturity: "2027-01-03", balance: 7 })
      .build();
    const s = selectMaturing(ledger, { asOf: AS_OF });
    expect(s.branches.map((b) => [b.branch, b.loans.map((l) => l.loanNo), b.balance])).toEqual([
      ["东城支行", ["3", "1"], 0.3],
      ["城关支行", ["2"], 0.2],
      [null, ["4"], 7],
    ]);
    expect(s.balance).toBe(7.5);
    expect(s.count).toBe(4);
  });

  it("gives the 展期 limit from the 期限 column, else from the dates", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "S", maturity: "2027-01-10", termMonths: 12 })
      .withLoan({ loanNo: "M", maturity: "2027-01-10", termMonths: 36 })
      .withLoan({ loanNo: "L", maturity: "2027-01-10", termMonths: 96 })
      .withLoan({ loanNo: "D", maturity: "2027-01-10", termMonths: null, disbursed: "2026-01-11" })
      .withLoan({ loanNo: "N", maturity: "2027-01-10", termMonths: null, disbursed: null })
      .build();
    const loans = selectMaturing(ledger, { asOf: AS_OF }).branches.flatMap((b) => b.loans);
    expect(loans.map((l) => [l.loanNo, l.termMonths, l.extensionLimit])).toEqual([
      ["S", 12, 12],
      ["M", 36, 18],
      ["L", 96, 36],
      ["D", 12, 12],
      ["N", null, null],
    ]);
  });

  it("uses the next 30 days when the setting says so", () => {
    const ledger = aLedger()
      .withLoan({ loanNo: "A", maturity: "2026-12-16" })
      .withLoan({ loanNo: "B", maturity: "2027-01-14" })
      .withLoan({ loanNo: "C", maturity: "2027-01-15" })
      .build();
    const s = selectMaturing(ledger, { asOf: day("2026-12-15"), mode: "next-30-days" });
    expect(s.branches.flatMap((b) => b.loans.map((l) => l.loanNo))).toEqual(["A", "B"]);
  });

  it("matches loans without a 借据号 by customer and maturity", () => {
    const ledger = aLedger().withRow({ customer: "王五", maturity: "2027-01-09", balance: 3, amount: 3 }).build();
    const [loan] = selectMaturing(ledger, { asOf: AS_OF }).branches.flatMap((b) => b.loans);
    expect(loan?.loanNo).toBeNull();
    expect(loan?.match).toBe("#王五|2027-01-09");
  });

  it("keeps the class and guarantee as written when they are not known values", () => {
    const ledger = aLedger().withLoan({ maturity: "2027-01-09", class: "关注类", guarantee: "第三方回购" }).build();
    const [loan] = selectMaturing(ledger, { asOf: AS_OF }).branches.flatMap((b) => b.loans);
    expect(loan?.loanClass).toBe("关注");
    expect(loan?.guarantee).toBe("第三方回购");
  });
});
