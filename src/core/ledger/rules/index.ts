import { balanceExceedsAmount } from "./balance-exceeds-amount";
import { classBelowFloor } from "./class-below-floor";
import { dateOrder } from "./date-order";
import { duplicateKey } from "./duplicate-key";
import { enumInvalid } from "./enum-invalid";
import { firstInspectionLate } from "./first-inspection-late";
import { headerMissing } from "./header-missing";
import { headerRepeated } from "./header-repeated";
import { idInvalid } from "./id-invalid";
import { inspectionOverdue } from "./inspection-overdue";
import { maturingNextMonth } from "./maturing-next-month";
import { mergedCells } from "./merged-cells";
import { nplNoDisposal } from "./npl-no-disposal";
import { requiredMissing } from "./required-missing";
import type { LedgerRule } from "./rule";
import { typeError } from "./type-error";

/**
 * Every ledger rule, in the order findings of one cell are listed: first
 * whether the sheet can be read at all, then whether values agree, then what
 * needs doing. Explicit, never a directory scan, so the order is reviewed.
 */
export const LEDGER_RULES: readonly LedgerRule[] = [
  headerMissing,
  headerRepeated,
  mergedCells,
  requiredMissing,
  typeError,
  enumInvalid,
  idInvalid,
  duplicateKey,
  dateOrder,
  balanceExceedsAmount,
  classBelowFloor,
  inspectionOverdue,
  firstInspectionLate,
  nplNoDisposal,
  maturingNextMonth,
];

export type { Draft, LedgerRule, Report, RowCheck, RuleContext } from "./rule";
export { ruleContext, toFinding, toLayoutFinding } from "./rule";
