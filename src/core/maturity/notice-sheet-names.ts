import { noticeText } from "../messages/notice-messages";
import { MAX_SHEET_NAME, safeSheetName } from "../sheet-model/sheet-name";

/** Room kept for the `(2)` writeOwnedSheet adds when a sheet of that name exists and is not the add-in's. */
const RENAME_ROOM = 3;

/** `到期提示-` — how the add-in's notices are named, and found again. */
export const NOTICE_SHEET_PREFIX = noticeText("notice.sheet.prefix");
export const NOTICE_SUMMARY_SHEET = noticeText("notice.sheet.summary");

/**
 * The 提示函 sheet of each branch: `到期提示-<branch>`, the branch made safe
 * for Excel (no : \ / ? * [ ], at most 31 characters with room for a rename
 * suffix). Two branches whose names come out the same (Excel ignores case;
 * long names are cut) are told apart by `~2`, `~3` … on the later one.
 */
export function noticeSheetNames(branches: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const branch of branches) {
    if (names.has(branch)) continue;
    for (let k = 1; ; k++) {
      const suffix = k === 1 ? "" : `~${k}`;
      const room = MAX_SHEET_NAME - RENAME_ROOM - NOTICE_SHEET_PREFIX.length - suffix.length;
      const name = NOTICE_SHEET_PREFIX + safeSheetName(branch, room) + suffix;
      if (taken.has(name.toUpperCase())) continue;
      taken.add(name.toUpperCase());
      names.set(branch, name);
      break;
    }
  }
  return names;
}

/** Whether a sheet's name marks it as one of the notices (the summary is not one). */
export function isNoticeSheetName(name: string): boolean {
  return name.toUpperCase().startsWith(NOTICE_SHEET_PREFIX.toUpperCase()) && name !== NOTICE_SUMMARY_SHEET;
}
