import { inspectionIntervalDays, nextCheckDue } from "../../inspection/next-check";
import { classOf, dateOf } from "../field-access";
import type { ColumnKey } from "../ledger-types";
import { isoDay, hasValue, isOutstanding, type LedgerRule } from "./rule";

/**
 * An outstanding loan whose latest inspection (最近检查日期, else 首次检查日期)
 * is older than its class allows (正常 quarterly, 关注 and worse monthly, per
 * settings). A loan never inspected is first-inspection-late's. A latest
 * inspection cell that is filled but unreadable stops the rule: falling back
 * to the first inspection would report a date the sheet contradicts.
 */
export const inspectionOverdue: LedgerRule = {
  id: "inspection-overdue",
  description: "贷后检查超过规定频率未开展",
  start(ctx) {
    const s = ctx.settings.inspection;
    return (row, report) => {
      const cls = classOf(row);
      if (cls === null || isOutstanding(row, ctx) !== true) return;
      let source: ColumnKey = "lastInspection";
      let latest = dateOf(row, "lastInspection");
      if (latest === null) {
        if (hasValue(row, "lastInspection")) return;
        source = "firstInspection";
        latest = dateOf(row, "firstInspection");
      }
      if (latest === null) return;
      const due = nextCheckDue({ lastCheck: latest, cls, disbursed: dateOf(row, "disbursed") }, s);
      if (due === null || due >= ctx.asOf) return;
      report({
        severity: "warning",
        column: source,
        message: "rule.inspection-overdue",
        hint: "rule.inspection-overdue.hint",
        params: {
          value: isoDay(latest),
          last: isoDay(latest),
          class: cls,
          interval: inspectionIntervalDays(cls, s),
          due: isoDay(due),
        },
        data: { class: cls, daysOverdue: ctx.asOf - due },
      });
    };
  },
};
