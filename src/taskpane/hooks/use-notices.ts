import { useCallback, useMemo, useReducer, useRef } from "react";
import type { Locale } from "../../core/messages/message";
import type { Day } from "../../core/values/day";
import { planMaturityNotices, writeMaturityNotices } from "../../usecases/create-maturity-notices";
import type { WorkbookPort } from "../../usecases/workbook-port";
import {
  initialNoticeState,
  noticeReducer,
  type NoticeAction,
  type NoticeCommand,
  type NoticeState,
} from "../components/notices/notice-reducer";
import { problemFromError, SingleFlight } from "./use-command";

export interface Notices {
  readonly state: NoticeState;
  setAsOf(asOf: Day | null): void;
  /** 生成到期提示: reads the ledger and shows what will be written, writing nothing yet. */
  generate(): Promise<void>;
  /** Writes what the preview shows. */
  confirm(): Promise<void>;
  cancel(): void;
  dismiss(): void;
  /** Shows a sheet the notices wrote. */
  open(sheet: string): Promise<void>;
}

/**
 * The 到期提示 panel's effects: plan and write through the use case, one
 * command at a time (a second click while one runs does nothing). Failures
 * arrive as Problems in the pane's language; nothing here throws into React.
 */
export function useNotices(port: WorkbookPort, locale: Locale, today: Day): Notices {
  const [state, dispatch] = useReducer(noticeReducer, initialNoticeState);
  const latest = useRef(state);
  latest.current = state;
  const flight = useMemo(() => new SingleFlight(), []);
  const onProgress = useCallback((fraction: number) => dispatch({ type: "progress", fraction }), []);

  const command = useCallback(
    async <T>(name: NoticeCommand, task: () => Promise<T>, finish: (value: T) => NoticeAction): Promise<void> => {
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

  const generate = useCallback(
    () =>
      command(
        "plan",
        () => planMaturityNotices(port, { asOf: latest.current.asOf, today, locale, onProgress }),
        (outcome): NoticeAction =>
          outcome.ok
            ? { type: "planned", plan: outcome }
            : { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } },
      ),
    [command, port, today, locale, onProgress],
  );

  const confirm = useCallback(() => {
    const plan = latest.current.plan;
    if (plan === null) return Promise.resolve();
    return command(
      "write",
      () => writeMaturityNotices(port, plan, { onProgress }),
      (result): NoticeAction => ({ type: "written", result }),
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
    generate,
    confirm,
    cancel: useCallback(() => dispatch({ type: "cancelled" }), []),
    dismiss: useCallback(() => dispatch({ type: "dismissed" }), []),
    open,
  };
}
