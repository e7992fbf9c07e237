/**
 * Where everything sits on a 目标责任书 sheet (rows 1-based, columns 0-based),
 * as a function of the number of indicators. The builder writes by it, the
 * reader finds typed values by it, and the 考核汇总 sheet's formulas point
 * into it, so the three can never disagree about a cell.
 */
export const NAME_COL = 0;
export const UNIT_COL = 1;
export const DIRECTION_COL = 2;
export const WEIGHT_COL = 3;
/** 年度目标 in the targets table, 全年累计 in the actuals table. */
export const ANNUAL_COL = 4;
/** January's column (F); month m (1–12) is in column FIRST_MONTH_COL + m − 1. */
export const FIRST_MONTH_COL = 5;
export const LAST_COL = FIRST_MONTH_COL + 11;

/** Columns of the 季度兑现 table. */
export const QUARTER_COLS = {
  label: 0,
  average: 1,
  grade: 2,
  coefficient: 3,
  basePay: 4,
  performancePay: 5,
  pay: 6,
} as const;

/** The most indicators a sheet is looked for with; a real 目标责任书 has five to ten. */
export const MAX_INDICATORS = 20;

export interface TargetSheetLayout {
  readonly indicators: number;
  readonly titleRow: number;
  readonly subtitleRow: number;
  readonly yearRow: number;
  readonly presidentRow: number;
  readonly officerRow: number;
  readonly periodRow: number;
  readonly portfolioTitleRow: number;
  readonly portfolioHeaderRow: number;
  readonly portfolioRow: number;
  readonly targetsTitleRow: number;
  readonly targetsHeaderRow: number;
  /** Indicator i (0-based) is on firstTargetRow + i in the targets table, and likewise below. */
  readonly firstTargetRow: number;
  readonly weightTotalRow: number;
  readonly actualsTitleRow: number;
  readonly actualsHeaderRow: number;
  readonly firstActualRow: number;
  readonly attainTitleRow: number;
  readonly attainHeaderRow: number;
  readonly firstAttainRow: number;
  readonly scoreRow: number;
  readonly quarterTitleRow: number;
  readonly quarterHeaderRow: number;
  /** Quarter q (1–4) is on firstQuarterRow + q − 1. */
  readonly firstQuarterRow: number;
  readonly yearTotalRow: number;
  readonly signRow: number;
  readonly noteRow: number;
  readonly lastRow: number;
}

export function targetSheetLayout(indicators: number): TargetSheetLayout {
  const n = indicators;
  const firstTargetRow = 14;
  const weightTotalRow = firstTargetRow + n;
  const actualsTitleRow = weightTotalRow + 2;
  const firstActualRow = actualsTitleRow + 2;
  const attainTitleRow = firstActualRow + n + 1;
  const firstAttainRow = attainTitleRow + 2;
  const scoreRow = firstAttainRow + n;
  const quarterTitleRow = scoreRow + 2;
  const firstQuarterRow = quarterTitleRow + 2;
  const yearTotalRow = firstQuarterRow + 4;
  const signRow = yearTotalRow + 2;
  const noteRow = signRow + 2;
  return {
    indicators: n,
    titleRow: 1,
    subtitleRow: 2,
    yearRow: 3,
    presidentRow: 4,
    officerRow: 5,
    periodRow: 6,
    portfolioTitleRow: 8,
    portfolioHeaderRow: 9,
    portfolioRow: 10,
    targetsTitleRow: 12,
    targetsHeaderRow: 13,
    firstTargetRow,
    weightTotalRow,
    actualsTitleRow,
    actualsHeaderRow: actualsTitleRow + 1,
    firstActualRow,
    attainTitleRow,
    attainHeaderRow: attainTitleRow + 1,
    firstAttainRow,
    scoreRow,
    quarterTitleRow,
    quarterHeaderRow: quarterTitleRow + 1,
    firstQuarterRow,
    yearTotalRow,
    signRow,
    noteRow,
    lastRow: noteRow,
  };
}

/** The column of month m (1–12). */
export function monthCol(month: number): number {
  return FIRST_MONTH_COL + month - 1;
}
