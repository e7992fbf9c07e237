import type { CreateWarningFormsOutcome } from "../../../usecases/create-warning-forms";
import type { WarningList } from "../../../usecases/update-warning-status";
import type { ShownProblem } from "../../hooks/use-command";

export type WarningCommand = "list" | "preview" | "create" | "status";
export type WarningSourceChoice = "selection" | "signals";
export type Created = Extract<CreateWarningFormsOutcome, { ok: true }>;

/** A status change waiting for its date or reason. */
export interface PendingChange {
  readonly number: string;
  readonly action: "release" | "void";
}

/** The 风险预警 panel's state: the source chosen, the last preview, the last forms made, the open forms. */
export interface WarningState {
  readonly running: WarningCommand | null;
  readonly source: WarningSourceChoice;
  /** What 生成 would make (a dry run); creating confirms exactly this. */
  readonly plan: Created | null;
  /** What the last 生成 made. */
  readonly created: Created | null;
  readonly list: WarningList | null;
  readonly pending: PendingChange | null;
  readonly problem: ShownProblem | null;
  /** A status change done, in words. */
  readonly notice: string | null;
}

export const initialWarningState: WarningState = {
  running: null,
  source: "selection",
  plan: null,
  created: null,
  list: null,
  pending: null,
  problem: null,
  notice: null,
};

export type WarningAction =
  | { readonly type: "started"; readonly command: WarningCommand }
  | { readonly type: "source-chosen"; readonly source: WarningSourceChoice }
  | { readonly type: "planned"; readonly plan: Created }
  | { readonly type: "created"; readonly created: Created }
  | { readonly type: "listed"; readonly list: WarningList }
  | { readonly type: "change-asked"; readonly pending: PendingChange | null }
  | { readonly type: "status-changed"; readonly notice: string }
  | { readonly type: "failed"; readonly problem: ShownProblem }
  | { readonly type: "dismissed" };

/** Pure: the panel's state after an action. */
export function warningReducer(state: WarningState, action: WarningAction): WarningState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        running: action.command,
        problem: null,
        ...(action.command === "list" ? {} : { notice: null }),
      };
    case "source-chosen":
      // Another source makes the preview on screen stale: it must be previewed again before creating.
      return { ...state, source: action.source, plan: null };
    case "planned":
      return { ...state, running: null, plan: action.plan, created: null };
    case "created":
      return { ...state, running: null, plan: null, created: action.created };
    case "listed":
      return { ...state, running: null, list: action.list };
    case "change-asked":
      return { ...state, pending: action.pending, problem: null };
    case "status-changed":
      return { ...state, running: null, pending: null, notice: action.notice };
    case "failed":
      return { ...state, running: null, problem: action.problem };
    case "dismissed":
      return { ...state, problem: null, notice: null };
  }
}
