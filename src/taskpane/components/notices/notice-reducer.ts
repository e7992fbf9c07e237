import type { Day } from "../../../core/values/day";
import type { MaturityNoticePlan, MaturityNoticesResult } from "../../../usecases/create-maturity-notices";
import type { ShownProblem } from "../../hooks/use-command";

export type NoticeCommand = "plan" | "write";

/** The 到期提示 panel's state: the as-of date chosen, the preview waiting to be confirmed, the last result. */
export interface NoticeState {
  readonly running: NoticeCommand | null;
  /** Fraction done of the running command, null when unknown. */
  readonly progress: number | null;
  /** The as-of date the user set; null = the ledger's 统计日期, else today. */
  readonly asOf: Day | null;
  /** What 生成到期提示 will write, shown until the user confirms or cancels. */
  readonly plan: MaturityNoticePlan | null;
  /** What the last confirmed run wrote. */
  readonly result: MaturityNoticesResult | null;
  readonly problem: ShownProblem | null;
}

export const initialNoticeState: NoticeState = {
  running: null,
  progress: null,
  asOf: null,
  plan: null,
  result: null,
  problem: null,
};

export type NoticeAction =
  | { readonly type: "started"; readonly command: NoticeCommand }
  | { readonly type: "progress"; readonly fraction: number }
  | { readonly type: "planned"; readonly plan: MaturityNoticePlan }
  | { readonly type: "written"; readonly result: MaturityNoticesResult }
  | { readonly type: "failed"; readonly problem: ShownProblem }
  | { readonly type: "cancelled" }
  | { readonly type: "as-of-set"; readonly asOf: Day | null }
  | { readonly type: "dismissed" };

/**
 * Pure transitions. A preview replaces the last result on screen (it is
 * what happens next); confirming replaces the preview with what was written;
 * a new as-of date drops a preview that no longer says what would be written.
 */
export function noticeReducer(state: NoticeState, action: NoticeAction): NoticeState {
  switch (action.type) {
    case "started":
      return { ...state, running: action.command, progress: null, problem: null };
    case "progress":
      return state.running === null ? state : { ...state, progress: action.fraction };
    case "planned":
      return { ...state, running: null, progress: null, plan: action.plan, result: null };
    case "written":
      return { ...state, running: null, progress: null, plan: null, result: action.result };
    case "failed":
      return { ...state, running: null, progress: null, problem: action.problem };
    case "cancelled":
      return { ...state, plan: null };
    case "as-of-set":
      return { ...state, asOf: action.asOf, plan: null };
    case "dismissed":
      return { ...state, problem: null, result: null };
  }
}
