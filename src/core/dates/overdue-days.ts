import type { Day } from "../values/day";

/**
 * Whole days a payment is past due on `asOf`. A loan is overdue from the day
 * after its due date (《贷款通则》第十二条), so the due date itself counts 0.
 */
export function overdueDays(due: Day, asOf: Day): number {
  return Math.max(0, asOf - due);
}
