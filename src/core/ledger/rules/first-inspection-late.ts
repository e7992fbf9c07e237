import { dateOf } from "../field-access";
import { isoDay, hasValue, isOutstanding, type LedgerRule } from "./rule";

/**
 * The first follow-up inspection (首次跟踪检查) missing once it is due, or
 * done later than the limit after disbursement (settings, 30 days by
 * default). Missing is only reported for a loan still outstanding: a settled
 * loan needs no inspection dates. A recorded late date is reported either
 * way, because it is a fact about how the loan was managed. Only ledgers
 * with a 首次检查日期 column are checked; without one the sheet cannot say.
 */
export const firstInspectionLate: LedgerRule = {
  id: "first-inspection-late",
  description: "首次跟踪检查未按期开展",
  start(ctx) {
    if (ctx.binding("firstInspection") === undefined) return () => undefined;
    const days = ctx.settings.inspection.firstInspectionDays;
    return (row, report) => {
      const disbursed = dateOf(row, "disbursed");
      if (disbursed === null) return;
      const due = disbursed + days;
      const params = { disbursed: isoDay(disbursed), due: isoDay(due), days };
      const first = dateOf(row, "firstInspection");
      if (first !== null) {
        if (first <= due) return;
        report({
          severity: "warning",
          column: "firstInspection",
          message: "rule.first-inspection-late.late",
          hint: "rule.first-inspection-late.hint",
          params: { ...params, value: isoDay(first) },
          data: { daysLate: first - due },
        });
        return;
      }
      if (hasValue(row, "firstInspection") || ctx.asOf <= due || isOutstanding(row, ctx) !== true) return;
      report({
        severity: "warning",
        column: "firstInspection",
        message: "rule.first-inspection-late.missing",
        hint: "rule.first-inspection-late.hint",
        params,
        data: { daysLate: ctx.asOf - due },
      });
    };
  },
};
