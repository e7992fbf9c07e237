import { extensionLimitMonths } from "../dates/extension-limit";
import { isInWindow } from "../dates/due-next-month";
import { classOf, dateOf, displayValue, numberOf, rawOf, textOf } from "../ledger/field-access";
import type { ColumnKey, Ledger, LoanRow } from "../ledger/ledger-types";
import type { Day } from "../values/day";
import { noticeKey } from "./notice-key";
import { noticePeriod, type NoticePeriod, type NoticeWindowMode } from "./notice-period";
import { termMonths } from "./term-months";

/** A loan of the 附表: what the ledger says about it, read once. */
export interface MaturingLoan {
  /** What matches the loan across runs (notice-key.ts). */
  readonly match: string;
  /** The 借据号 as the ledger writes it; null when the ledger has none. */
  readonly loanNo: string | null;
  readonly customer: string;
  /** The branch as written; null when the ledger names none. */
  readonly branch: string | null;
  readonly balance: number;
  readonly maturity: Day;
  readonly officer: string | null;
  /** The five-tier class (canonical), or the cell as written when it is not one. */
  readonly loanClass: string | null;
  readonly guarantee: string | null;
  /** The original term in months: the 期限 column, else from disbursement to maturity. */
  readonly termMonths: number | null;
  /** The longest cumulative extension allowed (《贷款通则》第十二条); null when the term is unknown. */
  readonly extensionLimit: number | null;
  /** 1-based row in the ledger sheet. */
  readonly sheetRow: number;
}

export interface BranchMaturities {
  /** As the ledger writes it; null for loans with no branch. */
  readonly branch: string | null;
  /** By maturity date, then ledger row. */
  readonly loans: readonly MaturingLoan[];
  readonly count: number;
  /** Sum of the balances, in the ledger's unit, to the cent. */
  readonly balance: number;
}

export interface MaturitySelection {
  readonly period: NoticePeriod;
  /** In the order the ledger first names each branch. */
  readonly branches: readonly BranchMaturities[];
  readonly count: number;
  readonly balance: number;
  /** Rows maturing in the period whose balance is empty or unreadable: left out, and counted so the user is told. */
  readonly skippedRows: readonly number[];
}

export interface SelectMaturingOptions {
  readonly asOf: Day;
  readonly mode?: NoticeWindowMode;
}

/** Money is added in cents, so that a branch's total is exact to the 分 however many loans it has. */
function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** The cell's text: the parsed text or enum name, else the cell as written; null when empty. */
function shownText(row: LoanRow, key: ColumnKey): string | null {
  return textOf(row, key) ?? displayValue(rawOf(row, key));
}

function loanTerm(row: LoanRow, maturity: Day): number | null {
  const stated = numberOf(row, "termMonths");
  if (stated !== null && stated > 0) return stated;
  const disbursed = dateOf(row, "disbursed");
  return disbursed === null ? null : termMonths(disbursed, maturity);
}

/**
 * The loans with money out that mature in the notices' period (the month
 * after the as-of date, or the next 30 days), grouped by branch: the 附表 of
 * each branch's 提示函. Dates were parsed when the ledger was read, so text
 * dates (`2026年12月31日`, `2026/12/31`) count like real ones. A loan whose
 * maturity cannot be read is not selected (the ledger check reports it).
 */
export function selectMaturing(ledger: Ledger, options: SelectMaturingOptions): MaturitySelection {
  const period = noticePeriod(options.asOf, options.mode ?? "next-month");
  const groups = new Map<string | null, MaturingLoan[]>();
  const skippedRows: number[] = [];
  for (const row of ledger.rows) {
    if (row.kind !== "data") continue;
    const maturity = dateOf(row, "maturity");
    if (maturity === null || !isInWindow(maturity, period.window)) continue;
    const balance = numberOf(row, "balance");
    if (balance === null) {
      skippedRows.push(row.sheetRow);
      continue;
    }
    if (balance <= 0) continue;
    const loanNo = shownText(row, "loanNo");
    const customer = shownText(row, "customer") ?? "";
    const term = loanTerm(row, maturity);
    const branch = shownText(row, "branch");
    const loan: MaturingLoan = {
      match: noticeKey(loanNo, customer, maturity),
      loanNo,
      customer,
      branch,
      balance,
      maturity,
      officer: shownText(row, "officer"),
      loanClass: classOf(row) ?? displayValue(rawOf(row, "class")),
      guarantee: shownText(row, "guarantee"),
      termMonths: term,
      extensionLimit: term === null ? null : extensionLimitMonths(term),
      sheetRow: row.sheetRow,
    };
    const list = groups.get(branch);
    if (list === undefined) groups.set(branch, [loan]);
    else list.push(loan);
  }

  const branches: BranchMaturities[] = [];
  let total = 0;
  let count = 0;
  for (const [branch, loans] of groups) {
    loans.sort((a, b) => a.maturity - b.maturity || a.sheetRow - b.sheetRow);
    const sum = loans.reduce((s, l) => s + cents(l.balance), 0);
    branches.push({ branch, loans, count: loans.length, balance: sum / 100 });
    total += sum;
    count += loans.length;
  }
  return { period, branches, count, balance: total / 100, skippedRows };
}
