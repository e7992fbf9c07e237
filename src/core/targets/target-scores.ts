import type { ModelValue } from "../sheet-model/sheet-model";
import { defaultMonthlyTarget } from "./default-indicators";
import { monthScore, type MonthRow } from "./month-score";
import { quarterPayout, type PayGrade, type QuarterPayout } from "./quarter-payout";
import type { IndicatorInputs, TargetSheetInputs } from "./target-inputs";

export interface TargetSheetScores {
  /** Twelve months: the month's score, or null until all its actuals (and targets) are numbers. */
  readonly monthScores: readonly (number | null)[];
  /** Four quarters: the payout, or null until the quarter's three months are scored. */
  readonly quarters: readonly (QuarterPayout | null)[];
}

export interface ScoreOptions {
  readonly cap: number;
  readonly grades: readonly PayGrade[];
}

/**
 * A cell as the sheet's arithmetic reads it: a number as itself, an empty
 * cell as 0 (Excel's =A1*2 on an empty A1), anything else as no number.
 */
function asArithmetic(v: ModelValue): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v === null ? 0 : null;
}

/** The month's target the sheet shows: typed, or the default formula's result. */
function monthTarget(ind: IndicatorInputs, month: number): number | null {
  const m = ind.monthly[month - 1];
  if (m === undefined) return null;
  if (m.kind === "typed") return typeof m.value === "number" ? m.value : null;
  const annual = asArithmetic(ind.annual);
  return annual === null ? null : defaultMonthlyTarget(ind.unit, annual);
}

/**
 * The scores a 目标责任书 shows for what is typed on it, computed by the core
 * (month-score.ts, quarter-payout.ts) — what the sheet's formulas must agree
 * with, and what the command line reports. A month is scored once every
 * indicator has a number as its actual and its target, as the sheet's
 * COUNT(…) guard does; a weight left empty counts 0, as SUMPRODUCT reads it.
 */
export function scoreTargetInputs(inputs: TargetSheetInputs, options: ScoreOptions): TargetSheetScores {
  const monthScores: (number | null)[] = [];
  for (let month = 1; month <= 12; month++) {
    const rows: MonthRow[] = [];
    let complete = inputs.indicators.length > 0;
    for (const ind of inputs.indicators) {
      const actual = ind.actuals[month - 1];
      const target = monthTarget(ind, month);
      if (typeof actual !== "number" || target === null) {
        complete = false;
        break;
      }
      rows.push({
        direction: ind.direction === "反向" ? "反向" : "正向",
        weight: typeof ind.weight === "number" ? ind.weight : 0,
        target,
        actual,
      });
    }
    monthScores.push(complete ? monthScore(rows, options.cap) : null);
  }
  const quarters: (QuarterPayout | null)[] = [];
  for (let q = 0; q < 4; q++) {
    const pay = inputs.pay[q];
    const base = pay === undefined ? null : asArithmetic(pay.base);
    const performance = pay === undefined ? null : asArithmetic(pay.performance);
    quarters.push(
      base === null || performance === null
        ? null
        : quarterPayout({
            monthScores: monthScores.slice(q * 3, q * 3 + 3),
            basePay: base,
            performancePay: performance,
            grades: options.grades,
          }),
    );
  }
  return { monthScores, quarters };
}
