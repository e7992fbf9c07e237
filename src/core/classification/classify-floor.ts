import { DEFAULT_SETTINGS, type ClassificationThresholds } from "../settings/defaults";
import { classificationMessages } from "../messages/classification-messages";
import { fill, type Locale } from "../messages/message";
import type { AssetType } from "./asset-type";
import type { Condition } from "./conditions";
import { CONDITIONS } from "./conditions";
import { classRank, worseClass, type LoanClass } from "./loan-class";

export interface FloorInput {
  overdueDays: number;
  assetType: AssetType;
  conditions: readonly Condition[];
  /** Expected credit loss ÷ book balance, 0..1; null when not assessed. */
  eclRatio: number | null;
}

/** Why a loan must be at least `floor`. Each code has the message `cls.reason.<code>`. */
export type ReasonCode =
  | "overdue-attention"
  | "overdue-substandard"
  | "overdue-doubtful"
  | "overdue-loss"
  | "card-overdue-attention"
  | "card-overdue-substandard"
  | "card-overdue-doubtful"
  | "card-overdue-loss"
  | "diverted-funds"
  | "refinanced"
  | "npl-elsewhere"
  | "restructured"
  | "impaired"
  | "rating-downgrade"
  | "overdue-elsewhere"
  | "restructured-again"
  | "debt-evasion"
  | "liquidation"
  | "ecl-doubtful"
  | "ecl-loss";

export interface FloorReason {
  floor: LoanClass;
  code: ReasonCode;
  /** zh-CN. */
  text: string;
  /** The numbers in the text (days, threshold, percent), so that it can be rendered in another locale. */
  params: Readonly<Record<string, number>>;
}

export interface FloorResult {
  floor: LoanClass;
  /** Only the reasons whose floor equals the result floor; [] when 正常. */
  reasons: readonly FloorReason[];
}

/**
 * The floor each condition sets (2023 Measures 第十一条–第十四条, and 第三章
 * for 重组/再次重组). 技术性逾期 sets none: it only excuses short overdue.
 */
const CONDITION_FLOORS: Readonly<
  Record<Exclude<Condition, "技术性逾期">, { floor: LoanClass; code: ReasonCode; nonRetailOnly: boolean }>
> = {
  挪用: { floor: "关注", code: "diverted-funds", nonRetailOnly: false },
  借新还旧: { floor: "关注", code: "refinanced", nonRetailOnly: false },
  // The other-bank rules are written for non-retail debtors only (rules.md §1.2).
  他行不良: { floor: "关注", code: "npl-elsewhere", nonRetailOnly: true },
  重组: { floor: "关注", code: "restructured", nonRetailOnly: false },
  减值: { floor: "次级", code: "impaired", nonRetailOnly: false },
  评级大幅下调: { floor: "次级", code: "rating-downgrade", nonRetailOnly: false },
  "他行逾期超20%": { floor: "次级", code: "overdue-elsewhere", nonRetailOnly: true },
  再次重组: { floor: "可疑", code: "restructured-again", nonRetailOnly: false },
  逃废债: { floor: "可疑", code: "debt-evasion", nonRetailOnly: false },
  破产清算: { floor: "损失", code: "liquidation", nonRetailOnly: false },
};

/**
 * The least class the rules allow for a loan: the worst of the floors set by
 * its overdue days, its conditions and its ECL ratio. "逾期超过 N 天" excludes
 * N (Chinese legal convention), so 90 days is 关注 and 91 is 次级.
 *
 * Inputs are validated by the caller; this only refuses to turn bad numbers
 * into NaN or a throw: a NaN overdueDays counts as not overdue and a NaN
 * eclRatio as not assessed; ±Infinity compare as the extremes they are.
 */
export function classifyFloor(
  input: FloorInput,
  t: ClassificationThresholds = DEFAULT_SETTINGS.classification,
): FloorResult {
  const days = Number.isNaN(input.overdueDays) ? 0 : input.overdueDays;
  const candidates: FloorReason[] = [];

  const overdue = overdueReason(days, input.assetType, input.conditions.includes("技术性逾期"), t);
  if (overdue !== null) candidates.push(overdue);

  for (const condition of CONDITIONS) {
    if (condition === "技术性逾期" || !input.conditions.includes(condition)) continue;
    const rule = CONDITION_FLOORS[condition];
    if (rule.nonRetailOnly && input.assetType !== "非零售") continue;
    candidates.push(reason(rule.floor, rule.code, {}));
  }

  const ecl = input.eclRatio;
  if (ecl !== null && !Number.isNaN(ecl)) {
    // A ratio this high implies the asset is credit-impaired (第十三条/第十四条 require both).
    if (ecl >= t.eclLossRatio) candidates.push(reason("损失", "ecl-loss", { percent: percent(t.eclLossRatio) }));
    else if (ecl >= t.eclDoubtfulRatio) {
      candidates.push(reason("可疑", "ecl-doubtful", { percent: percent(t.eclDoubtfulRatio) }));
    }
  }

  const floor = candidates.reduce<LoanClass>((worst, r) => worseClass(worst, r.floor), "正常");
  if (floor === "正常") return { floor, reasons: [] };
  return { floor, reasons: candidates.filter((r) => classRank(r.floor) === classRank(floor)) };
}

/** The reasons of a result as one line, e.g. `逾期超过90天；已发生信用减值`. */
export function reasonText(result: FloorResult, locale: Locale = "zh-CN"): string {
  return result.reasons
    .map((r) => renderReason(r, locale))
    .join(classificationMessages["cls.reason-separator"][locale]);
}

export function renderReason(r: FloorReason, locale: Locale = "zh-CN"): string {
  return fill(classificationMessages[`cls.reason.${r.code}`][locale], r.params);
}

/** Only the worst overdue floor: a loan 400 days overdue is reported as "超过360天", not also as "超过90天". */
function overdueReason(
  days: number,
  assetType: AssetType,
  technical: boolean,
  t: ClassificationThresholds,
): FloorReason | null {
  const card = assetType === "信用卡";
  const steps = card ? t.card : t;
  const prefix = card ? "card-" : "";
  if (days > steps.lossAfterDays) return reason("损失", `${prefix}overdue-loss`, { threshold: steps.lossAfterDays });
  if (days > steps.doubtfulAfterDays) {
    return reason("可疑", `${prefix}overdue-doubtful`, { threshold: steps.doubtfulAfterDays });
  }
  if (days > steps.substandardAfterDays) {
    return reason("次级", `${prefix}overdue-substandard`, { threshold: steps.substandardAfterDays });
  }
  // 操作性或技术性原因导致的短期逾期（7天内）除外: the excuse covers 关注 only.
  const excused = technical && days <= t.technicalGraceDays;
  if (days > t.attentionAfterDays && !excused) return reason("关注", `${prefix}overdue-attention`, { days });
  return null;
}

function reason(floor: LoanClass, code: ReasonCode, params: Readonly<Record<string, number>>): FloorReason {
  return { floor, code, params, text: fill(classificationMessages[`cls.reason.${code}`]["zh-CN"], params) };
}

/** 0.5 → 50, without float artefacts such as 0.07 * 100 = 7.000000000000001. */
function percent(ratio: number): number {
  return Number((ratio * 100).toPrecision(12));
}
