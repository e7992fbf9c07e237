import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Locale } from "../../core/messages/message";
import { warningText } from "../../core/messages/warning-messages";
import type { Day } from "../../core/values/day";
import type { StatusChange } from "../../core/warning/status";
import { createWarningForms } from "../../usecases/create-warning-forms";
import { listWarningForms, updateWarningStatus, type WarningList } from "../../usecases/update-warning-status";
import type { WorkbookPort } from "../../usecases/workbook-port";
import {
  initialWarningState,
  warningReducer,
  type Created,
  type PendingChange,
  type WarningAction,
  type WarningCommand,
  type WarningSourceChoice,
  type WarningState,
} from "../components/warning/warning-reducer";
import { problemFromError, SingleFlight } from "./use-command";

export interface Warnings {
  readonly state: WarningState;
  chooseSource(source: WarningSourceChoice): void;
  dismiss(): void;
  /** What 生成 would make from the chosen source, writing nothing. */
  preview(): Promise<void>;
  /** Makes exactly the forms of the preview on screen, then shows the first. */
  create(): Promise<void>;
  refresh(): Promise<void>;
  /** Opens (or closes, with null) the date or reason asked for a change. */
  ask(pending: PendingChange | null): void;
  changeStatus(number: string, change: StatusChange): Promise<void>;
  open(sheet: string): Promise<void>;
}

/**
 * The 风险预警 panel's effects: preview, create, list and change status
 * through the use cases, one command at a time. The list of open forms is
 * read when the panel opens and after every change.
 */
export function useWarnings(port: WorkbookPort, locale: Locale, today: Day): Warnings {
  const [state, dispatch] = useReducer(warningReducer, initialWarningState);
  const latest = useRef(state);
  latest.current = state;
  const flight = useMemo(() => new SingleFlight(), []);

  const command = useCallback(
    async (name: WarningCommand, task: () => Promise<WarningAction | null>): Promise<void> => {
      const result = await flight.run(
        name,
        () => {
          dispatch({ type: "started", command: name });
          return task();
        },
        locale,
      );
      if (result.status === "failed") dispatch({ type: "failed", problem: result.problem });
      else if (result.status === "done" && result.value !== null) dispatch(result.value);
    },
    [flight, locale],
  );

  const list = useCallback(
    (): Promise<WarningList> => listWarningForms(port, { today, locale }),
    [port, today, locale],
  );

  const refresh = useCallback(
    () => command("list", async (): Promise<WarningAction> => ({ type: "listed", list: await list() })),
    [command, list],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const preview = useCallback(
    () =>
      command("preview", async (): Promise<WarningAction> => {
        const from =
          latest.current.source === "signals" ? ({ kind: "signals" } as const) : ({ kind: "selection" } as const);
        const outcome = await createWarningForms(port, { from, today, locale, dryRun: true });
        if (!outcome.ok)
          return { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } };
        return { type: "planned", plan: outcome };
      }),
    [command, port, today, locale],
  );

  const create = useCallback(() => {
    const plan = latest.current.plan;
    if (plan === null || plan.forms.length === 0) return Promise.resolve();
    return command("create", async (): Promise<WarningAction | null> => {
      const outcome = await createWarningForms(port, { from: plan.from, today, locale });
      if (!outcome.ok)
        return { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } };
      dispatch({ type: "created", created: outcome as Created });
      const first = outcome.forms[0];
      if (first !== undefined) await port.activate(first.sheet, "A1");
      return { type: "listed", list: await list() };
    });
  }, [command, port, today, locale, list]);

  const changeStatus = useCallback(
    (number: string, change: StatusChange) =>
      command("status", async (): Promise<WarningAction | null> => {
        const outcome = await updateWarningStatus(port, { number, change, today, locale });
        if (!outcome.ok)
          return { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } };
        const notice = warningText("warning.pane.status-done", locale, { number, status: outcome.record.status });
        const extra = outcome.notes.length === 0 ? "" : ` ${outcome.notes.join(" ")}`;
        dispatch({ type: "status-changed", notice: notice + extra });
        return { type: "listed", list: await list() };
      }),
    [command, port, today, locale, list],
  );

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
    chooseSource: useCallback((source: WarningSourceChoice) => dispatch({ type: "source-chosen", source }), []),
    dismiss: useCallback(() => dispatch({ type: "dismissed" }), []),
    preview,
    create,
    refresh,
    ask: useCallback((pending: PendingChange | null) => dispatch({ type: "change-asked", pending }), []),
    changeStatus,
    open,
  };
}
