import { assetTypeFromProduct } from "../src/core/classification/asset-type";
import type { CellValue } from "../src/core/values/cell-value";
import { benchLedger, columnIndex } from "./ledger";

/**
 * The arguments of DH.CLASSIFY / DH.CLASS_CHECK for the first `rows` loans of
 * a bench ledger, one row per loan, as a user's sheet would hold them: 逾期天数
 * from the ledger, 资产类型 worked out from 贷款品种 and 客户类型, and, on a
 * few loans, risk conditions and an ECL ratio (which the ledger has no column
 * for), plus the recorded 五级分类 as written (正常类, 关注一, now and then a typo).
 */
export interface ClassifyInputs {
  readonly overdue: number[];
  readonly asset: string[];
  readonly conditions: (string | null)[];
  readonly ecl: (number | string | null)[];
  readonly recorded: CellValue[];
}

export function classifyInputs(rows: number): ClassifyInputs {
  const ledger = benchLedger(Math.ceil(rows * 1.05));
  const at = {
    overdue: columnIndex(ledger, "overdueDays"),
    product: columnIndex(ledger, "product"),
    customerType: columnIndex(ledger, "customerType"),
    cls: columnIndex(ledger, "class"),
  };
  const out: ClassifyInputs = { overdue: [], asset: [], conditions: [], ecl: [], recorded: [] };
  for (const row of ledger.values) {
    if (out.overdue.length === rows) break;
    const days = row[at.overdue];
    if (typeof row[0] !== "number" || typeof days !== "number") continue; // loans only
    const i = out.overdue.length;
    out.overdue.push(days);
    const product = row[at.product];
    const customerType = row[at.customerType];
    out.asset.push(
      assetTypeFromProduct(
        typeof product === "string" ? product : null,
        typeof customerType === "string" ? customerType : null,
      ) ?? "非零售",
    );
    out.conditions.push(i % 503 === 0 ? "技术性逾期" : i % 101 === 0 ? "减值、挪用" : i % 37 === 0 ? "重组" : null);
    out.ecl.push(i % 97 === 0 ? 0.95 : i % 50 === 0 ? "55%" : null);
    out.recorded.push(row[at.cls] ?? null);
  }
  return out;
}

/** A column of values as a range argument: rows of one cell. */
export function column<T>(values: readonly T[]): T[][] {
  return values.map((v) => [v]);
}
