/*
 * The DH.* custom functions. Each is a thin wrapper: read the Excel arguments
 * (single values or ranges), call the core, map the result. The JSDoc below is
 * the source of functions.json (custom-functions-metadata-plugin), and the
 * plugin's loader appends the CustomFunctions.associate calls to the bundle.
 * Every parameter that takes a value also takes a range; the result then
 * spills in the same shape. Omitted optional arguments arrive as null.
 */
import { classCheck } from "../core/classification/class-check";
import { classifyFloor, reasonText } from "../core/classification/classify-floor";
import { isNonPerforming } from "../core/classification/loan-class";
import { amountInChineseCapitals } from "../core/amounts/amount-cn";
import { dueNextMonth } from "../core/dates/due-next-month";
import { extensionLimitMonths } from "../core/dates/extension-limit";
import { overdueDays } from "../core/dates/overdue-days";
import { idValid } from "../core/ids/id-valid";
import { deviation } from "../core/indicators/deviation";
import { nplRatio } from "../core/indicators/npl-ratio";
import { provision } from "../core/indicators/provision";
import { nextCheckDue } from "../core/inspection/next-check";
import { functionText } from "../core/messages/functions-messages";
import { ownerDept } from "../core/responsibility/owner-dept";
import { tier } from "../core/responsibility/tier";
import { grade, validBands } from "../core/scoring/grade";
import { penalty } from "../core/scoring/penalty";
import { score } from "../core/scoring/score";
import { DEFAULT_SETTINGS, type ProvisionScheme } from "../core/settings/defaults";
import { attain } from "../core/targets/attain";
import { targetScore } from "../core/targets/target-score";
import { isBlank } from "../core/values/cell-value";
import { dayToExcelSerial } from "../core/values/day";
import { ArgError } from "./arg-error";
import { flatten, guard, mapCells } from "./cells";
import {
  isOmitted,
  optionalAssetType,
  optionalConditions,
  optionalDay,
  optionalNumber,
  optionalRatio,
  requireClass,
  requireDay,
  requireNonNegative,
  requireNumber,
  requireOverdueDays,
} from "./coerce";
import { divisionError } from "./excel-error";
import { today } from "./today";

/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator maps `any` to Excel's "any" type; cells hold numbers, text, booleans or errors */

function floorInput(values: unknown[], offset = 0) {
  return {
    overdueDays: requireOverdueDays(values[offset]),
    assetType: optionalAssetType(values[offset + 1]),
    conditions: optionalConditions(values[offset + 2]),
    eclRatio: optionalRatio(values[offset + 3], "预期信用损失比例"),
  };
}

/**
 * The regulatory floor of the five-tier class (正常/关注/次级/可疑/损失) under the 2023 Measures: overdue > 0 → 关注 (1–7 days excused by 技术性逾期), > 90 → 次级, > 270 → 可疑, > 360 → 损失; credit cards use 1–90/91–120/121–180/>180.
 * @customfunction CLASSIFY
 * @param overdue_days Days overdue (a number ≥ 0), or a range of them.
 * @param [asset_type] 非零售 (default; also 对公/企业/公司), 零售 (个人/农户/小微) or 信用卡.
 * @param [conditions] Any of 技术性逾期, 挪用, 借新还旧, 他行不良, 重组, 减值, 评级大幅下调, 他行逾期超20%, 再次重组, 逃废债, 破产清算, separated by commas, 、, ； or spaces.
 * @param [ecl_ratio] Expected credit loss ÷ book balance, 0–1 or a text like 55%; ≥ 50% → 可疑, ≥ 90% → 损失.
 * @returns The worst class floor that applies.
 */
export function classify(
  overdue_days: any[][],
  asset_type?: any[][],
  conditions?: any[][],
  ecl_ratio?: any[][],
): any[][] {
  return mapCells([overdue_days, asset_type, conditions, ecl_ratio], (v) => classifyFloor(floorInput(v)).floor);
}

/**
 * The reasons for the class floor in Chinese (e.g. 逾期超过90天；已发生信用减值); empty when the floor is 正常.
 * @customfunction CLASSIFY_REASON
 * @param overdue_days Days overdue (a number ≥ 0), or a range of them.
 * @param [asset_type] 非零售 (default), 零售 or 信用卡.
 * @param [conditions] Risk conditions, as for CLASSIFY.
 * @param [ecl_ratio] Expected credit loss ÷ book balance, 0–1 or a percentage text.
 * @returns The reasons, separated by ；.
 */
export function classifyReason(
  overdue_days: any[][],
  asset_type?: any[][],
  conditions?: any[][],
  ecl_ratio?: any[][],
): any[][] {
  return mapCells([overdue_days, asset_type, conditions, ecl_ratio], (v) => reasonText(classifyFloor(floorInput(v))));
}

/**
 * Checks a recorded class against the regulatory floor: empty when the recorded class is at least as severe, otherwise a message such as 分类偏离：应至少为次级（逾期超过90天）.
 * @customfunction CLASS_CHECK
 * @param recorded_class The class recorded in the ledger (正常/关注/次级/可疑/损失; 正常类 and sub-grades such as 关注二 are understood).
 * @param overdue_days Days overdue (a number ≥ 0).
 * @param [asset_type] 非零售 (default), 零售 or 信用卡.
 * @param [conditions] Risk conditions, as for CLASSIFY.
 * @param [ecl_ratio] Expected credit loss ÷ book balance, 0–1 or a percentage text.
 * @returns Empty text when consistent, else the deviation message.
 */
export function classCheckFn(
  recorded_class: any[][],
  overdue_days: any[][],
  asset_type?: any[][],
  conditions?: any[][],
  ecl_ratio?: any[][],
): any[][] {
  return mapCells([recorded_class, overdue_days, asset_type, conditions, ecl_ratio], (v) => {
    const result = classCheck(requireClass(v[0], "已录入的五级分类"), floorInput(v, 1));
    return result.ok ? "" : result.text;
  });
}

/**
 * TRUE for a non-performing class (次级, 可疑, 损失).
 * @customfunction IS_NPL
 * @param loan_class A five-tier class, or a range of them.
 * @returns TRUE when non-performing.
 */
export function isNpl(loan_class: any[][]): any[][] {
  return mapCells([loan_class], (v) => isNonPerforming(requireClass(v[0])));
}

/**
 * The reference specific provision for a balance: scheme 2002 (default) 正常 0, 关注 2%, 次级 25%, 可疑 50%, 损失 100%; scheme 2012 1.5%, 3%, 30%, 60%, 100%.
 * @customfunction PROVISION
 * @param balance Loan balance (≥ 0).
 * @param loan_class The five-tier class.
 * @param [scheme] 2002 (银发〔2002〕98号, default) or 2012 (财金〔2012〕20号).
 * @returns The provision, rounded to cents.
 */
export function provisionFn(balance: any[][], loan_class: any[][], scheme?: any[][]): any[][] {
  return mapCells([balance, loan_class, scheme], (v) => {
    const s = isOmitted(v[2]) ? "2002" : String(v[2]).trim();
    if (s !== "2002" && s !== "2012") throw new ArgError(functionText("fn.unknown-scheme", { value: s }));
    return provision(requireNonNegative(v[0], "贷款余额"), requireClass(v[1]), s as ProvisionScheme);
  });
}

function pairRows(a: unknown[], b: unknown[], names: [string, string]): void {
  if (a.length !== b.length) {
    throw new ArgError(functionText("fn.length-mismatch", { a: names[0], b: names[1], n: a.length, m: b.length }));
  }
}

/**
 * 不良贷款率: the balance of 次级 + 可疑 + 损失 loans ÷ the total balance. Rows whose class and balance are both empty are skipped.
 * @customfunction NPL_RATIO
 * @param classes The five-tier classes of the loans (a range).
 * @param balances Their balances (a range with the same number of cells).
 * @returns The ratio (format the cell as a percentage).
 */
export function nplRatioFn(classes: any[][], balances: any[][]): any {
  return guard(() => {
    const cs = flatten(classes);
    const bs = flatten(balances);
    pairRows(cs, bs, ["五级分类", "贷款余额"]);
    const rows = [];
    for (let i = 0; i < cs.length; i++) {
      if (isBlank(cs[i]) && isBlank(bs[i])) continue;
      rows.push({ cls: requireClass(cs[i]), balance: requireNonNegative(bs[i], "贷款余额") });
    }
    const r = nplRatio(rows);
    return r === null ? divisionError(functionText("fn.zero-total")) : r;
  });
}

/**
 * 不良贷款偏离度: the balance of loans overdue more than 90 days ÷ the non-performing balance (#DIV/0! when there is no NPL).
 * @customfunction DEVIATION
 * @param overdue_days Days overdue of each loan (a range).
 * @param classes Their five-tier classes (same number of cells).
 * @param balances Their balances (same number of cells).
 * @returns The deviation ratio (≤ 100% expected).
 */
export function deviationFn(overdue_days: any[][], classes: any[][], balances: any[][]): any {
  return guard(() => {
    const ds = flatten(overdue_days);
    const cs = flatten(classes);
    const bs = flatten(balances);
    pairRows(ds, cs, ["逾期天数", "五级分类"]);
    pairRows(cs, bs, ["五级分类", "贷款余额"]);
    const rows = [];
    for (let i = 0; i < cs.length; i++) {
      if (isBlank(ds[i]) && isBlank(cs[i]) && isBlank(bs[i])) continue;
      rows.push({
        overdueDays: isBlank(ds[i]) ? 0 : requireOverdueDays(ds[i]),
        cls: requireClass(cs[i]),
        balance: requireNonNegative(bs[i], "贷款余额"),
      });
    }
    const r = deviation(rows);
    return r === null ? divisionError(functionText("fn.no-npl")) : r;
  });
}

/**
 * Whole days past due; 0 when not yet due.
 * @customfunction OVERDUE_DAYS
 * @param due_date The due (maturity) date: a date, a serial number or a text date such as 2026年3月5日.
 * @param [as_of] The date to count to; today when omitted.
 * @returns Days overdue.
 */
export function overdueDaysFn(due_date: any[][], as_of?: any[][]): any[][] {
  return mapCells([due_date, as_of], (v) =>
    overdueDays(requireDay(v[0], "到期日"), optionalDay(v[1], "统计日期") ?? today()),
  );
}

/**
 * The date the next post-loan inspection is due: 30 days after disbursement when there was none; then every 90 days for 正常 and every 30 days for 关注/次级/可疑/损失.
 * @customfunction NEXT_CHECK
 * @param last_check The latest inspection date (empty when none yet).
 * @param loan_class The five-tier class.
 * @param [disbursed] The disbursement date (needed when there was no inspection).
 * @returns The due date as a date serial (format the cell as a date).
 */
export function nextCheck(last_check: any[][], loan_class: any[][], disbursed?: any[][]): any[][] {
  return mapCells([last_check, loan_class, disbursed], (v) => {
    const due = nextCheckDue({
      lastCheck: optionalDay(v[0], "最近检查日期"),
      cls: requireClass(v[1]),
      disbursed: optionalDay(v[2], "发放日"),
    });
    if (due === null) throw new ArgError(functionText("fn.required", { what: "最近检查日期或发放日" }));
    return dayToExcelSerial(due);
  });
}

/**
 * TRUE when the maturity falls in the calendar month after as_of (the work plan's 提前一个月将次月到期贷款通知各所).
 * @customfunction DUE_NEXT_MONTH
 * @param maturity The maturity date.
 * @param [as_of] The reference date; today when omitted.
 * @returns TRUE when the loan matures next month.
 */
export function dueNextMonthFn(maturity: any[][], as_of?: any[][]): any[][] {
  return mapCells([maturity, as_of], (v) =>
    dueNextMonth(requireDay(v[0], "到期日"), optionalDay(v[1], "统计日期") ?? today()),
  );
}

/**
 * The longest cumulative extension allowed by 《贷款通则》第十二条: term ≤ 12 months → the term; ≤ 60 → half of it; longer → 36 months.
 * @customfunction EXTENSION_LIMIT
 * @param term_months The original loan term in months (> 0).
 * @returns The longest extension in months.
 */
export function extensionLimit(term_months: any[][]): any[][] {
  return mapCells([term_months], (v) => {
    const t = requireNumber(v[0], "贷款期限（月）");
    if (t <= 0) throw new ArgError(functionText("fn.not-positive", { what: "贷款期限（月）", value: t }));
    return extensionLimitMonths(t);
  });
}

/**
 * Who manages the account (行级干部管大户、客户部门管中户、营业单位管小户): 行级 when balance ≥ large, 部门 when ≥ medium, else 网点.
 * @customfunction TIER
 * @param balance The customer's balance.
 * @param large The cut-off for 行级 management.
 * @param medium The cut-off for 部门 management.
 * @returns 行级, 部门 or 网点.
 */
export function tierFn(balance: any[][], large: any[][], medium: any[][]): any[][] {
  return mapCells([balance, large, medium], (v) =>
    tier(requireNumber(v[0], "贷款余额"), requireNumber(v[1], "大户标准"), requireNumber(v[2], "中户标准")),
  );
}

/**
 * The department that leads management of a loan: 客户部 for 正常/关注, 资产经营部 for 次级/可疑/损失.
 * @customfunction OWNER_DEPT
 * @param loan_class The five-tier class.
 * @returns 客户部 or 资产经营部.
 */
export function ownerDeptFn(loan_class: any[][]): any[][] {
  return mapCells([loan_class], (v) => ownerDept(requireClass(v[0])));
}

/**
 * An inspection score: full minus the sum of the deductions, never below floor.
 * @customfunction SCORE
 * @param deductions The deductions (a range; empty cells are skipped).
 * @param [full] Full marks (default 100).
 * @param [floor] The lowest possible score (default 0).
 * @returns The score.
 */
export function scoreFn(deductions: any[][], full?: any, floor?: any): any {
  return guard(() => {
    const ds = flatten(deductions)
      .filter((d) => !isBlank(d))
      .map((d) => requireNumber(d, "扣分"));
    return score(
      ds,
      optionalNumber(full, "满分", DEFAULT_SETTINGS.scoring.full),
      optionalNumber(floor, "最低分", DEFAULT_SETTINGS.scoring.floor),
    );
  });
}

/**
 * The grade of a score: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格.
 * @customfunction GRADE
 * @param score_value The score, or a range of scores.
 * @param [bands] Three cut-offs from high to low replacing 90, 80, 60 (a range of three cells).
 * @returns 优秀, 良好, 合格 or 不合格.
 */
export function gradeFn(score_value: any[][], bands?: any[][]): any[][] {
  const bandCells = flatten(bands).filter((b) => !isBlank(b));
  return mapCells([score_value], (v) => {
    let cut = DEFAULT_SETTINGS.scoring.bands;
    if (bandCells.length > 0) {
      const nums = bandCells.map((b) => requireNumber(b, "等级分数线"));
      const candidate = [nums[0], nums[1], nums[2]] as [number, number, number];
      if (nums.length !== 3 || !validBands(candidate))
        throw new ArgError(functionText("fn.bands-invalid", { value: bandCells.join(",") }));
      cut = candidate;
    }
    return grade(requireNumber(v[0], "得分"), cut);
  });
}

/**
 * The penalty for a low score: amount (default 300) when the score is below threshold (default 80), else 0 — 得分低于80分的单位从发展费用中扣减300元.
 * @customfunction PENALTY
 * @param score_value The score, or a range of scores.
 * @param [threshold] The passing score (default 80).
 * @param [amount] The penalty amount (default 300).
 * @returns The penalty.
 */
export function penaltyFn(score_value: any[][], threshold?: any[][], amount?: any[][]): any[][] {
  return mapCells([score_value, threshold, amount], (v) =>
    penalty(
      requireNumber(v[0], "得分"),
      optionalNumber(v[1], "扣罚分数线", DEFAULT_SETTINGS.scoring.penaltyThreshold),
      optionalNumber(v[2], "扣罚金额", DEFAULT_SETTINGS.scoring.penaltyAmount),
    ),
  );
}

/**
 * Attainment: actual ÷ target, capped at cap when given.
 * @customfunction ATTAIN
 * @param actual The actual figure.
 * @param target The target (not 0).
 * @param [cap] The highest attainment counted (e.g. 1.2).
 * @returns The attainment ratio.
 */
export function attainFn(actual: any[][], target: any[][], cap?: any[][]): any[][] {
  return mapCells([actual, target, cap], (v) => {
    const r = attain(
      requireNumber(v[0], "实际完成"),
      requireNumber(v[1], "目标"),
      isOmitted(v[2]) ? null : requireNumber(v[2], "上限"),
    );
    if (r === null) throw new ArgError(functionText("fn.not-positive", { what: "目标", value: 0 }));
    return r;
  });
}

/**
 * The monthly score of a 目标责任书: Σ weight × min(actual ÷ target, cap).
 * @customfunction TARGET_SCORE
 * @param actuals The actual figures of each indicator (a range).
 * @param targets The targets (same number of cells).
 * @param weights The weights (same number of cells).
 * @param [cap] The highest attainment counted per indicator (default 1.2).
 * @returns The score.
 */
export function targetScoreFn(actuals: any[][], targets: any[][], weights: any[][], cap?: any): any {
  return guard(() => {
    const a = flatten(actuals);
    const t = flatten(targets);
    const w = flatten(weights);
    pairRows(a, t, ["实际完成", "目标"]);
    pairRows(t, w, ["目标", "权重"]);
    const rows = a.map((_, i) => ({
      actual: requireNumber(a[i], "实际完成"),
      target: requireNumber(t[i], "目标"),
      weight: requireNumber(w[i], "权重"),
    }));
    const s = targetScore(rows, optionalNumber(cap, "上限", DEFAULT_SETTINGS.targets.attainmentCap));
    if (s === null) throw new ArgError(functionText("fn.not-positive", { what: "目标", value: 0 }));
    return s;
  });
}

/**
 * TRUE when the text is an 18-digit resident ID number (GB 11643 checksum) or a 统一社会信用代码 (GB 32100 checksum).
 * @customfunction ID_VALID
 * @param id The ID number or credit code, or a range of them.
 * @returns TRUE when the checksum is valid.
 */
export function idValidFn(id: any[][]): any[][] {
  return mapCells([id], (v) => (isBlank(v[0]) ? false : idValid(String(v[0]))));
}

/**
 * An amount in Chinese capital numerals for forms: 12345.67 → 壹万贰仟叁佰肆拾伍元陆角柒分, 100 → 壹佰元整.
 * @customfunction AMOUNT_CN
 * @param amount The amount in yuan, or a range of amounts.
 * @returns The amount in capitals.
 */
export function amountCn(amount: any[][]): any[][] {
  return mapCells([amount], (v) => {
    const n = requireNumber(v[0], "金额");
    const text = amountInChineseCapitals(n);
    if (text === null) throw new ArgError(functionText("fn.amount-too-large", { value: n }));
    return text;
  });
}
