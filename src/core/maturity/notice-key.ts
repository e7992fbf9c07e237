import { dayToIso, type Day } from "../values/day";
import { normalizeText } from "../values/normalize-text";

/**
 * What matches a loan across runs and sheets: its 借据号 (compared without
 * case, full-width forms or stray spaces); a loan the ledger gives no 借据号
 * is matched by customer and maturity date instead, which is as close as the
 * sheet allows.
 */
export function noticeKey(loanNo: string | null, customer: string | null, maturity: Day | null): string {
  const key = loanNo === null ? "" : normalizeText(loanNo).toUpperCase();
  if (key !== "") return key;
  const who = customer === null ? "" : normalizeText(customer);
  return `#${who}|${maturity === null ? "" : dayToIso(maturity)}`;
}
