import * as fns from "../../functions/functions";

/**
 * How each DH.* custom function takes its arguments and gives its result, so
 * that a spreadsheet engine can call the very implementations Excel calls.
 * The JSDoc of src/functions/functions.ts is the source of these facts for
 * Excel (through functions.json); test/preview/formula/dh-functions.test.ts
 * reads that source and fails when this table drifts from it.
 *
 * - "each": a value or a range; the function maps over its cells, so a range
 *   here decides the shape of the spilled result.
 * - "range": a range taken whole (aggregates, lists of cut-offs).
 * - "scalar": a single value (`any`, not `any[][]`, in the signature).
 */
export type ParamKind = "each" | "range" | "scalar";

export interface DhFunction {
  /** The custom function id, as in `=DH.<id>(…)`. */
  readonly id: string;
  readonly impl: (...args: never[]) => unknown;
  readonly params: readonly ParamKind[];
  /** How many leading parameters are required. */
  readonly required: number;
  /** "matrix" when the function returns rows of cells (it may spill). */
  readonly result: "matrix" | "scalar";
}

const f = (
  id: string,
  impl: DhFunction["impl"],
  params: readonly ParamKind[],
  required: number,
  result: DhFunction["result"] = "matrix",
): DhFunction => ({ id, impl, params, required, result });

export const DH_NAMESPACE = "DH";

export const DH_FUNCTIONS: readonly DhFunction[] = [
  f("CLASSIFY", fns.classify, ["each", "each", "each", "each"], 1),
  f("CLASSIFY_REASON", fns.classifyReason, ["each", "each", "each", "each"], 1),
  f("CLASS_CHECK", fns.classCheckFn, ["each", "each", "each", "each", "each"], 2),
  f("IS_NPL", fns.isNpl, ["each"], 1),
  f("PROVISION", fns.provisionFn, ["each", "each", "each"], 2),
  f("NPL_RATIO", fns.nplRatioFn, ["range", "range"], 2, "scalar"),
  f("DEVIATION", fns.deviationFn, ["range", "range", "range"], 3, "scalar"),
  f("OVERDUE_DAYS", fns.overdueDaysFn, ["each", "each"], 1),
  f("NEXT_CHECK", fns.nextCheck, ["each", "each", "each"], 2),
  f("DUE_NEXT_MONTH", fns.dueNextMonthFn, ["each", "each"], 1),
  f("EXTENSION_LIMIT", fns.extensionLimit, ["each"], 1),
  f("TIER", fns.tierFn, ["each", "each", "each"], 3),
  f("OWNER_DEPT", fns.ownerDeptFn, ["each"], 1),
  f("SCORE", fns.scoreFn, ["range", "scalar", "scalar"], 1, "scalar"),
  f("GRADE", fns.gradeFn, ["each", "range"], 1),
  f("PENALTY", fns.penaltyFn, ["each", "each", "each"], 1),
  f("ATTAIN", fns.attainFn, ["each", "each", "each"], 2),
  f("TARGET_SCORE", fns.targetScoreFn, ["range", "range", "range", "scalar"], 3, "scalar"),
  f("ID_VALID", fns.idValidFn, ["each"], 1),
  f("AMOUNT_CN", fns.amountCn, ["each"], 1),
];
