import { isNonPerforming } from "../../classification/loan-class";
import { classOf } from "../field-access";
import { hasValue, type LedgerRule } from "./rule";

/**
 * A non-performing loan (次级/可疑/损失) with no 处置方式. Without the column
 * every NPL row is reported all the same: the column's absence is one
 * header-missing finding, but each NPL still needs a disposal plan.
 */
export const nplNoDisposal: LedgerRule = {
  id: "npl-no-disposal",
  description: "不良贷款未填写处置方式",
  start(ctx) {
    const hasColumn = ctx.binding("disposal") !== undefined;
    return (row, report) => {
      const cls = classOf(row);
      if (cls === null || !isNonPerforming(cls)) return;
      if (hasColumn && hasValue(row, "disposal")) return;
      report({
        severity: "warning",
        column: "disposal",
        message: "rule.npl-no-disposal",
        hint: "rule.npl-no-disposal.hint",
        params: { class: cls },
        data: { class: cls },
      });
    };
  },
};
