/**
 * The state of the 台账检查 panel and every way it changes, as a pure
 * reducer: the hook performs the effects and reports what happened here, so
 * each transition is testable without a DOM or a workbook.
 */
import type { Finding, RuleId, Severity } from "../../core/findings/finding";
import { DEFAULT_SETTINGS, type Settings } from "../../core/settings/defaults";
import type { Day } from "../../core/values/day";
import type { CheckedLedger, ColumnMapping, LedgerCandidate } from "../../usecases";
import type { ShownProblem } from "../hooks/use-command";

export type { CheckedLedger, ColumnMapping, LedgerCandidate };

export type CheckCommand = "load" | "check" | "write" | "mark" | "clear" | "settings";

/** What the pane says after a command that succeeded (rendered in the pane's locale). */
export type Notice =
  | { readonly kind: "written"; readonly sheet: string; readonly message?: string }
  | { readonly kind: "marked"; readonly count: number; readonly problems?: readonly ShownProblem[] }
  | { readonly kind: "cleared"; readonly count: number; readonly problems?: readonly ShownProblem[] }
  | { readonly kind: "settings-saved" };

export interface FindingsFilter {
  readonly severity: Severity | null;
  readonly rule: RuleId | null;
  readonly text: string;
}

export interface CheckState {
  readonly candidates: readonly LedgerCandidate[];
  /** Visible sheets that do not look like ledgers: pickable, so that the check can say why one is not read. */
  readonly otherSheets: readonly string[];
  /** The sheet the user picked; null lets the use case choose (the active sheet if it is a ledger). */
  readonly sheet: string | null;
  /** The as-of date the user set; null means the ledger's 统计日期, else today. */
  readonly asOf: Day | null;
  readonly running: CheckCommand | null;
  /** Fraction read (0–1) while checking, null when not known. */
  readonly progress: number | null;
  readonly checked: CheckedLedger | null;
  readonly problem: ShownProblem | null;
  readonly notice: Notice | null;
  readonly filter: FindingsFilter;
  /** 0-based page of the filtered findings. */
  readonly page: number;
  readonly settings: Settings;
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
  /** Entries of the saved store that could not be used (defaults applied). */
  readonly storeProblems: readonly ShownProblem[];
}

export type CheckAction =
  | {
      readonly type: "store-loaded";
      readonly settings: Settings;
      readonly mappings: Readonly<Record<string, ColumnMapping>>;
      readonly problems: readonly ShownProblem[];
    }
  | {
      readonly type: "candidates-loaded";
      readonly candidates: readonly LedgerCandidate[];
      readonly otherSheets: readonly string[];
    }
  | { readonly type: "sheet-chosen"; readonly sheet: string | null }
  | { readonly type: "as-of-set"; readonly asOf: Day | null }
  | { readonly type: "started"; readonly command: CheckCommand }
  | { readonly type: "progress"; readonly fraction: number }
  /** `mapping` is the one the check was asked to use (and the use case saved). */
  | { readonly type: "checked"; readonly checked: CheckedLedger; readonly mapping?: ColumnMapping }
  | { readonly type: "written"; readonly sheet: string; readonly message?: string }
  /** `problems`: damaged rows of the mark record, whose cells could not be restored. */
  | { readonly type: "marked"; readonly count: number; readonly problems?: readonly ShownProblem[] }
  | { readonly type: "cleared"; readonly count: number; readonly problems?: readonly ShownProblem[] }
  /** Settings saved; `checked` is the re-check with them when a result was on screen. */
  | { readonly type: "settings-saved"; readonly settings: Settings; readonly checked?: CheckedLedger }
  | { readonly type: "failed"; readonly problem: ShownProblem }
  /** A problem outside any command (a click on a finding could not show its cell). */
  | { readonly type: "alerted"; readonly problem: ShownProblem }
  /** A command ended without news (loading done, or nothing to report). */
  | { readonly type: "finished" }
  | { readonly type: "filter-changed"; readonly filter: Partial<FindingsFilter> }
  | { readonly type: "page-changed"; readonly page: number }
  | { readonly type: "dismissed" };

export const NO_FILTER: FindingsFilter = { severity: null, rule: null, text: "" };

export const initialCheckState: CheckState = {
  candidates: [],
  otherSheets: [],
  sheet: null,
  asOf: null,
  running: null,
  progress: null,
  checked: null,
  problem: null,
  notice: null,
  filter: NO_FILTER,
  page: 0,
  settings: DEFAULT_SETTINGS,
  mappings: {},
  storeProblems: [],
};

/** Clears the running command and its progress: every outcome of a command does this. */
function done(state: CheckState): CheckState {
  return { ...state, running: null, progress: null };
}

export function checkReducer(state: CheckState, action: CheckAction): CheckState {
  switch (action.type) {
    case "store-loaded":
      return { ...state, settings: action.settings, mappings: action.mappings, storeProblems: action.problems };
    case "candidates-loaded": {
      // A picked sheet that has gone (renamed, deleted) falls back to automatic.
      const stillThere =
        state.sheet === null ||
        action.candidates.some((c) => c.name === state.sheet) ||
        action.otherSheets.includes(state.sheet);
      // The list is what a load command returns: it ends that command.
      return {
        ...done(state),
        candidates: action.candidates,
        otherSheets: action.otherSheets,
        sheet: stillThere ? state.sheet : null,
      };
    }
    case "sheet-chosen":
      return { ...state, sheet: action.sheet };
    case "as-of-set":
      return { ...state, asOf: action.asOf };
    case "started":
      // A new command starts from a clean slate of messages; the last result stays visible.
      return { ...state, running: action.command, progress: null, problem: null, notice: null };
    case "progress":
      if (state.running !== "check") return state;
      return { ...state, progress: Math.min(1, Math.max(0, action.fraction)) };
    case "checked": {
      const mappings =
        action.mapping === undefined ? state.mappings : { ...state.mappings, [action.checked.sheet]: action.mapping };
      // The filter survives a re-check (the user is working through one kind of finding); the page does not.
      return { ...done(state), checked: action.checked, mappings, page: 0 };
    }
    case "written":
      return {
        ...done(state),
        notice:
          action.message === undefined
            ? { kind: "written", sheet: action.sheet }
            : { kind: "written", sheet: action.sheet, message: action.message },
      };
    case "marked":
    case "cleared": {
      const { type: kind, count, problems } = action;
      return {
        ...done(state),
        notice: problems === undefined || problems.length === 0 ? { kind, count } : { kind, count, problems },
      };
    }
    case "settings-saved":
      return {
        ...done(state),
        settings: action.settings,
        notice: { kind: "settings-saved" },
        ...(action.checked === undefined ? {} : { checked: action.checked, page: 0 }),
      };
    case "failed":
      return { ...done(state), problem: action.problem };
    case "alerted":
      return { ...state, problem: action.problem };
    case "finished":
      return done(state);
    case "filter-changed":
      return { ...state, filter: { ...state.filter, ...action.filter }, page: 0 };
    case "page-changed":
      return { ...state, page: Math.max(0, Math.floor(action.page)) };
    case "dismissed":
      return { ...state, problem: null, notice: null };
  }
}

/** Lower-cased text a search looks in, one per finding (built once per check, not per keystroke). */
export function searchTexts(findings: readonly Finding[]): string[] {
  return findings.map((f) =>
    [f.cell ?? "", f.key ?? "", f.column ?? "", f.value ?? "", f.message, f.hint].join("\u0001").toLowerCase(),
  );
}

/** The findings that pass the filter, in their original order. */
export function filterFindings(
  findings: readonly Finding[],
  filter: FindingsFilter,
  texts: readonly string[] = [],
): Finding[] {
  const needle = filter.text.trim().toLowerCase();
  if (filter.severity === null && filter.rule === null && needle === "") return [...findings];
  const out: Finding[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (f === undefined) continue;
    if (filter.severity !== null && f.severity !== filter.severity) continue;
    if (filter.rule !== null && f.rule !== filter.rule) continue;
    if (needle !== "") {
      const hay = texts[i] ?? searchTexts([f])[0] ?? "";
      if (!hay.includes(needle)) continue;
    }
    out.push(f);
  }
  return out;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** The page actually shown (clamped to the last page). */
  readonly page: number;
  readonly pageCount: number;
  /** 0-based index of the first item shown. */
  readonly first: number;
}

/** One page of a list; a page past the end shows the last page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const shown = Math.min(Math.max(0, page), pageCount - 1);
  const first = shown * size;
  return { items: items.slice(first, first + size), page: shown, pageCount, first };
}
