import { installStandInRuntime, shown } from "../support/custom-functions-stand-in";
import { FUNCTION_CASES } from "./cases";

installStandInRuntime();
const fns = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

/** functions.ts export → custom function id, as its JSDoc @customfunction tags declare. */
const BY_ID: Record<string, string> = {
  CLASSIFY: "classify",
  CLASSIFY_REASON: "classifyReason",
  CLASS_CHECK: "classCheckFn",
  IS_NPL: "isNpl",
  PROVISION: "provisionFn",
  NPL_RATIO: "nplRatioFn",
  DEVIATION: "deviationFn",
  OVERDUE_DAYS: "overdueDaysFn",
  NEXT_CHECK: "nextCheck",
  DUE_NEXT_MONTH: "dueNextMonthFn",
  EXTENSION_LIMIT: "extensionLimit",
  TIER: "tierFn",
  OWNER_DEPT: "ownerDeptFn",
  SCORE: "scoreFn",
  GRADE: "gradeFn",
  PENALTY: "penaltyFn",
  ATTAIN: "attainFn",
  TARGET_SCORE: "targetScoreFn",
  ID_VALID: "idValidFn",
  AMOUNT_CN: "amountCn",
};

describe("DH custom functions (source)", () => {
  it.each(FUNCTION_CASES.map((c) => [c.id, c.title, c] as const))("%s %s", (id, _title, c) => {
    const fn = fns[BY_ID[id] ?? ""];
    expect(fn).toBeInstanceOf(Function);
    expect(shown((fn as (...a: unknown[]) => unknown)(...c.args))).toEqual(c.expected);
  });

  it("defaults as_of to today for OVERDUE_DAYS", () => {
    const result = shown((fns.overdueDaysFn as (...a: unknown[]) => unknown)([[1]], null)) as number[][];
    expect(result[0]?.[0]).toBeGreaterThan(45000);
  });
});
