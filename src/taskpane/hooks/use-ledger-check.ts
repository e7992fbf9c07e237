import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Finding } from "../../core/findings/finding";
import type { Locale } from "../../core/messages/message";
import type { Settings } from "../../core/settings/defaults";
import type { Day } from "../../core/values/day";
import {
  checkLedgerSheet,
  clearMarks,
  findLedgerSheets,
  loadStore,
  MARKS_SHEET,
  markFindings,
  saveStore,
  STORE_SHEET,
  writeCheckResults,
  type CheckLedgerOutcome,
  type LedgerCandidate,
  type Problem,
  type SheetInfo,
  type WorkbookPort,
} from "../../usecases";
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
          const store = await loadStore(port, { locale });
          // Only the first load sets the settings: a refresh must not wipe edits not yet saved.
          if (withStore) {
            dispatch({
              type: "store-loaded",
              settings: store.settings,
              mappings: store.mappings,
              problems: shown(store.problems),
            });
          }
          const candidates = await findLedgerSheets(port);
          return { candidates, otherSheets: otherSheets(await port.listSheets(), candidates, store.owned) };
        },
        ({ candidates, otherSheets }): CheckAction => ({ type: "candidates-loaded", candidates, otherSheets }),
      ),
    [command, port, locale],
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
      (r): CheckAction => ({ type: "marked", count: r.marked, problems: shown(r.problems ?? []) }),
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
          await saveStore(port, { settings }, { locale });
          // New thresholds change the findings: re-check the result on screen, in the same command.
          const shown = latest.current.checked;
          return shown === null ? null : runCheck(shown.sheet);
        },
        (outcome): CheckAction =>
          outcome === null || !outcome.ok
            ? { type: "settings-saved", settings }
            : { type: "settings-saved", settings, checked: outcome },
      ),
    [command, port, runCheck, locale],
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

/** Visible, non-empty sheets that are neither ledgers nor the add-in's own, in workbook order. */
function otherSheets(sheets: readonly SheetInfo[], candidates: readonly LedgerCandidate[], owned: readonly string[]) {
  // Excel compares sheet names without case.
  const taken = new Set([...candidates.map((c) => c.name), ...owned, STORE_SHEET, MARKS_SHEET].map(foldCase));
  return sheets
    .filter((s) => s.visibility === "visible" && s.rowCount > 0 && !taken.has(foldCase(s.name)))
    .map((s) => s.name);
}

function foldCase(name: string): string {
  return name.toLocaleUpperCase("en-US");
}

/** Problems as the pane shows them (the code is for programs, not people). */
function shown(problems: readonly Problem[]): { message: string; hint: string }[] {
  return problems.map((p) => ({ message: p.message, hint: p.hint }));
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
