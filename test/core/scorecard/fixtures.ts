import { checkLedger } from "../../../src/core/ledger/check-ledger";
import type { Ledger } from "../../../src/core/ledger/ledger-types";
import type { LedgerCheckResult } from "../../../src/core/ledger/check-ledger";
import { parseCellAddress } from "../../../src/core/sheet-model/a1";
import type { CellValue } from "../../../src/core/values/cell-value";
import { AS_OF, aLedger, type LedgerBuilder, type RowValues } from "../../support/ledger-builder";

/** A loan whose periodic inspection is overdue as of AS_OF (正常: every 90 days; last 2025-10-01). */
export const LATE: RowValues = { lastInspection: "2025-10-01" };
/** A non-performing loan (120 days overdue) recorded as 正常: class-below-floor with npl: 1, and inspection overdue too (次级 every 30 days). */
export const HIDDEN_NPL: RowValues = { overdueDays: 120, class: "正常", disposal: "清收" };
/** No 管户客户经理. */
export const NO_OFFICER: RowValues = { officer: null };

/**
 * Three branches of known shape, and rows without a 机构:
 * - 城关支行: four clean loans (100 points).
 * - 东城支行: two late inspections, one loan without an officer, one hidden NPL (92 points, 优秀).
 * - 西关信用社: thirty late inspections and twelve loans without an officer (65 points, under 80).
 * - two loans with no 机构, one of them late (未填机构, 99 points).
 */
export function branchLedger(): LedgerBuilder {
  const b = aLedger();
  for (let i = 0; i < 4; i++) b.withLoan({ branch: "城关支行" });
  b.withLoan({ branch: "东城支行", ...LATE });
  b.withLoan({ branch: "东城支行", ...LATE });
  b.withLoan({ branch: "东城支行", ...NO_OFFICER });
  b.withLoan({ branch: "东城支行", ...HIDDEN_NPL });
  b.withLoan({ branch: "东城支行" });
  for (let i = 0; i < 30; i++) b.withLoan({ branch: "西关信用社", ...LATE });
  for (let i = 0; i < 12; i++) b.withLoan({ branch: "西关信用社", ...NO_OFFICER });
  b.withLoan({ branch: null });
  b.withLoan({ branch: "", ...LATE });
  return b;
}

export function checked(builder: LedgerBuilder = branchLedger()): { ledger: Ledger; result: LedgerCheckResult } {
  const ledger = builder.build();
  return { ledger, result: checkLedger(ledger, { asOf: AS_OF }) };
}

/** The value of a cell in recalculated rows, by A1 address. */
export function valueAt(values: readonly (readonly CellValue[])[] | undefined, a1: string): CellValue {
  const p = parseCellAddress(a1);
  if (p === null) throw new Error(`bad address ${a1}`);
  return values?.[p.row - 1]?.[p.col] ?? null;
}
