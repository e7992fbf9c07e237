import type { LedgerRule } from "./rule";

/**
 * A row below the header that repeats it: two tables pasted one under the
 * other. readLedger recognises it (row-kind.ts) and the check skips it, so
 * its column names are not reported cell by cell as a loan's bad values
 * (“贷款金额”不是数字); this reports the row once, so the user deletes it or
 * separates the tables.
 */
export const headerRepeated: LedgerRule = {
  id: "header-repeated",
  description: "数据中重复出现表头行（已跳过）",
  startSkipped() {
    return (row, report) => {
      if (row.kind !== "header") return;
      report({
        severity: "warning",
        column: null,
        message: "rule.header-repeated",
        hint: "rule.header-repeated.hint",
        params: { row: row.sheetRow },
        data: { row: row.sheetRow },
      });
    };
  },
};
