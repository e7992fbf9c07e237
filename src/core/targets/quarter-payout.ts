/** One grade of the quarterly payout: a quarter whose average monthly score is at least `lower` earns `coefficient`. */
export interface PayGrade {
  readonly name: string;
  readonly lower: number;
  /** 等级系数 as a fraction: 160% is 1.6. */
  readonly coefficient: number;
}

/**
 * Seven grades from 40% to 160% (rules.md §7, "example grade coefficients
 * 40%–160% in seven grades"), lowest first: the sheet looks the grade up with
 * MATCH's approximate match, which needs the lower bounds rising.
 */
export const DEFAULT_GRADES: readonly PayGrade[] = [
  { name: "七级", lower: 0, coefficient: 0.4 },
  { name: "六级", lower: 60, coefficient: 0.6 },
  { name: "五级", lower: 70, coefficient: 0.8 },
  { name: "四级", lower: 80, coefficient: 1 },
  { name: "三级", lower: 90, coefficient: 1.1 },
  { name: "二级", lower: 100, coefficient: 1.3 },
  { name: "一级", lower: 110, coefficient: 1.6 },
];

/** 基本薪酬 and 绩效薪酬 per quarter, in 元: examples for a new sheet, to be set by each bank's own 办法. */
export const DEFAULT_PAY = { basePay: 9000, performancePay: 6000 } as const;

/**
 * The grade of a score: the last grade whose lower bound it reaches, in a
 * table whose bounds rise. A score below every bound gets the first (lowest)
 * grade, as the sheet's IFERROR(MATCH(…), 1) does. Null for an empty table
 * or a score that is not a number.
 */
export function gradeFor(score: number, grades: readonly PayGrade[]): PayGrade | null {
  if (!Number.isFinite(score) || grades.length === 0) return null;
  let found = grades[0] ?? null;
  for (const g of grades) if (g.lower <= score) found = g;
  return found;
}

export interface QuarterPayout {
  /** The three months' average score, rounded to two decimals as the sheet's ROUND does. */
  readonly average: number;
  readonly grade: PayGrade;
  /** 基本薪酬 + 绩效薪酬 × 等级系数, rounded to 分. */
  readonly pay: number;
}

export interface QuarterPayoutInput {
  /** The quarter's three monthly scores; null for a month not scored. */
  readonly monthScores: readonly (number | null)[];
  readonly basePay: number;
  readonly performancePay: number;
  readonly grades: readonly PayGrade[];
}

/**
 * 季兑现: pay = 基本薪酬 + 绩效薪酬 × 等级系数, the grade from the quarter's
 * average monthly score (rules.md §7). Null until all three months are
 * scored: a grade from one or two months would be paid on a part of the
 * quarter.
 */
export function quarterPayout(input: QuarterPayoutInput): QuarterPayout | null {
  const scores = input.monthScores;
  if (scores.length !== 3) return null;
  let sum = 0;
  for (const s of scores) {
    if (s === null || !Number.isFinite(s)) return null;
    sum += s;
  }
  const average = round2(sum / 3);
  const grade = gradeFor(average, input.grades);
  if (grade === null) return null;
  return { average, grade, pay: round2(input.basePay + input.performancePay * grade.coefficient) };
}

/** Half away from zero, as Excel's ROUND; the EPSILON nudge keeps 1.005 from rounding down. */
function round2(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 * (1 + Number.EPSILON))) / 100;
}
