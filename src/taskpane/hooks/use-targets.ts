import { useCallback, useMemo, useReducer, useRef } from "react";
import type { Locale } from "../../core/messages/message";
import type { Day } from "../../core/values/day";
import { planTargetSheets, writeTargetSheets } from "../../usecases/create-target-sheets";
import type { WorkbookPort } from "../../usecases/workbook-port";
import {
  initialTargetsState,
  targetsReducer,
  yearOf,
  type TargetsAction,
  type TargetsCommand,
  type TargetsState,
} from "../components/targets/targets-reducer";
import { problemFromError, SingleFlight } from "./use-command";

export interface Targets {
  readonly state: TargetsState;
  setAsOf(asOf: Day | null): void;
  setYear(text: string): void;
  /** 生成目标责任书: reads the ledger and the sheets there, shows what will be written, writes nothing yet. */
  generate(): Promise<void>;
  /** Writes what the preview shows (reading the sheets again, so nothing typed since is lost). */
  confirm(): Promise<void>;
  cancel(): void;
  dismiss(): void;
  /** Shows a sheet the command wrote. */
  open(sheet: string): Promise<void>;
}

/**
 * The 目标责任书 panel's effects: plan and write through the use case, one
 * command at a time (a second click while one runs does nothing). Failures
 * arrive as Problems in the pane's language; nothing here throws into React.
 */
export function useTargets(port: WorkbookPort, locale: Locale, today: Day): Targets {
  const [state, dispatch] = useReducer(targetsReducer, initialTargetsState);
  const latest = useRef(state);
  latest.current = state;
  const flight = useMemo(() => new SingleFlight(), []);
  const onProgress = useCallback((fraction: number) => dispatch({ type: "progress", fraction }), []);

  const command = useCallback(
    async <T>(name: TargetsCommand, task: () => Promise<T>, finish: (value: T) => TargetsAction): Promise<void> => {
      const result = await flight.run(
        name,
        () => {
          dispatch({ type: "started", command: name });
          return task();
        },
        locale,
      );
      if (result.status === "done") dispatch(finish(result.value));
      else if (result.status === "failed") dispatch({ type: "failed", problem: result.problem });
    },
    [flight, locale],
  );

  const generate = useCallback(() => {
    const year = yearOf(latest.current.yearText);
    // The field says what is wrong with the year and the button is disabled; a stray call does nothing.
    if (year === undefined) return Promise.resolve();
    return command(
      "plan",
      () => planTargetSheets(port, { asOf: latest.current.asOf, year, today, locale, onProgress }),
      (outcome): TargetsAction =>
        outcome.ok
          ? { type: "planned", plan: outcome }
          : { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } },
    );
  }, [command, port, today, locale, onProgress]);

  const confirm = useCallback(() => {
    const plan = latest.current.plan;
    if (plan === null) return Promise.resolve();
    return command(
      "write",
      () => writeTargetSheets(port, plan, { onProgress }),
      (result): TargetsAction => ({ type: "written", result }),
    );
  }, [command, port, onProgress]);

  const open = useCallback(
    async (sheet: string) => {
      // Not single-flight: showing a sheet changes nothing.
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
    setAsOf: useCallback((asOf: Day | null) => dispatch({ type: "as-of-set", asOf }), []),
    setYear: useCallback((text: string) => dispatch({ type: "year-set", text }), []),
    generate,
    confirm,
    cancel: useCallback(() => dispatch({ type: "cancelled" }), []),
    dismiss: useCallback(() => dispatch({ type: "dismissed" }), []),
    open,
  };
}
