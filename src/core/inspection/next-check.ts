import type { LoanClass } from "../classification/loan-class";
import { DEFAULT_SETTINGS, type InspectionSettings } from "../settings/defaults";
import type { Day } from "../values/day";

/** Days between routine inspections: quarterly for 正常, monthly for 关注 and worse (rules.md §3.2). */
export function inspectionIntervalDays(cls: LoanClass, s: InspectionSettings = DEFAULT_SETTINGS.inspection): number {
  return cls === "正常" ? s.normalIntervalDays : s.watchIntervalDays;
}

export interface NextCheckInput {
  readonly lastCheck: Day | null;
  readonly cls: LoanClass;
  readonly disbursed: Day | null;
}

/**
 * The day the next inspection is due. A loan never inspected owes its first
 * follow-up (首次跟踪检查) a fixed time after disbursement; after that the
 * interval depends on the class. Null when neither date is known, because a
 * due date cannot be invented.
 */
export function nextCheckDue(input: NextCheckInput, s: InspectionSettings = DEFAULT_SETTINGS.inspection): Day | null {
  if (input.lastCheck === null) {
    return input.disbursed === null ? null : input.disbursed + s.firstInspectionDays;
  }
  return input.lastCheck + inspectionIntervalDays(input.cls, s);
}
