import { isNonPerforming } from "../classification/loan-class";
import { classOf, dateOf, numberOf, textOf } from "../ledger/field-access";
import type { Ledger, LoanRow } from "../ledger/ledger-types";
import { dayFromYmd, type Day } from "../values/day";

/** What one 管户客户经理 manages, from the ledger: the 目标责任书's 管户资产 block. Amounts in the ledger's unit. */
export interface OfficerPortfolio {
  readonly officer: string;
  /** 户数: distinct customers (by ID number, else name) with a balance. */
  readonly accounts: number;
  /** 笔数: loans with a balance. */
  readonly loans: number;
  readonly balance: number;
  /** 次级 + 可疑 + 损失. */
  readonly nplBalance: number;
  /** nplBalance ÷ balance; null when the balance is 0 (no ratio exists). */
  readonly nplRatio: number | null;
  /** Loans past due on the as-of date: days overdue, overdue principal, or matured with a balance. */
  readonly overdueLoans: number;
  readonly overdueBalance: number;
  /** Loans with a balance maturing in the assessment year. */
  readonly maturingLoans: number;
  readonly maturingBalance: number;
}

export interface PortfolioOptions {
  readonly asOf: Day;
  readonly year: number;
}

interface Tally {
  customers: Set<string>;
  loans: number;
  balance: number;
  nplBalance: number;
  overdueLoans: number;
  overdueBalance: number;
  maturingLoans: number;
  maturingBalance: number;
}

/** Sums of amounts typed with two or four decimals drift in binary (0.1 + 0.2); six places is below any ledger's unit. */
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function isOverdue(row: LoanRow, asOf: Day): boolean {
  const days = numberOf(row, "overdueDays");
  const principal = numberOf(row, "overduePrincipal");
  const maturity = dateOf(row, "maturity");
  return (days !== null && days > 0) || (principal !== null && principal > 0) || (maturity !== null && maturity < asOf);
}

/**
 * Every officer named in the ledger's 管户客户经理 column, in the order they
 * first appear, with their portfolio as of `asOf`. A row without an officer
 * is left out (the ledger check reports it); an officer whose loans are all
 * settled is kept, with a zero portfolio: they still sign a 目标责任书. A
 * balance that cannot be read counts as 0 (the check reports that too).
 */
export function officerPortfolios(ledger: Ledger, options: PortfolioOptions): OfficerPortfolio[] {
  const { asOf, year } = options;
  const yearStart = dayFromYmd(year, 1, 1);
  const yearEnd = dayFromYmd(year, 12, 31);
  const tallies = new Map<string, Tally>();
  for (const row of ledger.rows) {
    if (row.kind !== "data") continue;
    const officer = textOf(row, "officer")?.trim() ?? "";
    if (officer === "") continue;
    let t = tallies.get(officer);
    if (t === undefined) {
      t = {
        customers: new Set(),
        loans: 0,
        balance: 0,
        nplBalance: 0,
        overdueLoans: 0,
        overdueBalance: 0,
        maturingLoans: 0,
        maturingBalance: 0,
      };
      tallies.set(officer, t);
    }
    const balance = numberOf(row, "balance") ?? 0;
    if (balance <= 0) continue;
    t.customers.add(textOf(row, "idNumber") ?? textOf(row, "customer") ?? `#${row.sheetRow}`);
    t.loans++;
    t.balance += balance;
    const cls = classOf(row);
    if (cls !== null && isNonPerforming(cls)) t.nplBalance += balance;
    if (isOverdue(row, asOf)) {
      t.overdueLoans++;
      t.overdueBalance += balance;
    }
    const maturity = dateOf(row, "maturity");
    if (maturity !== null && yearStart !== null && yearEnd !== null && maturity >= yearStart && maturity <= yearEnd) {
      t.maturingLoans++;
      t.maturingBalance += balance;
    }
  }
  return [...tallies].map(([officer, t]) => {
    const balance = clean(t.balance);
    const nplBalance = clean(t.nplBalance);
    return {
      officer,
      accounts: t.customers.size,
      loans: t.loans,
      balance,
      nplBalance,
      nplRatio: balance === 0 ? null : nplBalance / balance,
      overdueLoans: t.overdueLoans,
      overdueBalance: clean(t.overdueBalance),
      maturingLoans: t.maturingLoans,
      maturingBalance: clean(t.maturingBalance),
    };
  });
}
