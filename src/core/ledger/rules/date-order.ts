import { dateOf } from "../field-access";
import { isoDay, type LedgerRule } from "./rule";

/**
 * Dates that contradict each other: a loan cannot mature, or be inspected,
 * before it is disbursed (errors); a latest inspection before the first is
 * a warning (often the two columns are swapped). One finding per cell: a
 * latest inspection before disbursement is not also reported as before the
 * first inspection. Unreadable dates read as null and are skipped.
 */
export const dateOrder: LedgerRule = {
  id: "date-order",
  description: "日期先后矛盾（到期日或检查日期早于发放日，最近检查早于首次检查）",
  start() {
    return (row, report) => {
      const disbursed = dateOf(row, "disbursed");
      const maturity = dateOf(row, "maturity");
      const first = dateOf(row, "firstInspection");
      const last = dateOf(row, "lastInspection");
      if (disbursed !== null) {
        const params = { disbursed: isoDay(disbursed) };
        if (maturity !== null && maturity < disbursed) {
          report({
            severity: "error",
            column: "maturity",
            message: "rule.date-order.maturity",
            hint: "rule.date-order.hint",
            params: { ...params, value: isoDay(maturity) },
          });
        }
        if (first !== null && first < disbursed) {
          report({
            severity: "error",
            column: "firstInspection",
            message: "rule.date-order.inspection",
            hint: "rule.date-order.hint",
            params: { ...params, value: isoDay(first) },
          });
        }
        if (last !== null && last < disbursed) {
          report({
            severity: "error",
            column: "lastInspection",
            message: "rule.date-order.inspection",
            hint: "rule.date-order.hint",
            params: { ...params, value: isoDay(last) },
          });
          return;
        }
      }
      if (first !== null && last !== null && last < first) {
        report({
          severity: "warning",
          column: "lastInspection",
          message: "rule.date-order.last-before-first",
          hint: "rule.date-order.hint",
          params: { value: isoDay(last), first: isoDay(first) },
        });
      }
    };
  },
};
