import { DEFAULT_SETTINGS, type ClassificationThresholds } from "../settings/defaults";
import { classificationMessages } from "../messages/classification-messages";
import { fill, type Locale } from "../messages/message";
import { classifyFloor, reasonText, type FloorInput, type FloorReason } from "./classify-floor";
import { classRank, type LoanClass } from "./loan-class";

export type ClassCheckResult =
  { ok: true } | { ok: false; floor: LoanClass; reasons: readonly FloorReason[]; /** zh-CN. */ text: string };

/**
 * Checks a recorded class against its floor. A class better than the floor
 * is a 分类偏离; a class worse than the floor is the analyst's judgment and
 * is fine (the floors are minimums, not the answer).
 */
export function classCheck(
  recorded: LoanClass,
  input: FloorInput,
  t: ClassificationThresholds = DEFAULT_SETTINGS.classification,
): ClassCheckResult {
  const result = classifyFloor(input, t);
  if (classRank(recorded) >= classRank(result.floor)) return { ok: true };
  const failed = { ok: false as const, floor: result.floor, reasons: result.reasons, text: "" };
  return { ...failed, text: classCheckText(failed) };
}

/** `分类偏离：应至少为次级（逾期超过90天）`; "" when the check passed. */
export function classCheckText(result: ClassCheckResult, locale: Locale = "zh-CN"): string {
  if (result.ok) return "";
  return fill(classificationMessages["cls.misclassified"][locale], {
    floor: result.floor,
    reasons: reasonText(result, locale),
  });
}
