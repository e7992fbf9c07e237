import { textOf } from "../field-access";
import type { LedgerRule } from "./rule";

/**
 * A 借据号 on more than one data row. The first occurrence is taken as the
 * loan and each later one is reported, naming the first row, so that a
 * ledger with one loan pasted twice gets one finding, not two.
 */
export const duplicateKey: LedgerRule = {
  id: "duplicate-key",
  description: "借据号重复",
  start(ctx) {
    if (ctx.binding("loanNo") === undefined) return () => undefined;
    const firstRowOf = new Map<string, number>();
    return (row, report) => {
      const key = textOf(row, "loanNo");
      if (key === null) return;
      const first = firstRowOf.get(key);
      if (first === undefined) {
        firstRowOf.set(key, row.sheetRow);
        return;
      }
      report({
        severity: "error",
        column: "loanNo",
        message: "rule.duplicate-key",
        hint: "rule.duplicate-key.hint",
        params: { firstRow: first },
        data: { firstRow: first },
      });
    };
  },
};
