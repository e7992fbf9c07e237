import type { Day } from "../values/day";

/**
 * The life of a warning form (rules.md §4.2: 生效 → 处理 → 解除; peers.md §4:
 * documents are voided, never deleted). 已解除 and 作废 are final: a warning
 * that comes back is a new signal and gets a new form.
 */
export type WarningStatus = "生效" | "处理中" | "已解除" | "作废";

export const WARNING_STATUSES: readonly WarningStatus[] = ["生效", "处理中", "已解除", "作废"];

export type StatusChange =
  | { readonly to: "处理中" }
  | { readonly to: "已解除"; readonly releasedOn: Day }
  | { readonly to: "作废"; readonly reason: string; readonly on: Day };

/** What a status change touches on a form: its status and the facts the change records. */
export interface StatusFacts {
  readonly status: WarningStatus;
  readonly filedOn: Day;
  readonly releasedOn: Day | null;
  readonly voidReason: string | null;
  readonly voidedOn: Day | null;
}

export type StatusChangeRefusal = "final" | "same" | "no-reason" | "release-before-filing";

export type StatusChangeResult<T extends StatusFacts> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: StatusChangeRefusal };

/** Open forms still await handling or feedback: they count for overdue. */
export function isOpenStatus(status: WarningStatus): boolean {
  return status === "生效" || status === "处理中";
}

/**
 * Applies a change, or says why it cannot be made: a released or voided form
 * stays as it is (and nothing goes back to 生效); a void needs a reason; a
 * release cannot predate the filing.
 */
export function applyStatusChange<T extends StatusFacts>(form: T, change: StatusChange): StatusChangeResult<T> {
  if (!isOpenStatus(form.status)) return { ok: false, reason: "final" };
  if (change.to === form.status) return { ok: false, reason: "same" };
  switch (change.to) {
    case "处理中":
      return { ok: true, value: { ...form, status: "处理中" } };
    case "已解除":
      if (change.releasedOn < form.filedOn) return { ok: false, reason: "release-before-filing" };
      return { ok: true, value: { ...form, status: "已解除", releasedOn: change.releasedOn } };
    case "作废": {
      const reason = change.reason.trim();
      if (reason === "") return { ok: false, reason: "no-reason" };
      return { ok: true, value: { ...form, status: "作废", voidReason: reason, voidedOn: change.on } };
    }
  }
}

/** The status as typed in a register's drop-down (or near enough: 已 解除, 解除, 废止…); null otherwise. */
export function parseWarningStatus(text: string): WarningStatus | null {
  const t = text.replace(/\s+/g, "");
  if (t === "生效" || t === "有效" || t === "已生效") return "生效";
  if (t === "处理中" || t === "处理" || t === "整改中") return "处理中";
  if (t === "已解除" || t === "解除" || t === "已销号" || t === "销号") return "已解除";
  if (t === "作废" || t === "已作废" || t === "废止") return "作废";
  return null;
}
