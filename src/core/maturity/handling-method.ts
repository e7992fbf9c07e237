import type { NoticeMessageId } from "../messages/notice-messages";
import { compactText } from "../values/normalize-text";

/**
 * How a branch will deal with a maturing loan (work-plan §3): repay on time,
 * extend (《贷款通则》第十二条), renew (借新还旧, which makes the loan at least
 * 关注), or collect and preserve (清收保全, under the 三个不放过 rule: a named
 * person is responsible). The names are the drop-down's values and what the
 * summary's formulas count, so they stay Chinese in every locale.
 */
export const HANDLING_METHODS = ["按期收回", "展期", "借新还旧", "清收保全"] as const;
export type HandlingMethod = (typeof HANDLING_METHODS)[number];

/** The choice that needs a 责任人 (the 三个不放过 rule). */
export const RECOVERY: HandlingMethod = "清收保全";

/** The 备注 guidance a formula shows for each choice until someone types a remark of their own. */
export const HANDLING_NOTES: Readonly<Partial<Record<HandlingMethod, NoticeMessageId>>> = {
  展期: "notice.note.extend",
  借新还旧: "notice.note.renew",
  清收保全: "notice.note.recover",
};

/** The choice named by a cell, tolerating full-width forms and stray spaces; null for anything else. */
export function parseHandling(value: unknown): HandlingMethod | null {
  if (typeof value !== "string") return null;
  const text = compactText(value);
  return (HANDLING_METHODS as readonly string[]).includes(text) ? (text as HandlingMethod) : null;
}
