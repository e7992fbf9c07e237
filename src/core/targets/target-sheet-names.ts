import { targetMessages } from "../messages/target-messages";
import { MAX_SHEET_NAME, safeSheetName } from "../sheet-model/sheet-name";

/** The sheets of the feature, named in Chinese whatever the locale: the add-in finds them by name. */
export const TARGET_SHEET_PREFIX = targetMessages["targets.sheet.prefix"]["zh-CN"];
export const SUMMARY_SHEET = targetMessages["targets.sheet.summary"]["zh-CN"];
export const PARAMS_SHEET = targetMessages["targets.sheet.params"]["zh-CN"];

/**
 * `目标责任书-<officer>` for each officer, in Excel's limits (31 characters,
 * no : \ / ? * [ ]). Two officers whose names come out the same — by case, by
 * the cut at 31 characters, or by a forbidden character — get `(2)`, `(3)` …
 * in the order given, so that each keeps their own sheet from run to run.
 */
export function targetSheetNames(officers: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>([SUMMARY_SHEET.toUpperCase(), PARAMS_SHEET.toUpperCase()]);
  for (const officer of officers) {
    const base = safeSheetName(TARGET_SHEET_PREFIX + officer);
    let name = base;
    for (let n = 2; taken.has(name.toUpperCase()); n++) {
      const suffix = `(${n})`;
      name = safeSheetName(TARGET_SHEET_PREFIX + officer, MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(name.toUpperCase());
    names.set(officer, name);
  }
  return names;
}
