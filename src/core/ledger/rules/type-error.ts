import { COLUMN_CATALOGUE } from "../column-catalogue";
import type { ColumnKey, ColumnKind } from "../ledger-types";
import type { LedgerRule } from "./rule";

/**
 * A filled cell that cannot be read as its column's type (`2026-13-45` as a
 * date, `约50` as a number), or any mapped cell holding an Excel error value
 * (#N/A, #REF! …). The parsers already decided; this only reports. Other
 * rules read values through field-access, which gives null for such a cell,
 * so an unreadable value produces this finding and nothing else.
 */
export const typeError: LedgerRule = {
  id: "type-error",
  description: "单元格内容无法识别为该列的类型，或为错误值",
  start(ctx) {
    const columns: { key: ColumnKey; kind: ColumnKind }[] = [];
    for (const b of ctx.layout.columns) {
      if (ctx.binding(b.key) === b) columns.push({ key: b.key, kind: COLUMN_CATALOGUE[b.key].kind });
    }
    return (row, report) => {
      for (const { key, kind } of columns) {
        const parsed = row.fields[key]?.parsed;
        if (parsed === undefined || parsed.ok || parsed.reason === "empty") continue;
        if (parsed.reason === "error-value") {
          report({
            severity: "error",
            column: key,
            message: "rule.type-error.error-value",
            hint: "rule.type-error.error-value.hint",
            data: { columnKey: key },
          });
        } else if (kind === "date" || kind === "number") {
          // (An unreadable word in a list column is enum-invalid's; text and id columns read any text.)
          report({
            severity: "error",
            column: key,
            message: kind === "date" ? "rule.type-error.date" : "rule.type-error.number",
            hint: kind === "date" ? "rule.type-error.date.hint" : "rule.type-error.number.hint",
            data: { columnKey: key },
          });
        }
      }
    };
  },
};
