import { assetTypeFromProduct, type AssetType } from "../../classification/asset-type";
import { classCheck } from "../../classification/class-check";
import { reasonText } from "../../classification/classify-floor";
import { parseConditions, type Condition } from "../../classification/conditions";
import { isNonPerforming } from "../../classification/loan-class";
import { overdueDays } from "../../dates/overdue-days";
import { classOf, dateOf, numberOf, textOf } from "../field-access";
import type { LoanRow } from "../ledger-types";
import { isOutstanding, type LedgerRule, type RuleContext } from "./rule";

/**
 * A recorded 五级分类 better than the floor the 2023 Measures set for the
 * loan (分类偏离). A hidden NPL (floor 次级 or worse, recorded 正常/关注) is
 * marked npl: 1, because the scorecards deduct more for it.
 */
export const classBelowFloor: LedgerRule = {
  id: "class-below-floor",
  description: "五级分类低于逾期天数、风险情形和预期信用损失所要求的最低分类",
  start(ctx) {
    const thresholds = ctx.settings.classification;
    const assetTypeOf = assetTypeMemo();
    return (row, report) => {
      const recorded = classOf(row);
      if (recorded === null) return;
      const result = classCheck(
        recorded,
        {
          overdueDays: overdueDaysOf(row, ctx),
          assetType: assetTypeOf(textOf(row, "product"), textOf(row, "customerType")),
          conditions: conditionsOf(textOf(row, "conditions")),
          eclRatio: eclRatioOf(row),
        },
        thresholds,
      );
      if (result.ok) return;
      const npl = isNonPerforming(result.floor) && !isNonPerforming(recorded) ? 1 : 0;
      report({
        severity: "error",
        column: "class",
        message: "rule.class-below-floor",
        hint: "rule.class-below-floor.hint",
        params: { value: recorded, floor: result.floor, reasons: reasonText(result, ctx.locale) },
        data: { recorded, floor: result.floor, npl },
      });
    };
  },
};

/** Pairs of 贷款品种 and 客户类型 remembered per check; beyond this, a ledger's products do not repeat. */
const ASSET_TYPE_MEMO_LIMIT = 1024;

/**
 * The asset type from 贷款品种 and 客户类型, 非零售 when they do not say
 * (the stricter rules). A ledger has a few products repeated down every
 * row, so each pair is worked out once.
 */
function assetTypeMemo(): (product: string | null, customerType: string | null) => AssetType {
  const memo = new Map<string, AssetType>();
  return (product, customerType) => {
    const key = `${product ?? ""}\u0000${customerType ?? ""}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const type = assetTypeFromProduct(product, customerType) ?? "非零售";
    if (memo.size < ASSET_TYPE_MEMO_LIMIT) memo.set(key, type);
    return type;
  };
}

/**
 * The ledger's 逾期天数 when it has a readable one; otherwise the days past
 * maturity of a loan still outstanding (a loan past its maturity with money
 * out is overdue at least that long); otherwise 0.
 */
function overdueDaysOf(row: LoanRow, ctx: RuleContext): number {
  const stated = numberOf(row, "overdueDays");
  if (stated !== null) return stated;
  const maturity = dateOf(row, "maturity");
  if (maturity === null || isOutstanding(row, ctx) !== true) return 0;
  return overdueDays(maturity, ctx.asOf);
}

/**
 * The conditions the cell names, ignoring words it does not know: an unknown
 * word must not hide the known ones, and it is not this rule's to report.
 * parseConditions stops at the first unknown word, so each is cut out and the
 * rest read again (a cell has a handful of words at most).
 */
function conditionsOf(text: string | null): readonly Condition[] {
  let rest = text;
  for (;;) {
    const parsed = parseConditions(rest);
    if (parsed.ok) return parsed.conditions;
    if (rest === null) return [];
    const cut = rest.replace(parsed.unknown, " ");
    if (cut === rest) return [];
    rest = cut;
  }
}

/**
 * ECL ÷ balance from the 预期信用损失比例 column. The ratio cannot exceed 1
 * (the loss is at most the balance), so a number up to 100 is a percent
 * typed without its sign (`60` for 60%); anything else is not a ratio and is
 * treated as not assessed rather than guessed at.
 */
function eclRatioOf(row: LoanRow): number | null {
  const ecl = numberOf(row, "ecl");
  if (ecl === null || ecl < 0 || ecl > 100) return null;
  return ecl > 1 ? ecl / 100 : ecl;
}
