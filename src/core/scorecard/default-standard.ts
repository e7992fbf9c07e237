import { DEFAULT_SETTINGS } from "../settings/defaults";
import type { RuleSource, ScoringStandard, StandardItem } from "./scoring-standard";

const src = (rule: RuleSource["rule"], filter: string | null = null, special = false): RuleSource => ({
  rule,
  filter,
  special,
});

/**
 * The standard written into a workbook on first use (rules.md §6's suggested
 * template: seven items, 100 points, per-loan deductions, 扣完为止). Every
 * value is an assumption a bank is expected to edit in its 评分标准 sheet.
 *
 * Where the ledger check's findings go, and why:
 * - 贷后检查: a late or missing inspection (inspection-overdue,
 *   first-inspection-late, and an empty 首次检查日期 once it was due) — the
 *   item is about inspections being done on time.
 * - 管户责任落实: no 管户客户经理 (required-missing:officer).
 * - 五级分类准确性: a class better than its floor, −2; a non-performing loan
 *   recorded as 正常/关注 (class-below-floor:npl), −5 instead.
 * - 风险预警与处置: an NPL without a disposal plan (npl-no-disposal).
 * - 手续合规合法性: defects that say the loan's papers disagree — an invalid
 *   ID, a repeated 借据号, dates out of order, a balance above the amount.
 * - 档案管理: every other empty required cell and cells that cannot be read
 *   (type-error, enum-invalid): the records are incomplete, −0.5 per loan as
 *   rules.md gives for a missing document.
 * - 催收与诉讼时效: scored by hand on site; the ledger cannot show it.
 * Loans due next month (maturing-next-month, info) and a missing column
 * (header-missing, not about a loan) deduct nothing.
 */
export const DEFAULT_STANDARD_ITEMS: readonly StandardItem[] = [
  {
    category: "信贷手续",
    item: "手续合规合法性",
    points: 20,
    description:
      "调查、审查、审批、合同、担保、支付手续合规。台账反映手续瑕疵的（证件号码无效、借据号重复、日期先后矛盾、余额大于发放金额），每笔扣2分，扣完为止",
    perOccurrence: 2,
    specialDeduction: null,
    cap: 20,
    sources: [src("id-invalid"), src("duplicate-key"), src("date-order"), src("balance-exceeds-amount")],
    manual: false,
    veto: false,
  },
  {
    category: "管户责任",
    item: "管户责任落实",
    points: 10,
    description: "每笔贷款落实管户客户经理；未明确管户客户经理的，每笔扣1分，扣完为止",
    perOccurrence: 1,
    specialDeduction: null,
    cap: 10,
    sources: [src("required-missing", "officer")],
    manual: false,
    veto: false,
  },
  {
    category: "贷后管理",
    item: "贷后检查",
    points: 25,
    description: "按期开展首次检查和定期检查；首次检查超期或未检查、定期检查逾期的，每笔扣1分，扣完为止",
    perOccurrence: 1,
    specialDeduction: null,
    cap: 25,
    sources: [src("inspection-overdue"), src("first-inspection-late"), src("required-missing", "firstInspection")],
    manual: false,
    veto: false,
  },
  {
    category: "贷后管理",
    item: "风险预警与处置",
    points: 10,
    description: "不良贷款制定处置方案并落实；不良贷款无处置措施的，每笔扣2分，扣完为止",
    perOccurrence: 2,
    specialDeduction: null,
    cap: 10,
    sources: [src("npl-no-disposal")],
    manual: false,
    veto: false,
  },
  {
    category: "风险分类",
    item: "五级分类准确性",
    points: 15,
    description: "五级分类真实准确；分类偏离的每笔扣2分，不良贷款分类为正常、关注（隐瞒不良）的每笔扣5分，扣完为止",
    perOccurrence: 2,
    specialDeduction: 5,
    cap: 15,
    sources: [src("class-below-floor"), src("class-below-floor", "npl", true)],
    manual: false,
    veto: false,
  },
  {
    category: "档案管理",
    item: "档案管理",
    points: 10,
    description: "台账及信贷档案要素齐全、填写规范；必填要素缺失或填写无法识别的，每笔扣0.5分，扣完为止",
    perOccurrence: 0.5,
    specialDeduction: null,
    cap: 10,
    sources: [src("required-missing"), src("type-error"), src("enum-invalid")],
    manual: false,
    veto: false,
  },
  {
    category: "清收管理",
    item: "催收与诉讼时效",
    points: 10,
    description:
      "逾期贷款按时催收并取得回执，维护诉讼时效；超过诉讼时效或无催收回执的，每笔扣2分，扣完为止（现场检查手工评分）",
    perOccurrence: 2,
    specialDeduction: null,
    cap: 10,
    sources: [],
    manual: true,
    veto: false,
  },
];

/** The default standard: the items above with the bands, penalty and deadline of the settings' defaults. */
export const DEFAULT_STANDARD: ScoringStandard = {
  items: DEFAULT_STANDARD_ITEMS,
  full: DEFAULT_SETTINGS.scoring.full,
  bands: DEFAULT_SETTINGS.scoring.bands,
  penaltyThreshold: DEFAULT_SETTINGS.scoring.penaltyThreshold,
  penaltyAmount: DEFAULT_SETTINGS.scoring.penaltyAmount,
  rectificationDays: DEFAULT_SETTINGS.scoring.rectificationDays,
};
