import { isInWindow, nextMonthWindow } from "../../dates/due-next-month";
import { dateOf, displayValue, rawOf } from "../field-access";
import { isoDay, isOutstanding, type LedgerRule } from "./rule";

/**
 * A loan with money out that matures in the coming month (the calendar month
 * after the as-of date, or the next 30 days, per settings): the monthly
 * 到期提示 list. Information, not a fault.
 */
export const maturingNextMonth: LedgerRule = {
  id: "maturing-next-month",
  description: "下月到期贷款",
  start(ctx) {
    const window = nextMonthWindow(ctx.asOf, ctx.settings.maturity.window);
    return (row, report) => {
      const maturity = dateOf(row, "maturity");
      if (maturity === null || !isInWindow(maturity, window) || isOutstanding(row, ctx) !== true) return;
      report({
        severity: "info",
        column: "maturity",
        message: "rule.maturing-next-month",
        hint: "rule.maturing-next-month.hint",
        params: { value: isoDay(maturity), balance: displayValue(rawOf(row, "balance")) ?? "" },
      });
    };
  },
};
