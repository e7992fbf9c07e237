import type { Day } from "../../../core/values/day";
import type { TargetSheetsPlan, TargetSheetsResult } from "../../../usecases/create-target-sheets";
import type { ShownProblem } from "../../hooks/use-command";

export type TargetsCommand = "plan" | "write";

/** The 目标责任书 panel's state: the year and as-of date chosen, the preview waiting to be confirmed, the last result. */
export interface TargetsState {
  readonly running: TargetsCommand | null;
  /** Fraction done of the running command, null when unknown. */
  readonly progress: number | null;
  /** The as-of date the user set; null = the ledger's 统计日期, else today. */
  readonly asOf: Day | null;
  /** The year as typed; empty = the year of the as-of date. */
  readonly yearText: string;
  /** What 生成目标责任书 will write, shown until the user confirms or cancels. */
  readonly plan: TargetSheetsPlan | null;
  /** What the last confirmed run wrote. */
  readonly result: TargetSheetsResult | null;
  readonly problem: ShownProblem | null;
}

export const initialTargetsState: TargetsState = {
  running: null,
  progress: null,
  asOf: null,
  yearText: "",
  plan: null,
  result: null,
  problem: null,
};

export type TargetsAction =
  | { readonly type: "started"; readonly command: TargetsCommand }
  | { readonly type: "progress"; readonly fraction: number }
  | { readonly type: "planned"; readonly plan: TargetSheetsPlan }
  | { readonly type: "written"; readonly result: TargetSheetsResult }
  | { readonly type: "failed"; readonly problem: ShownProblem }
  | { readonly type: "cancelled" }
  | { readonly type: "as-of-set"; readonly asOf: Day | null }
  | { readonly type: "year-set"; readonly text: string }
  | { readonly type: "dismissed" };

/**
 * The year typed in the pane: empty means "the as-of date's year" (null),
 * four digits a year, anything else is not usable (undefined).
 */
export function yearOf(text: string): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  if (!/^\d{4}$/.test(t)) return undefined;
  const year = Number(t);
  return year >= 1900 && year <= 9999 ? year : undefined;
}

/**
 * Pure transitions. A preview replaces the last result on screen (it is what
 * happens next); confirming replaces the preview with what was written; a new
 * year or as-of date drops a preview that no longer says what would be written.
 */
export function targetsReducer(state: TargetsState, action: TargetsAction): TargetsState {
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
    case "year-set":
      return { ...state, yearText: action.text, plan: null };
    case "dismissed":
      return { ...state, problem: null, result: null };
  }
}
