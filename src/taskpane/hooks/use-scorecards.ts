import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Locale } from "../../core/messages/message";
import type { Day } from "../../core/values/day";
import {
  fillScorecards,
  planScorecards,
  type FillScorecardsRequest,
  type ScorecardsOutcome,
} from "../../usecases/fill-scorecards";
import type { WorkbookPort } from "../../usecases/workbook-port";
import {
  initialScoreState,
  scoreReducer,
  type ScoreAction,
  type ScoreCommand,
  type ScoreState,
} from "../components/score/score-reducer";
import { problemFromError, SingleFlight } from "./use-command";

export interface Scorecards {
  readonly state: ScoreState;
  chooseBranch(branch: string | null): void;
  setAsOf(asOf: Day | null): void;
  dismiss(): void;
  /** Computes what generating would write, writing nothing. */
  preview(): Promise<void>;
  /** 生成评分表 for the chosen branch or all. */
  fill(): Promise<void>;
  /** Shows a sheet the scorecards wrote. */
  open(sheet: string): Promise<void>;
}

/**
 * The 检查评分 panel's effects: preview and generate through the use case,
 * one command at a time; a preview runs when the panel opens so that the
 * branches and what will be written are on screen before anything is.
 */
export function useScorecards(port: WorkbookPort, locale: Locale, today: Day): Scorecards {
  const [state, dispatch] = useReducer(scoreReducer, initialScoreState);
  const latest = useRef(state);
  latest.current = state;
  const flight = useMemo(() => new SingleFlight(), []);

  const command = useCallback(
    async (name: ScoreCommand, task: (request: FillScorecardsRequest) => Promise<ScorecardsOutcome>) => {
      const { branch, asOf } = latest.current;
      const request: FillScorecardsRequest = {
        today,
        asOf,
        locale,
        ...(branch === null ? {} : { branch }),
        onProgress: (fraction) => dispatch({ type: "progress", fraction }),
      };
      const result = await flight.run(
        name,
        () => {
          dispatch({ type: "started", command: name });
          return task(request);
        },
        locale,
      );
      let action: ScoreAction | null = null;
      if (result.status === "failed") action = { type: "failed", problem: result.problem };
      else if (result.status === "done") {
        const outcome = result.value;
        if (!outcome.ok) {
          action = {
            type: "failed",
            problem: { message: outcome.problem.message, hint: outcome.problem.hint },
            standardProblems: (outcome.standardProblems ?? []).map((p) => p.message),
          };
        } else action = name === "fill" ? { type: "written", result: outcome } : { type: "planned", plan: outcome };
      }
      if (action !== null) dispatch(action);
    },
    [flight, locale, today],
  );

  const preview = useCallback(() => command("preview", (r) => planScorecards(port, r)), [command, port]);
  const fill = useCallback(() => command("fill", (r) => fillScorecards(port, r)), [command, port]);

  useEffect(() => {
    void preview();
  }, [preview]);

  const open = useCallback(
    async (sheet: string) => {
      try {
        await port.activate(sheet, "A1");
      } catch (e) {
        dispatch({ type: "failed", problem: problemFromError(e, locale) });
      }
    },
    [port, locale],
  );

  return {
    state,
    chooseBranch: useCallback((branch: string | null) => dispatch({ type: "branch-chosen", branch }), []),
    setAsOf: useCallback((asOf: Day | null) => dispatch({ type: "as-of-set", asOf }), []),
    dismiss: useCallback(() => dispatch({ type: "dismissed" }), []),
    preview,
    fill,
    open,
  };
}
