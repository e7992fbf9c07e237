import type { RuleId } from "../findings/finding";

/**
 * A bank's scoring standard (评分标准): what the 评分标准 sheet says, read
 * back from the workbook so that a bank changes its standard in Excel, not in
 * code (rules.md §6: deduct per finding, 扣完为止 per item).
 */

/**
 * Where an automatic item's occurrences come from: the findings of one rule,
 * optionally only those about one column (`required-missing:officer`) or with
 * one flag (`class-below-floor:npl`, a non-performing loan recorded as
 * 正常/关注). A finding claimed by a filtered source is not counted by a bare
 * source of the same rule in another item: the specific mapping wins.
 */
export interface RuleSource {
  readonly rule: RuleId;
  /** A column key or a flag; null for every finding of the rule. */
  readonly filter: string | null;
  /** The loans matched count at the item's 特别扣分 (a flag filter such as npl). */
  readonly special: boolean;
}

export interface StandardItem {
  /** 类别, e.g. 贷后管理. */
  readonly category: string;
  /** 项目, unique in the standard, e.g. 贷后检查. */
  readonly item: string;
  /** 标准分. */
  readonly points: number;
  /** 扣分标准 as written (text for the reader; the numbers below are what counts). */
  readonly description: string;
  /** 每次扣分: per loan (automatic) or per occurrence typed by the inspector (manual). */
  readonly perOccurrence: number;
  /** 特别扣分: per special occurrence; null when the item has none. */
  readonly specialDeduction: number | null;
  /** 扣分上限; the points when the sheet leaves it blank (扣完为止). */
  readonly cap: number;
  readonly sources: readonly RuleSource[];
  /** 评分方式 手工: the inspector types the occurrences on the scorecard. */
  readonly manual: boolean;
  /** 一票否决: any occurrence makes the grade 不合格. */
  readonly veto: boolean;
}

export interface ScoringStandard {
  readonly items: readonly StandardItem[];
  /** The full mark the points must add up to (100). */
  readonly full: number;
  /** Lower bounds of 优秀, 良好, 合格. */
  readonly bands: readonly [number, number, number];
  /** 扣罚分数线: a total below it is fined. */
  readonly penaltyThreshold: number;
  /** 扣罚金额 in 元. */
  readonly penaltyAmount: number;
  /** 整改期限 in days from the notice. */
  readonly rectificationDays: number;
}

/** Something in the 评分标准 sheet that makes it unusable, said so that the user can fix it. */
export interface StandardProblem {
  /** 1-based sheet row, null for the sheet as a whole. */
  readonly row: number | null;
  /** A1 address of the cell to fix, null when it is not one cell. */
  readonly cell: string | null;
  /** Names the row and cell, what is wrong and what to write instead. */
  readonly message: string;
}
