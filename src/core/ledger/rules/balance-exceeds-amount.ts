import { displayValue, numberOf, rawOf } from "../field-access";
import type { LedgerRule } from "./rule";

/**
 * A balance above the amount lent. Both columns are compared as read: a
 * ledger states one unit for its amount columns, and a mix of 元 and 万元 is
 * exactly what this catches.
 */
export const balanceExceedsAmount: LedgerRule = {
  id: "balance-exceeds-amount",
  description: "贷款余额大于贷款金额",
  start() {
    return (row, report) => {
      const balance = numberOf(row, "balance");
      const amount = numberOf(row, "amount");
      if (balance === null || amount === null || balance <= amount) return;
      report({
        severity: "error",
        column: "balance",
        message: "rule.balance-exceeds-amount",
        hint: "rule.balance-exceeds-amount.hint",
        params: { amount: displayValue(rawOf(row, "amount")) ?? String(amount) },
      });
    };
  },
};
