import { grade, type Grade } from "../scoring/grade";
import { penalty } from "../scoring/penalty";
import { score } from "../scoring/score";
import type { ItemCount } from "./count-occurrences";
import { round2 } from "./round2";
import type { ScoringStandard, StandardItem } from "./scoring-standard";

export interface ItemScore {
  readonly category: string;
  readonly item: string;
  readonly points: number;
  readonly manual: boolean;
  readonly veto: boolean;
  /** Occurrences at the per-occurrence deduction. */
  readonly occurrences: number;
  /** Occurrences at 特别扣分. */
  readonly specialOccurrences: number;
  readonly deduction: number;
  readonly score: number;
}

export interface BranchScore {
  readonly branch: string;
  readonly items: readonly ItemScore[];
  readonly total: number;
  readonly grade: Grade;
  readonly penalty: number;
  /** A 一票否决 item occurred: the grade is 不合格 whatever the total. */
  readonly vetoed: boolean;
  /** The (at most three) items with the largest deductions, largest first; ties in the standard's order. */
  readonly topLosses: readonly ItemScore[];
}

/** How many items the summary and the pane name as costing most. */
export const TOP_LOSSES = 3;

/**
 * One branch's scores by the standard, with the scorecard's own arithmetic
 * so that the JSON and the pane agree with the sheet Excel recalculates:
 * deduction = ROUND(MIN(cap, n × per occurrence + s × special), 2), item
 * score = MAX(0, ROUND(points − deduction, 2)) (扣完为止), total = ROUND(SUM, 2),
 * grade by the bands unless a veto item occurred, penalty below the threshold.
 * Items missing from `counts` occurred 0 times.
 */
export function computeScores(
  standard: ScoringStandard,
  branch: string,
  counts: ReadonlyMap<string, ItemCount>,
): BranchScore {
  const items = standard.items.map((item) => itemScore(item, counts.get(item.item) ?? { normal: 0, special: 0 }));
  const total = round2(items.reduce((sum, i) => sum + i.score, 0));
  const vetoed = items.some((i) => i.veto && i.occurrences + i.specialOccurrences > 0);
  const topLosses = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.deduction > 0)
    .sort((a, b) => b.item.deduction - a.item.deduction || a.index - b.index)
    .slice(0, TOP_LOSSES)
    .map(({ item }) => item);
  return {
    branch,
    items,
    total,
    grade: vetoed ? "不合格" : grade(total, standard.bands),
    penalty: penalty(total, standard.penaltyThreshold, standard.penaltyAmount),
    vetoed,
    topLosses,
  };
}

/** The deduction per special occurrence: 特别扣分, or the usual one when the item gives none. */
export function specialDeductionOf(item: StandardItem): number {
  return item.specialDeduction ?? item.perOccurrence;
}

/** Whether an item has special occurrences at all (a special source, or a 特别扣分 given). */
export function hasSpecialColumn(item: StandardItem): boolean {
  return item.sources.some((s) => s.special) || item.specialDeduction !== null;
}

function itemScore(item: StandardItem, count: ItemCount): ItemScore {
  const raw = count.normal * item.perOccurrence + count.special * specialDeductionOf(item);
  const deduction = round2(Math.min(item.cap, raw));
  return {
    category: item.category,
    item: item.item,
    points: item.points,
    manual: item.manual,
    veto: item.veto,
    occurrences: count.normal,
    specialOccurrences: count.special,
    deduction,
    // score() is MAX(floor, ROUND(full − Σ deductions, 2)): the item's floor of 0.
    score: score([deduction], item.points, 0),
  };
}
