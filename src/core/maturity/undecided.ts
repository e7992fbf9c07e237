import type { DayWindow } from "../dates/due-next-month";
import { isInWindow } from "../dates/due-next-month";
import { dateOf, displayValue, numberOf, rawOf, textOf } from "../ledger/field-access";
import type { Ledger } from "../ledger/ledger-types";
import type { Day } from "../values/day";
import { noticeKey } from "./notice-key";
import type { NoticedLoan } from "./read-notice-sheet";

/** A loan of an earlier notice that has matured with no 处理方式 chosen. */
export interface UndecidedLoan {
  readonly match: string;
  /** The branch whose notice listed it. */
  readonly branch: string;
  readonly loanNo: string | null;
  readonly customer: string | null;
  /** The balance the notice gave. */
  readonly balance: number | null;
  readonly maturity: Day;
  readonly officer: string | null;
  readonly loanClass: string | null;
}

/** The same loan in the ledger now: its balance and maturity; null when it is gone from the ledger. */
export interface LedgerNow {
  readonly balance: number | null;
  readonly maturity: Day | null;
}

/**
 * The loans of earlier notices that matured — due on or before the as-of
 * date — with the 处理方式 still empty: "when the next month's ledger is
 * checked, the loans that matured without a handling decision are listed".
 * A loan due on the as-of date counts: the decision was due before it.
 */
export function findUndecided(
  notices: readonly { readonly branch: string; readonly loans: readonly NoticedLoan[] }[],
  asOf: Day,
): UndecidedLoan[] {
  const found: UndecidedLoan[] = [];
  for (const { branch, loans } of notices) {
    for (const loan of loans) {
      if (loan.maturity === null || loan.maturity > asOf || loan.handling !== null) continue;
      found.push({
        match: loan.match,
        branch,
        loanNo: loan.loanNo,
        customer: loan.customer,
        balance: loan.balance,
        maturity: loan.maturity,
        officer: loan.officer,
        loanClass: loan.loanClass,
      });
    }
  }
  return found;
}

/**
 * This run's list: the loans found in the notices now, then those the last
 * summary listed that matured in the period being followed up (so that a
 * re-run, after the notices were rewritten, still lists them), each once,
 * ordered by maturity.
 */
export function mergeUndecided(
  found: readonly UndecidedLoan[],
  listedBefore: readonly UndecidedLoan[],
  followUp: DayWindow,
): UndecidedLoan[] {
  const seen = new Set<string>();
  const out: UndecidedLoan[] = [];
  for (const loan of found) {
    if (seen.has(loan.match)) continue;
    seen.add(loan.match);
    out.push(loan);
  }
  for (const loan of listedBefore) {
    if (seen.has(loan.match) || !isInWindow(loan.maturity, followUp)) continue;
    seen.add(loan.match);
    out.push(loan);
  }
  return out.sort((a, b) => a.maturity - b.maturity || a.branch.localeCompare(b.branch));
}

/** Every loan of the ledger by its match key (notice-key.ts), for looking up where listed loans stand now. */
export function ledgerLoans(ledger: Ledger): Map<string, LedgerNow> {
  const index = new Map<string, LedgerNow>();
  for (const row of ledger.rows) {
    if (row.kind !== "data") continue;
    const maturity = dateOf(row, "maturity");
    const loanNo = textOf(row, "loanNo") ?? displayValue(rawOf(row, "loanNo"));
    const customer = textOf(row, "customer") ?? displayValue(rawOf(row, "customer"));
    const key = noticeKey(loanNo, customer, maturity);
    if (!index.has(key)) index.set(key, { balance: numberOf(row, "balance"), maturity });
  }
  return index;
}

/** True when the loan still has money out in the ledger; false when it is repaid or gone. */
export function stillOutstanding(now: LedgerNow | undefined): now is LedgerNow {
  return now !== undefined && (now.balance === null || now.balance > 0);
}
