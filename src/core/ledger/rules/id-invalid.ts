import { idValid } from "../../ids/id-valid";
import { textOf } from "../field-access";
import type { LedgerRule } from "./rule";

/**
 * A 证件号码 that is neither a resident ID nor a 统一社会信用代码 by its check
 * digit. A number in the cell is checked as its digits: Excel keeps only 15
 * significant digits, so an 18-digit ID typed as a number is already wrong
 * and this says so. An empty cell is required-missing's, an error value
 * type-error's (textOf gives null for both).
 */
export const idInvalid: LedgerRule = {
  id: "id-invalid",
  description: "证件号码校验不通过",
  start(ctx) {
    if (ctx.binding("idNumber") === undefined) return () => undefined;
    return (row, report) => {
      const id = textOf(row, "idNumber");
      if (id === null || idValid(id)) return;
      report({ severity: "warning", column: "idNumber", message: "rule.id-invalid", hint: "rule.id-invalid.hint" });
    };
  },
};
