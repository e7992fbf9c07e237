import { buildAssessmentParamsSheet } from "../../src/core/targets/assessment-params-sheet";
import { buildAssessmentSummarySheet } from "../../src/core/targets/assessment-summary-sheet";
import type { OfficerPortfolio } from "../../src/core/targets/portfolio";
import { DEFAULT_GRADES, DEFAULT_PAY, type PayGrade } from "../../src/core/targets/quarter-payout";
import {
  DEFAULT_MONTHLY,
  newTargetInputs,
  type IndicatorInputs,
  type MonthlyTarget,
  type TargetSheetInputs,
} from "../../src/core/targets/target-inputs";
import type { ModelValue } from "../../src/core/sheet-model/sheet-model";
import { targetSheetLayout } from "../../src/core/targets/target-layout";
import { buildTargetSheet } from "../../src/core/targets/target-sheet";
import type { CellValue } from "../../src/core/values/cell-value";
import { recalculateSheets } from "../../src/preview/formula-engine";
import { day } from "./ledger-builder";

/**
 * Target sheets built by the core and recalculated by a real formula engine
 * (HyperFormula), so that tests compare what the sheets' formulas compute
 * with what the core computes, never with a copy of the formulas.
 */
export const PARAMS = "考核参数";
export const SUMMARY = "考核汇总";

export function aPortfolio(officer: string, over: Partial<OfficerPortfolio> = {}): OfficerPortfolio {
  return {
    officer,
    accounts: 3,
    loans: 4,
    balance: 250,
    nplBalance: 20,
    nplRatio: 0.08,
    overdueLoans: 1,
    overdueBalance: 20,
    maturingLoans: 2,
    maturingBalance: 100,
    ...over,
  };
}

/** The default inputs with each indicator's cells changed by `change(indicator, index)`. */
export function inputsWith(
  change: (ind: IndicatorInputs, i: number) => Partial<IndicatorInputs>,
  over: Partial<TargetSheetInputs> = {},
): TargetSheetInputs {
  const base = newTargetInputs();
  return { ...base, ...over, indicators: base.indicators.map((ind, i) => ({ ...ind, ...change(ind, i) })) };
}

/** Twelve months of cells from a function of the month (1–12); null leaves a month empty. */
export function months(f: (m: number) => ModelValue): ModelValue[] {
  return Array.from({ length: 12 }, (_, i) => f(i + 1));
}

/** Twelve monthly targets: the default formula except where `typed(month)` gives a value. */
export function monthlyTargets(typed: (m: number) => ModelValue | undefined): MonthlyTarget[] {
  return Array.from({ length: 12 }, (_, i) => {
    const value = typed(i + 1);
    return value === undefined ? DEFAULT_MONTHLY : { kind: "typed", value };
  });
}

export interface Officer {
  readonly officer: string;
  readonly sheet: string;
  readonly inputs: TargetSheetInputs;
}

export interface Recalculated {
  readonly values: Record<string, CellValue[][]>;
  /** A cell's computed value (1-based row, 0-based column). */
  cell(sheet: string, row: number, col: number): CellValue;
}

export function recalcTargets(
  officers: readonly Officer[],
  options: { cap?: number; grades?: readonly PayGrade[] } = {},
): Recalculated {
  const params = buildAssessmentParamsSheet(PARAMS, {
    cap: options.cap ?? 1.2,
    grades: options.grades ?? DEFAULT_GRADES,
    ...DEFAULT_PAY,
  });
  const sheets = officers.map((o) =>
    buildTargetSheet({
      name: o.sheet,
      officer: o.officer,
      year: 2026,
      asOf: day("2026-03-31"),
      ledgerSheet: "台账",
      amountUnit: "万元",
      portfolio: aPortfolio(o.officer),
      paramsSheet: PARAMS,
      inputs: o.inputs,
    }),
  );
  const summary = buildAssessmentSummarySheet({
    name: SUMMARY,
    year: 2026,
    entries: officers.map((o) => ({
      officer: o.officer,
      sheet: o.sheet,
      layout: targetSheetLayout(o.inputs.indicators.length),
    })),
  });
  const values = recalculateSheets([params, ...sheets, summary]);
  return { values, cell: (sheet, row, col) => values[sheet]?.[row - 1]?.[col] ?? null };
}

/** A computed cell as the core's number-or-null: text ("" shown blank) and error values are no number. */
export function numberOrNull(v: CellValue): number | null {
  return typeof v === "number" ? v : null;
}
