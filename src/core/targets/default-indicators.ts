/**
 * How an indicator is scored: 正向 (more is better: actual ÷ target) or 反向
 * (a ceiling such as 新增不良率 ≤ 2%: target ÷ actual). The words are the
 * values of the sheet's drop-down and the formulas compare them, so they
 * stay Chinese in every locale.
 */
export type IndicatorDirection = "正向" | "反向";
export const INDICATOR_DIRECTIONS: readonly IndicatorDirection[] = ["正向", "反向"];

/** The unit whose monthly target is the annual one, not a twelfth of it: a rate is not spread over months. */
export const RATE_UNIT = "%";

export interface TargetIndicator {
  readonly name: string;
  /** 万元, 户, or % (a rate, kept as a fraction: 2% is 0.02). */
  readonly unit: string;
  readonly direction: IndicatorDirection;
  /** Points out of 100 at full attainment. */
  readonly weight: number;
  readonly annualTarget: number;
}

/**
 * The indicators a 目标责任书 starts with (rules.md §7, work-plan §1: 存款、
 * 清收本息、营销 …) and their weights, summing to 100. Every figure is an
 * example to be edited on the sheet, where the president sets each officer's
 * own targets; what is typed there is kept when the sheets are generated
 * again.
 */
export const DEFAULT_INDICATORS: readonly TargetIndicator[] = [
  { name: "存款", unit: "万元", direction: "正向", weight: 30, annualTarget: 1200 },
  { name: "收回到期贷款本息", unit: "万元", direction: "正向", weight: 25, annualTarget: 600 },
  { name: "清收不良", unit: "万元", direction: "正向", weight: 20, annualTarget: 60 },
  // One 合作银行's ceiling (rules.md §7); scored in reverse, full marks at 0.
  { name: "新增不良率控制", unit: RATE_UNIT, direction: "反向", weight: 15, annualTarget: 0.02 },
  { name: "营销新增客户", unit: "户", direction: "正向", weight: 10, annualTarget: 24 },
];

/**
 * The monthly target a sheet starts with: a twelfth of the annual one for a
 * quantity (deposits, recoveries, customers), the annual one itself for a
 * rate. The unit is compared as the sheet's formula compares it (exactly).
 */
export function defaultMonthlyTarget(unit: unknown, annualTarget: number): number {
  return unit === RATE_UNIT ? annualTarget : annualTarget / 12;
}
