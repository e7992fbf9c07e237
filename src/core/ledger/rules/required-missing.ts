import type { Severity } from "../../findings/finding";
import { dateOf } from "../field-access";
import type { ColumnKey } from "../ledger-types";
import { isoDay, hasValue, isOutstanding, type LedgerRule } from "./rule";

/**
 * The cells every loan must have (rules.md §5 ★), and how serious an empty
 * one is. 证件号码 and 担保方式 are asked for too, but many ledgers leave them
 * to the credit system, so an empty one is a warning.
 */
const REQUIRED: readonly (readonly [ColumnKey, Severity])[] = [
  ["customer", "error"],
  ["loanNo", "error"],
  ["amount", "error"],
  ["balance", "error"],
  ["disbursed", "error"],
  ["maturity", "error"],
  ["class", "error"],
  ["officer", "error"],
  ["idNumber", "warning"],
  ["guarantee", "warning"],
];

/**
 * An empty cell where the loan must have a value. Only columns the sheet has
 * are checked (a missing column is header-missing, once). The first
 * inspection date becomes required only once it is due, and never for a
 * settled loan; the latest inspection date is left to inspection-overdue.
 */
export const requiredMissing: LedgerRule = {
  id: "required-missing",
  description: "必填项为空",
  start(ctx) {
    const present = REQUIRED.filter(([key]) => ctx.binding(key) !== undefined);
    const checkFirst = ctx.binding("firstInspection") !== undefined;
    const firstDays = ctx.settings.inspection.firstInspectionDays;
    return (row, report) => {
      for (const [key, severity] of present) {
        if (hasValue(row, key)) continue;
        report({
          severity,
          column: key,
          message: "rule.required-missing",
          hint: "rule.required-missing.hint",
          data: { columnKey: key },
        });
      }
      if (!checkFirst || hasValue(row, "firstInspection")) return;
      const disbursed = dateOf(row, "disbursed");
      if (disbursed === null || ctx.asOf <= disbursed + firstDays || isOutstanding(row, ctx) !== true) return;
      report({
        severity: "error",
        column: "firstInspection",
        message: "rule.required-missing.first-inspection",
        hint: "rule.required-missing.first-inspection.hint",
        params: { disbursed: isoDay(disbursed), due: isoDay(disbursed + firstDays) },
        data: { columnKey: "firstInspection" },
      });
    };
  },
};
