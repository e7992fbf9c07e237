import {
  averageOfScored,
  buildAssessmentSummarySheet,
  competitionRanks,
  SUMMARY_COLS,
  SUMMARY_HEADER_ROW,
} from "../../../src/core/targets/assessment-summary-sheet";
import { defaultMonthlyTarget } from "../../../src/core/targets/default-indicators";
import { DEFAULT_GRADES } from "../../../src/core/targets/quarter-payout";
import { targetSheetLayout } from "../../../src/core/targets/target-layout";
import { scoreTargetInputs } from "../../../src/core/targets/target-scores";
import { inputsWith, months, numberOrNull, recalcTargets, SUMMARY, type Officer } from "../../support/target-sheets";

/** An officer attaining `f(month)` of every target. */
function officer(name: string, f: (m: number) => number | null): Officer {
  return {
    officer: name,
    sheet: `目标责任书-${name}`,
    inputs: inputsWith((ind) => {
      const target = defaultMonthlyTarget(ind.unit, ind.annual as number);
      return {
        actuals: months((m) => {
          const x = f(m);
          return x === null ? null : ind.direction === "反向" ? target / x : target * x;
        }),
      };
    }),
  };
}

const OFFICERS: readonly Officer[] = [
  officer("张三", (m) => (m <= 7 ? 0.9 + m / 100 : null)),
  officer("李四", (m) => (m <= 7 ? 1.05 : null)),
  officer("王五", (m) => (m <= 4 ? 0.75 : null)),
  officer("赵六", () => null),
  officer("钱七", (m) => (m <= 7 ? 1.05 : null)),
];

describe("buildAssessmentSummarySheet", () => {
  const r = recalcTargets(OFFICERS);
  const core = OFFICERS.map((o) => scoreTargetInputs(o.inputs, { cap: 1.2, grades: DEFAULT_GRADES }));
  const averages = core.map((c) => averageOfScored(c.monthScores));
  const ranks = competitionRanks(averages);
  const row = (i: number) => SUMMARY_HEADER_ROW + 1 + i;

  it("lists every officer in the order given", () => {
    expect(OFFICERS.map((_, i) => r.cell(SUMMARY, row(i), SUMMARY_COLS.officer))).toEqual(
      OFFICERS.map((o) => o.officer),
    );
  });

  it("shows each officer's monthly scores from their sheet, blank for the months not scored", () => {
    core.forEach((c, i) => {
      c.monthScores.forEach((s, m) => {
        const shown = numberOrNull(r.cell(SUMMARY, row(i), SUMMARY_COLS.firstMonth + m));
        if (s === null) expect(shown).toBeNull();
        else expect(shown).toBeCloseTo(s, 9);
      });
    });
  });

  it("averages the months scored and ranks on it as competitionRanks does (ties share a place)", () => {
    expect(ranks).toEqual([3, 1, 4, null, 1]);
    OFFICERS.forEach((_, i) => {
      const avg = numberOrNull(r.cell(SUMMARY, row(i), SUMMARY_COLS.average));
      if (averages[i] === null) expect(avg).toBeNull();
      else expect(avg).toBeCloseTo(averages[i] ?? NaN, 9);
      expect(numberOrNull(r.cell(SUMMARY, row(i), SUMMARY_COLS.rank))).toBe(ranks[i]);
    });
  });

  it("shows each quarter's payout and the year's total", () => {
    core.forEach((c, i) => {
      c.quarters.forEach((q, k) => {
        const shown = numberOrNull(r.cell(SUMMARY, row(i), SUMMARY_COLS.firstQuarter + k));
        if (q === null) expect(shown).toBeNull();
        else expect(shown).toBeCloseTo(q.pay, 6);
      });
      const paid = c.quarters.filter((q) => q !== null).map((q) => q?.pay ?? 0);
      const year = numberOrNull(r.cell(SUMMARY, row(i), SUMMARY_COLS.yearPay));
      if (paid.length === 0) expect(year).toBeNull();
      else
        expect(year).toBeCloseTo(
          paid.reduce((a, b) => a + b, 0),
          6,
        );
    });
  });

  it("says so when there is no officer", () => {
    const model = buildAssessmentSummarySheet({ name: SUMMARY, year: 2026, entries: [] });
    expect(model.rows[SUMMARY_HEADER_ROW]?.[1]).toBe("（没有可汇总的目标责任书）");
  });

  it("refers to each sheet's score row by that sheet's own layout", () => {
    const model = buildAssessmentSummarySheet({
      name: SUMMARY,
      year: 2026,
      entries: [{ officer: "张三", sheet: "目标责任书-张三", layout: targetSheetLayout(7) }],
    });
    expect(model.rows[SUMMARY_HEADER_ROW]?.[SUMMARY_COLS.firstMonth]).toEqual({
      formula: `='目标责任书-张三'!F${targetSheetLayout(7).scoreRow}`,
    });
  });
});

describe("averageOfScored", () => {
  it.each<[(number | null)[], number | null]>([
    [[], null],
    [[null, null], null],
    [[90, null, 100], 95],
    [[90, 91, 91], 90.67],
  ])("averages %p to %p", (scores, expected) => {
    expect(averageOfScored(scores)).toBe(expected);
  });
});

describe("competitionRanks", () => {
  it.each<[(number | null)[], (number | null)[]]>([
    [
      [90, 95, 80],
      [2, 1, 3],
    ],
    [
      [90, 90, 80],
      [1, 1, 3],
    ],
    [
      [null, 70],
      [null, 1],
    ],
  ])("ranks %p as %p", (values, expected) => {
    expect(competitionRanks(values)).toEqual(expected);
  });
});
