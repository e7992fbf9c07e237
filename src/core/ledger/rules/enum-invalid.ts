import { LOAN_CLASSES } from "../../classification/loan-class";
import { DISPOSAL_METHODS } from "../../enums/disposal-method";
import { GUARANTEE_TYPES } from "../../enums/guarantee-type";
import { INSPECTION_METHODS } from "../../enums/inspection-method";
import type { Severity } from "../../findings/finding";
import { COLUMN_CATALOGUE } from "../column-catalogue";
import type { ColumnKey, ColumnKind } from "../ledger-types";
import type { LedgerRule } from "./rule";

/**
 * The list columns, their allowed values, and how serious a word outside the
 * list is: an unreadable 五级分类 stops every class check, the others only
 * make reports less precise.
 */
const LISTS: Readonly<
  Partial<Record<ColumnKind, { readonly allowed: readonly string[]; readonly severity: Severity }>>
> = {
  class: { allowed: LOAN_CLASSES, severity: "error" },
  guarantee: { allowed: GUARANTEE_TYPES, severity: "warning" },
  inspectionMethod: { allowed: INSPECTION_METHODS, severity: "warning" },
  disposal: { allowed: DISPOSAL_METHODS, severity: "warning" },
};

/** A filled value in a list column that no name or synonym matches (an error value is type-error's). */
export const enumInvalid: LedgerRule = {
  id: "enum-invalid",
  description: "取值不在允许范围内（五级分类、担保方式、检查方式、处置方式）",
  start(ctx) {
    const columns: { key: ColumnKey; severity: Severity; allowed: string }[] = [];
    for (const b of ctx.layout.columns) {
      const list = LISTS[COLUMN_CATALOGUE[b.key].kind];
      if (list === undefined || ctx.binding(b.key) !== b) continue;
      columns.push({ key: b.key, severity: list.severity, allowed: list.allowed.join("、") });
    }
    return (row, report) => {
      for (const { key, severity, allowed } of columns) {
        const parsed = row.fields[key]?.parsed;
        if (parsed === undefined || parsed.ok || parsed.reason !== "invalid") continue;
        report({
          severity,
          column: key,
          message: "rule.enum-invalid",
          hint: "rule.enum-invalid.hint",
          params: { allowed },
          data: { columnKey: key },
        });
      }
    };
  },
};
