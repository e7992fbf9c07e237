import type { Day } from "../../../core/values/day";
import type { ScorecardsResult } from "../../../usecases/fill-scorecards";
import type { ShownProblem } from "../../hooks/use-command";

export type ScoreCommand = "preview" | "fill";

/** The 检查评分 panel's state: what the user chose, the last preview, the last scorecards written. */
export interface ScoreState {
  readonly running: ScoreCommand | null;
  /** Fraction done of the running command, null when unknown. */
  readonly progress: number | null;
  /** The branch to score; null = all. */
  readonly branch: string | null;
  /** The as-of date the user set; null = the ledger's 统计日期, else today. */
  readonly asOf: Day | null;
  /** What generating would write (a preview), for the choices on screen. */
  readonly plan: ScorecardsResult | null;
  /** What the last 生成评分表 wrote. */
  readonly written: ScorecardsResult | null;
  readonly problem: ShownProblem | null;
  /** The 评分标准 sheet's problems, each naming its cell. */
  readonly standardProblems: readonly string[];
  /** Every branch of the ledger, as last read (kept when a new choice drops the preview). */
  readonly branches: readonly string[];
}

export const initialScoreState: ScoreState = {
  running: null,
  progress: null,
  branch: null,
  asOf: null,
  plan: null,
  written: null,
  problem: null,
  standardProblems: [],
  branches: [],
};

export type ScoreAction =
  | { readonly type: "started"; readonly command: ScoreCommand }
  | { readonly type: "progress"; readonly fraction: number }
  | { readonly type: "planned"; readonly plan: ScorecardsResult }
  | { readonly type: "written"; readonly result: ScorecardsResult }
  | { readonly type: "failed"; readonly problem: ShownProblem; readonly standardProblems?: readonly string[] }
  | { readonly type: "branch-chosen"; readonly branch: string | null }
  | { readonly type: "as-of-set"; readonly asOf: Day | null }
  | { readonly type: "dismissed" };

/**
 * Pure transitions. A new choice (branch, as-of date) drops the preview,
 * which no longer says what would be written; the last result stays until
 * the next one replaces it.
 */
export function scoreReducer(state: ScoreState, action: ScoreAction): ScoreState {
  switch (action.type) {
    case "started":
      return { ...state, running: action.command, progress: null, problem: null, standardProblems: [] };
    case "progress":
      return state.running === null ? state : { ...state, progress: action.fraction };
    case "planned":
      return { ...state, running: null, progress: null, plan: action.plan, branches: action.plan.allBranches };
    case "written":
      // The preview described this very write; what is on screen now is the result.
      return {
        ...state,
        running: null,
        progress: null,
        written: action.result,
        plan: null,
        branches: action.result.allBranches,
      };
    case "failed":
      return {
        ...state,
        running: null,
        progress: null,
        problem: action.problem,
        standardProblems: action.standardProblems ?? [],
      };
    case "branch-chosen":
      return action.branch === state.branch ? state : { ...state, branch: action.branch, plan: null };
    case "as-of-set":
      return action.asOf === state.asOf ? state : { ...state, asOf: action.asOf, plan: null };
    case "dismissed":
      return { ...state, problem: null, standardProblems: [] };
  }
}
