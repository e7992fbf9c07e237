import { targetMessages } from "../messages/target-messages";
import type { ModelValue } from "../sheet-model/sheet-model";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { DEFAULT_INDICATORS, defaultMonthlyTarget, type TargetIndicator } from "./default-indicators";
import { DEFAULT_PAY } from "./quarter-payout";
import {
  ANNUAL_COL,
  DIRECTION_COL,
  MAX_INDICATORS,
  monthCol,
  NAME_COL,
  QUARTER_COLS,
  targetSheetLayout,
  UNIT_COL,
  WEIGHT_COL,
  type TargetSheetLayout,
} from "./target-layout";

/**
 * A month's target: the default formula (annual ÷ 12, or the annual rate),
 * or what someone typed over it.
 */
export type MonthlyTarget = { readonly kind: "default" } | { readonly kind: "typed"; readonly value: ModelValue };

export const DEFAULT_MONTHLY: MonthlyTarget = { kind: "default" };

/** One indicator's typed cells: its row of the targets table and its row of the actuals table. */
export interface IndicatorInputs {
  readonly name: ModelValue;
  readonly unit: ModelValue;
  readonly direction: ModelValue;
  readonly weight: ModelValue;
  readonly annual: ModelValue;
  /** Twelve months. */
  readonly monthly: readonly MonthlyTarget[];
  /** Twelve months; null where nothing is typed yet. */
  readonly actuals: readonly ModelValue[];
}

export interface QuarterPayInputs {
  readonly base: ModelValue;
  readonly performance: ModelValue;
}

/** Everything people type on a 目标责任书: what generating it again must keep. */
export interface TargetSheetInputs {
  /** 甲方 (the president's name), blank until typed. */
  readonly president: ModelValue;
  readonly indicators: readonly IndicatorInputs[];
  /** Four quarters. */
  readonly pay: readonly QuarterPayInputs[];
}

const MONTHS = 12;

/** The inputs of a sheet generated for the first time: the default indicators, no actuals, the default pay. */
export function newTargetInputs(
  indicators: readonly TargetIndicator[] = DEFAULT_INDICATORS,
  pay: { readonly basePay: number; readonly performancePay: number } = DEFAULT_PAY,
): TargetSheetInputs {
  return {
    president: null,
    indicators: indicators.map((i) => ({
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      weight: i.weight,
      annual: i.annualTarget,
      monthly: Array.from({ length: MONTHS }, () => DEFAULT_MONTHLY),
      actuals: Array.from({ length: MONTHS }, () => null),
    })),
    pay: Array.from({ length: 4 }, () => ({ base: pay.basePay, performance: pay.performancePay })),
  };
}

type Values = readonly (readonly CellValue[])[];

/**
 * A cell as a value the sheet model can write back: an error value (a
 * formula someone typed that failed) and blank text (Office.js reads an
 * empty cell as "") as empty.
 */
export function modelValueAt(values: Values, row: number, col: number): ModelValue {
  const v = values[row - 1]?.[col] ?? null;
  return isExcelError(v) || isBlank(v) ? null : v;
}

const at = modelValueAt;

/** Both locales' text of a label: a sheet generated in English is read back as well. */
function isLabel(
  value: ModelValue,
  id: "targets.sheet.total" | "targets.sheet.score" | "targets.col.indicator",
): boolean {
  if (typeof value !== "string") return false;
  const t = value.trim();
  return t === targetMessages[id]["zh-CN"] || t === targetMessages[id]["en-US"];
}

/** The layout an existing sheet was written with, found by its labels; null when they are not where a layout puts them. */
export function findTargetLayout(values: Values): TargetSheetLayout | null {
  for (let n = 1; n <= MAX_INDICATORS; n++) {
    const l = targetSheetLayout(n);
    if (
      isLabel(at(values, l.targetsHeaderRow, NAME_COL), "targets.col.indicator") &&
      isLabel(at(values, l.weightTotalRow, NAME_COL), "targets.sheet.total") &&
      isLabel(at(values, l.scoreRow, NAME_COL), "targets.sheet.score")
    ) {
      return l;
    }
  }
  return null;
}

/** Tolerance for telling the default formula's result from a typed number: float noise, not a real difference. */
function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A month's target as read: the default formula when the cell shows what
 * the formula gives (or nothing, as a formula in a file no spreadsheet has
 * recalculated reads), else the value typed over it. A typed number equal to
 * the default becomes the formula again, which shows the same and keeps
 * following the annual target.
 */
function readMonthly(value: ModelValue, unit: ModelValue, annual: ModelValue): MonthlyTarget {
  if (value === null) return DEFAULT_MONTHLY;
  const annualNumber = typeof annual === "number" ? annual : annual === null ? 0 : null;
  if (
    typeof value === "number" &&
    annualNumber !== null &&
    sameNumber(value, defaultMonthlyTarget(unit, annualNumber))
  ) {
    return DEFAULT_MONTHLY;
  }
  return { kind: "typed", value };
}

export interface ReadTargetSheet {
  /** The 考核年度 the sheet states; null when it states none. */
  readonly year: number | null;
  readonly inputs: TargetSheetInputs;
}

/**
 * What was typed on a 目标责任书 the add-in wrote, from the sheet's values
 * (formulas read as their results). Null when the sheet's layout cannot be
 * found: its typed values cannot be told from the rest, so it must not be
 * written over.
 */
export function readTargetInputs(values: Values): ReadTargetSheet | null {
  const l = findTargetLayout(values);
  if (l === null) return null;
  const year = at(values, l.yearRow, 1);
  const indicators: IndicatorInputs[] = [];
  for (let i = 0; i < l.indicators; i++) {
    const row = l.firstTargetRow + i;
    const unit = at(values, row, UNIT_COL);
    const annual = at(values, row, ANNUAL_COL);
    const monthly: MonthlyTarget[] = [];
    const actuals: ModelValue[] = [];
    for (let m = 1; m <= MONTHS; m++) {
      monthly.push(readMonthly(at(values, row, monthCol(m)), unit, annual));
      actuals.push(at(values, l.firstActualRow + i, monthCol(m)));
    }
    indicators.push({
      name: at(values, row, NAME_COL),
      unit,
      direction: at(values, row, DIRECTION_COL),
      weight: at(values, row, WEIGHT_COL),
      annual,
      monthly,
      actuals,
    });
  }
  const pay: QuarterPayInputs[] = [];
  for (let q = 0; q < 4; q++) {
    const row = l.firstQuarterRow + q;
    pay.push({
      base: at(values, row, QUARTER_COLS.basePay),
      performance: at(values, row, QUARTER_COLS.performancePay),
    });
  }
  return {
    year: typeof year === "number" && Number.isInteger(year) ? year : null,
    inputs: { president: at(values, l.presidentRow, 1), indicators, pay },
  };
}
