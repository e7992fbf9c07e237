import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../../core/findings/finding";
import type { Locale } from "../../core/messages/message";
import type { Settings } from "../../core/settings/defaults";
import type { Day } from "../../core/values/day";
import { checkLedgerSheet, type CheckLedgerOutcome } from "../../usecases/check-ledger-sheet";
import { findLedgerSheets } from "../../usecases/find-ledger-sheets";
import { clearMarks, markFindings } from "../../usecases/marks";
import { loadStore, saveStore } from "../../usecases/settings-store";
import type { WorkbookPort } from "../../usecases/workbook-port";
import { writeCheckResults } from "../../usecases/write-check-results";
import {
  checkReducer,
  initialCheckState,
  type CheckAction,
  type CheckCommand,
  type CheckState,
  type ColumnMapping,
  type FindingsFilter,
} from "../state/check-reducer";
import { problemFromError, SingleFlight } from "./use-command";

export interface LedgerCheck {
  readonly state: CheckState;
  chooseSheet(sheet: string | null): void;
  setAsOf(asOf: Day | null): void;
  setFilter(filter: Partial<FindingsFilter>): void;
  setPage(page: number): void;
  dismiss(): void;
  refreshSheets(): Promise<void>;
  /** Checks the picked sheet (or lets the use case choose). */
  check(): Promise<void>;
  /** Re-checks the last checked sheet with a corrected mapping, which the use case saves. */
  applyMapping(mapping: ColumnMapping): Promise<void>;
  writeResults(): Promise<void>;
  markCells(): Promise<void>;
  clearAllMarks(): Promise<void>;
  /** Saves the settings in the workbook and re-checks the result on screen with them. */
  saveSettings(settings: Settings): Promise<void>;
  /** Shows the finding's cell (or its row's first cell) in the workbook. */
  goTo(finding: Finding): Promise<void>;
}

/**
 * The 台账检查 panel's effects: each command calls a use case through the
 * port, one at a time (a second click while one runs does nothing), and
 * reports the outcome to the reducer. Failures arrive as Problems in the
 * pane's language; nothing here throws into React.
 */
export function useLedgerCheck(port: WorkbookPort, locale: Locale, today: Day): LedgerCheck {
  const [state, dispatch] = useReducer(checkReducer, initialCheckState);
  // Commands read the latest state without being re-created on every change.
  const latest = useRef(state);
  latest.current = state;
  const flight = useMemo(() => new SingleFlight(), []);

  /** Runs a command single-flight; `finish` turns what the task returned into the action that ends it. */
  const command = useCallback(
    async <T>(name: CheckCommand, task: () => Promise<T>, finish: (value: T) => CheckAction): Promise<void> => {
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

  /** The check use case with the pane's as-of date, clock and progress bar. */
  const runCheck = useCallback(
    (sheet: string | null, mapping?: ColumnMapping): Promise<CheckLedgerOutcome> =>
      checkLedgerSheet(port, {
        ...(sheet === null ? {} : { sheet }),
        asOf: latest.current.asOf,
        today,
        ...(mapping === undefined ? {} : { mapping }),
        locale,
        onProgress: (fraction) => dispatch({ type: "progress", fraction }),
      }),
    [port, today, locale],
  );

  const loadCandidates = useCallback(
    (withStore: boolean) =>
      command(
        "load",
        async () => {
          if (withStore) {
            const store = await loadStore(port);
            dispatch({
              type: "store-loaded",
              settings: store.settings,
              mappings: store.mappings,
              problems: store.problems.map((p) => ({ message: p.message, hint: p.hint })),
            });
          }
          return findLedgerSheets(port);
        },
        (candidates): CheckAction => ({ type: "candidates-loaded", candidates }),
      ),
    [command, port],
  );

  useEffect(() => {
    void loadCandidates(true);
  }, [loadCandidates]);

  const check = useCallback(
    () => command("check", () => runCheck(latest.current.sheet), checkedAction()),
    [command, runCheck],
  );

  const applyMapping = useCallback(
    (mapping: ColumnMapping) => {
      const { checked, sheet, mappings } = latest.current;
      const target = checked?.sheet ?? sheet;
      // A correction adds to what was saved for that sheet before; the use case saves the whole.
      const merged: ColumnMapping = { ...(target === null ? {} : mappings[target]), ...mapping };
      return command("check", () => runCheck(target, merged), checkedAction(merged));
    },
    [command, runCheck],
  );

  const writeResults = useCallback(() => {
    const checked = latest.current.checked;
    if (checked === null) return Promise.resolve();
    return command(
      "write",
      () => writeCheckResults(port, checked, { locale }),
      (r): CheckAction =>
        r.message === undefined
          ? { type: "written", sheet: r.sheet }
          : { type: "written", sheet: r.sheet, message: r.message },
    );
  }, [command, port, locale]);

  const markCells = useCallback(() => {
    const checked = latest.current.checked;
    if (checked === null) return Promise.resolve();
    return command(
      "mark",
      () => markFindings(port, checked.sheet, checked.result.findings, { locale }),
      (r): CheckAction => ({ type: "marked", count: r.marked }),
    );
  }, [command, port, locale]);

  const clearAllMarks = useCallback(
    () =>
      command(
        "clear",
        () => clearMarks(port),
        (r): CheckAction => ({ type: "cleared", count: r.cleared }),
      ),
    [command, port],
  );

  const saveSettings = useCallback(
    (settings: Settings) =>
      command(
        "settings",
        async () => {
          await saveStore(port, { settings });
          // New thresholds change the findings: re-check the result on screen, in the same command.
          const shown = latest.current.checked;
          return shown === null ? null : runCheck(shown.sheet);
        },
        (outcome): CheckAction =>
          outcome === null || !outcome.ok
            ? { type: "settings-saved", settings }
            : { type: "settings-saved", settings, checked: outcome },
      ),
    [command, port, runCheck],
  );

  const goTo = useCallback(
    async (finding: Finding) => {
      // Not single-flight: showing a cell changes nothing, and must work while the user reads a result.
      try {
        await port.activate(finding.sheet, finding.cell ?? `A${finding.row}`);
      } catch (e) {
        dispatch({ type: "alerted", problem: problemFromError(e, locale) });
      }
    },
    [port, locale],
  );

  return {
    state,
    chooseSheet: useCallback((sheet: string | null) => dispatch({ type: "sheet-chosen", sheet }), []),
    setAsOf: useCallback((asOf: Day | null) => dispatch({ type: "as-of-set", asOf }), []),
    setFilter: useCallback((filter: Partial<FindingsFilter>) => dispatch({ type: "filter-changed", filter }), []),
    setPage: useCallback((page: number) => dispatch({ type: "page-changed", page }), []),
    dismiss: useCallback(() => dispatch({ type: "dismissed" }), []),
    refreshSheets: useCallback(() => loadCandidates(false), [loadCandidates]),
    check,
    applyMapping,
    writeResults,
    markCells,
    clearAllMarks,
    saveSettings,
    goTo,
  };
}

/** The action that ends a check: the result, or the Problem the use case returned. */
function checkedAction(mapping?: ColumnMapping): (outcome: CheckLedgerOutcome) => CheckAction {
  return (outcome) => {
    if (!outcome.ok)
      return { type: "failed", problem: { message: outcome.problem.message, hint: outcome.problem.hint } };
    return mapping === undefined
      ? { type: "checked", checked: outcome }
      : { type: "checked", checked: outcome, mapping };
  };
}
