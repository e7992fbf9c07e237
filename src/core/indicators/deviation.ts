import { isNonPerforming, type LoanClass } from "../classification/loan-class";
import { DEFAULT_SETTINGS, type ClassificationThresholds } from "../settings/defaults";

/**
 * 不良贷款偏离度 = balance overdue more than 90 days ÷ NPL balance (rules.md
 * §2.2); above 1 means some loan overdue past 90 days is not classed as NPL.
 * Null when there is no NPL balance, where the ratio has no meaning.
 */
export function deviation(
  rows: readonly { overdueDays: number; cls: LoanClass; balance: number }[],
  t: ClassificationThresholds = DEFAULT_SETTINGS.classification,
): number | null {
  let overdue = 0;
  let npl = 0;
  for (const row of rows) {
    if (row.overdueDays > t.substandardAfterDays) overdue += row.balance;
    if (isNonPerforming(row.cls)) npl += row.balance;
  }
  return npl === 0 ? null : overdue / npl;
}
