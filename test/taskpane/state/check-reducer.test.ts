import { checkLedger } from "../../../src/core/ledger/check-ledger";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import {
  checkReducer,
  filterFindings,
  initialCheckState,
  NO_FILTER,
  pageOf,
  searchTexts,
  type CheckAction,
  type CheckedLedger,
  type CheckState,
} from "../../../src/taskpane/state/check-reducer";
import { aLedger, AS_OF } from "../../support/ledger-builder";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function aCheckedLedger(): CheckedLedger {
  const ledger = aLedger()
    .withLoan()
    .withLoan({ customer: null })
    .withLoan({ balance: 500 })
    .withLoan({ disbursed: "2026-13-45" })
    .build();
  return {
    ok: true,
    sheet: "台账",
    asOf: AS_OF,
    asOfSource: "today",
    ledger,
    result: checkLedger(ledger, { asOf: AS_OF }),
  };
}

const checked = aCheckedLedger();
const problem = { message: "台账未找到表头", hint: "请确认" };
const running = (s: Partial<CheckState> = {}): CheckState => ({ ...initialCheckState, running: "check", ...s });
const otherSettings = { ...DEFAULT_SETTINGS, inspection: { ...DEFAULT_SETTINGS.inspection, normalIntervalDays: 60 } };

describe("checkReducer", () => {
  const cases: [string, CheckState, CheckAction, Partial<CheckState>][] = [
    [
      "store-loaded keeps the settings, mappings and problems",
      initialCheckState,
      { type: "store-loaded", settings: otherSettings, mappings: { 台账: { officer: 3 } }, problems: [problem] },
      { settings: otherSettings, mappings: { 台账: { officer: 3 } }, storeProblems: [problem] },
    ],
    [
      "candidates-loaded lists the ledgers and ends the load",
      { ...initialCheckState, running: "load" },
      { type: "candidates-loaded", candidates: [{ name: "台账", headerRow: 3, matched: 20 }], otherSheets: ["说明"] },
      { candidates: [{ name: "台账", headerRow: 3, matched: 20 }], otherSheets: ["说明"], sheet: null, running: null },
    ],
    [
      "candidates-loaded falls back to automatic when the picked sheet has gone",
      { ...initialCheckState, sheet: "旧台账" },
      { type: "candidates-loaded", candidates: [{ name: "台账", headerRow: 1, matched: 9 }], otherSheets: [] },
      { sheet: null },
    ],
    [
      "candidates-loaded keeps a picked sheet that is still there",
      { ...initialCheckState, sheet: "台账" },
      { type: "candidates-loaded", candidates: [{ name: "台账", headerRow: 1, matched: 9 }], otherSheets: [] },
      { sheet: "台账" },
    ],
    [
      "candidates-loaded keeps a picked sheet that is not a ledger",
      { ...initialCheckState, sheet: "说明" },
      { type: "candidates-loaded", candidates: [], otherSheets: ["说明"] },
      { sheet: "说明" },
    ],
    ["sheet-chosen picks a sheet", initialCheckState, { type: "sheet-chosen", sheet: "台账" }, { sheet: "台账" }],
    ["as-of-set sets the as-of date", initialCheckState, { type: "as-of-set", asOf: 20_000 }, { asOf: 20_000 }],
    [
      "started clears the messages, keeps the last result",
      { ...initialCheckState, problem, notice: { kind: "marked", count: 2 }, checked },
      { type: "started", command: "write" },
      { running: "write", problem: null, notice: null, checked, progress: null },
    ],
    ["progress is clamped to 0–1", running(), { type: "progress", fraction: 1.7 }, { progress: 1 }],
    [
      "progress is ignored when no check runs",
      initialCheckState,
      { type: "progress", fraction: 0.5 },
      { progress: null },
    ],
    [
      "checked shows the result, keeps the filter, goes to the first page",
      running({ progress: 0.9, page: 4, filter: { ...NO_FILTER, severity: "error" } }),
      { type: "checked", checked },
      { running: null, progress: null, checked, page: 0, filter: { ...NO_FILTER, severity: "error" }, mappings: {} },
    ],
    [
      "checked with a mapping remembers it for the sheet",
      running(),
      { type: "checked", checked, mapping: { officer: 5 } },
      { mappings: { 台账: { officer: 5 } } },
    ],
    [
      "written says which sheet, with the use case's message",
      running({ running: "write" }),
      { type: "written", sheet: "检查结果(2)", message: "已有同名表" },
      { running: null, notice: { kind: "written", sheet: "检查结果(2)", message: "已有同名表" } },
    ],
    [
      "marked counts the cells",
      running({ running: "mark" }),
      { type: "marked", count: 7 },
      { notice: { kind: "marked", count: 7 } },
    ],
    [
      "cleared counts the marks",
      running({ running: "clear" }),
      { type: "cleared", count: 7 },
      { notice: { kind: "cleared", count: 7 } },
    ],
    [
      "settings-saved keeps the settings and the re-check",
      running({ running: "settings", page: 3 }),
      { type: "settings-saved", settings: otherSettings, checked },
      { running: null, settings: otherSettings, checked, page: 0, notice: { kind: "settings-saved" } },
    ],
    [
      "failed shows the problem and keeps the last result",
      running({ checked }),
      { type: "failed", problem },
      { running: null, problem, checked },
    ],
    [
      "alerted shows a problem without ending the running command",
      running(),
      { type: "alerted", problem },
      { running: "check", problem },
    ],
    [
      "finished ends the command quietly",
      running({ progress: 0.3 }),
      { type: "finished" },
      { running: null, progress: null },
    ],
    [
      "filter-changed merges the filter and goes to the first page",
      { ...initialCheckState, page: 5, filter: { ...NO_FILTER, severity: "error" } },
      { type: "filter-changed", filter: { text: "JJ" } },
      { page: 0, filter: { severity: "error", rule: null, text: "JJ" } },
    ],
    ["page-changed never goes below 0", initialCheckState, { type: "page-changed", page: -2 }, { page: 0 }],
    [
      "dismissed clears the problem and the notice",
      { ...initialCheckState, problem, notice: { kind: "settings-saved" } },
      { type: "dismissed" },
      { problem: null, notice: null },
    ],
  ];

  // Frozen input: a reducer that mutated its state would throw here (test files run in strict mode).
  it.each(cases)("%s", (_name, before, action, expected) => {
    expect(checkReducer(deepFreeze(before), action)).toMatchObject(expected);
  });

  it("returns a new state and leaves the old one as it was", () => {
    const before = deepFreeze(running());
    const after = checkReducer(before, { type: "checked", checked });
    expect(after).not.toBe(before);
    expect(before.checked).toBeNull();
  });
});

describe("filterFindings", () => {
  const findings = checked.result.findings;

  it("returns every finding with no filter", () => {
    expect(filterFindings(findings, NO_FILTER)).toHaveLength(findings.length);
  });

  it.each([
    [
      "severity",
      { ...NO_FILTER, severity: "error" as const },
      (f: (typeof findings)[number]) => f.severity === "error",
    ],
    [
      "rule",
      { ...NO_FILTER, rule: "required-missing" as const },
      (f: (typeof findings)[number]) => f.rule === "required-missing",
    ],
    ["text in the 借据号", { ...NO_FILTER, text: "jj002" }, (f: (typeof findings)[number]) => f.key === "JJ002"],
  ])("filters by %s", (_name, filter, expected) => {
    const shown = filterFindings(findings, filter, searchTexts(findings));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(findings.filter(expected));
  });

  it("combines the filters", () => {
    const shown = filterFindings(findings, { severity: "warning", rule: "required-missing", text: "" });
    expect(shown.every((f) => f.severity === "warning" && f.rule === "required-missing")).toBe(true);
  });
});

describe("pageOf", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);
  it.each([
    [0, 0, 50, 3, 0],
    [2, 2, 20, 3, 100],
    [9, 2, 20, 3, 100],
    [-1, 0, 50, 3, 0],
  ])("page %i shows page %i with %i items of %i pages from %i", (page, shown, count, pageCount, first) => {
    const p = pageOf(items, page, 50);
    expect(p).toMatchObject({ page: shown, pageCount, first });
    expect(p.items).toHaveLength(count);
  });

  it("has one empty page for an empty list", () => {
    expect(pageOf([], 3, 50)).toEqual({ items: [], page: 0, pageCount: 1, first: 0 });
  });
});
