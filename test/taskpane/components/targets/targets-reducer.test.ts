import {
  initialTargetsState,
  targetsReducer,
  yearOf,
  type TargetsState,
} from "../../../../src/taskpane/components/targets/targets-reducer";
import type { TargetSheetsPlan, TargetSheetsResult } from "../../../../src/usecases/create-target-sheets";

const PLAN = { ok: true, year: 2026 } as unknown as TargetSheetsPlan;
const RESULT = { plan: PLAN, written: 2 } as unknown as TargetSheetsResult;

describe("yearOf", () => {
  it.each<[string, number | null | undefined]>([
    ["", null],
    ["  ", null],
    ["2026", 2026],
    [" 2027 ", 2027],
    ["27", undefined],
    ["二〇二六", undefined],
    ["1800", undefined],
  ])("reads %p as %p", (text, year) => {
    expect(yearOf(text)).toBe(year);
  });
});

describe("targetsReducer", () => {
  const planned: TargetsState = { ...initialTargetsState, plan: PLAN };

  it("shows a preview in place of the last result", () => {
    const s = targetsReducer(
      { ...initialTargetsState, result: RESULT, running: "plan" },
      { type: "planned", plan: PLAN },
    );
    expect(s).toMatchObject({ running: null, plan: PLAN, result: null });
  });

  it("replaces the preview with what was written", () => {
    expect(targetsReducer(planned, { type: "written", result: RESULT })).toMatchObject({ plan: null, result: RESULT });
  });

  it.each([
    ["a new year", { type: "year-set", text: "2027" } as const],
    ["a new as-of date", { type: "as-of-set", asOf: 20_000 } as const],
    ["cancelling", { type: "cancelled" } as const],
  ])("drops the preview on %s", (_, action) => {
    expect(targetsReducer(planned, action).plan).toBeNull();
  });

  it("ignores progress when nothing runs, and keeps the preview when a command fails", () => {
    expect(targetsReducer(planned, { type: "progress", fraction: 0.5 })).toBe(planned);
    const failed = targetsReducer(
      { ...planned, running: "write" },
      { type: "failed", problem: { message: "m", hint: "" } },
    );
    expect(failed).toMatchObject({ running: null, plan: PLAN, problem: { message: "m" } });
  });
});
