import type { DataMerge } from "../ledger-types";
import type { LedgerRule } from "./rule";

/**
 * A merged area in the data (机构名称, 管户客户经理 or 客户名称 merged down
 * over a branch's or a borrower's loans). readLedger has already given the
 * merge's value to every loan it covers, so nothing is reported missing; this
 * says once per merge that the value was taken from the merge, and why a
 * merge in a ledger is a risk: sorting, filtering or copying the sheet keeps
 * the value in the top-left cell only. Reported on the first loan the merge
 * covers, in the merge's column.
 */
export const mergedCells: LedgerRule = {
  id: "merged-cells",
  description: "数据区域有合并单元格（已按合并值检查）",
  start(ctx) {
    const byRow = new Map<number, DataMerge[]>();
    for (const m of ctx.layout.merges ?? []) {
      const list = byRow.get(m.firstDataRow) ?? [];
      list.push(m);
      byRow.set(m.firstDataRow, list);
    }
    if (byRow.size === 0) return () => undefined;
    return (row, report) => {
      const here = byRow.get(row.sheetRow);
      if (here === undefined) return;
      for (const m of here) {
        report({
          severity: "info",
          column: m.key,
          message: m.top === m.bottom ? "rule.merged-cells.one-row" : "rule.merged-cells",
          hint: "rule.merged-cells.hint",
          params: { top: m.top, bottom: m.bottom, range: m.range },
          data: { columnKey: m.key, range: m.range },
        });
      }
    };
  },
};
