import { isNonPerforming, type LoanClass } from "../classification/loan-class";

/** 不良贷款率 = (次级 + 可疑 + 损失) ÷ all loans, by balance; null when the total is 0. */
export function nplRatio(rows: readonly { cls: LoanClass; balance: number }[]): number | null {
  let total = 0;
  let npl = 0;
  for (const row of rows) {
    total += row.balance;
    if (isNonPerforming(row.cls)) npl += row.balance;
  }
  return total === 0 ? null : npl / total;
}
