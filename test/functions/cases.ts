/**
 * The behaviour table of the DH.* functions, shared by the test that calls
 * functions.ts directly and the test that loads the built bundle the way
 * Excel does. Arguments are what Excel passes (ranges as rows of cells,
 * omitted optional arguments as null); `expected` is what the cells show.
 */
export interface FunctionCase {
  readonly id: string;
  readonly title: string;
  readonly args: readonly unknown[];
  readonly expected: unknown;
}

const err = (message: string) => ({ error: "#VALUE!", message });

export const FUNCTION_CASES: readonly FunctionCase[] = [
  { id: "CLASSIFY", title: "95 days overdue is 次级", args: [[[95]]], expected: [["次级"]] },
  {
    id: "CLASSIFY",
    title: "spills over a range",
    args: [[[0], [1], [91], [271], [361]]],
    expected: [["正常"], ["关注"], ["次级"], ["可疑"], ["损失"]],
  },
  {
    id: "CLASSIFY",
    title: "technical overdue excuses 5 days",
    args: [[[5]], null, [["技术性逾期"]], null],
    expected: [["正常"]],
  },
  {
    id: "CLASSIFY",
    title: "credit cards use the card table",
    args: [[[100], [125], [181]], [["信用卡"]]],
    expected: [["次级"], ["可疑"], ["损失"]],
  },
  { id: "CLASSIFY", title: "逃废债 is at least 可疑", args: [[[0]], null, [["逃废债"]]], expected: [["可疑"]] },
  { id: "CLASSIFY", title: "ECL of 55% is 可疑", args: [[[0]], null, null, [["55%"]]], expected: [["可疑"]] },
  { id: "CLASSIFY", title: "text numbers with full-width digits are read", args: [[["９５"]]], expected: [["次级"]] },
  { id: "CLASSIFY", title: "negative days are refused", args: [[[-5]]], expected: [[err("逾期天数不能为负数：-5")]] },
  {
    id: "CLASSIFY",
    title: "an unknown condition is refused, not ignored",
    args: [[[0]], null, [["天灾"]]],
    expected: [[{ error: "#VALUE!", message: expect.stringContaining("无法识别的风险情形：天灾") }]],
  },
  {
    id: "CLASSIFY",
    title: "a bad cell spoils only its own result",
    args: [[[95], ["约50"]]],
    expected: [["次级"], [{ error: "#VALUE!", message: expect.stringContaining("约50") }]],
  },
  {
    id: "CLASSIFY",
    title: "ranges of different shapes are refused",
    args: [[[1], [2]], [["零售", "零售"]]],
    expected: [[{ error: "#VALUE!", message: expect.stringContaining("参数区域大小不一致") }]],
  },
  {
    id: "CLASSIFY_REASON",
    title: "names every reason at the floor",
    args: [[[95]], null, [["减值"]]],
    expected: [["逾期超过90天；已发生信用减值"]],
  },
  { id: "CLASSIFY_REASON", title: "is empty for 正常", args: [[[0]]], expected: [[""]] },
  {
    id: "CLASS_CHECK",
    title: "flags 正常 at 95 days",
    args: [[["正常"]], [[95]]],
    expected: [["分类偏离：应至少为次级（逾期超过90天）"]],
  },
  { id: "CLASS_CHECK", title: "accepts a more severe class", args: [[["可疑类"]], [[95]]], expected: [[""]] },
  {
    id: "CLASS_CHECK",
    title: "refuses an unknown class",
    args: [[["很好"]], [[0]]],
    expected: [[{ error: "#VALUE!", message: expect.stringContaining("很好") }]],
  },
  { id: "IS_NPL", title: "次级 is NPL, 关注 is not", args: [[["次级"], ["关注"]]], expected: [[true], [false]] },
  { id: "PROVISION", title: "2002 scheme: 次级 25%", args: [[[10000]], [["次级"]], null], expected: [[2500]] },
  { id: "PROVISION", title: "2012 scheme: 次级 30%", args: [[[10000]], [["次级"]], [["2012"]]], expected: [[3000]] },
  {
    id: "PROVISION",
    title: "unknown scheme is refused",
    args: [[[10000]], [["次级"]], [["1999"]]],
    expected: [[{ error: "#VALUE!", message: expect.stringContaining("1999") }]],
  },
  {
    id: "NPL_RATIO",
    title: "NPL balance over total",
    args: [
      [["正常"], ["次级"]],
      [[300], [100]],
    ],
    expected: 0.25,
  },
  {
    id: "NPL_RATIO",
    title: "ranges of different sizes are refused",
    args: [[["正常"], ["次级"]], [[300]]],
    expected: { error: "#VALUE!", message: expect.stringContaining("不一致") },
  },
  {
    id: "DEVIATION",
    title: "overdue > 90 balance over NPL balance",
    args: [
      [[100], [10]],
      [["次级"], ["可疑"]],
      [[100], [300]],
    ],
    expected: 0.25,
  },
  {
    id: "DEVIATION",
    title: "no NPL gives #DIV/0!",
    args: [[[0]], [["正常"]], [[100]]],
    expected: { error: "#DIV/0!", message: expect.stringContaining("没有不良贷款") },
  },
  { id: "OVERDUE_DAYS", title: "days past due", args: [[[46000]], [[46010]]], expected: [[10]] },
  { id: "OVERDUE_DAYS", title: "0 before maturity", args: [[["2026-12-31"]], [["2026-11-29"]]], expected: [[0]] },
  {
    id: "OVERDUE_DAYS",
    title: "an unreadable date is refused",
    args: [[["2026-13-45"]], [[46010]]],
    expected: [[{ error: "#VALUE!", message: expect.stringContaining("2026-13-45") }]],
  },
  { id: "NEXT_CHECK", title: "正常 every 90 days", args: [[[46000]], [["正常"]], null], expected: [[46090]] },
  { id: "NEXT_CHECK", title: "关注 every 30 days", args: [[[46000]], [["关注"]], null], expected: [[46030]] },
  {
    id: "NEXT_CHECK",
    title: "first inspection 30 days after disbursement",
    args: [[[null]], [["正常"]], [[46000]]],
    expected: [[46030]],
  },
  {
    id: "DUE_NEXT_MONTH",
    title: "January is next month in December",
    args: [[["2027-01-15"], ["2026-12-20"]], [["2026-12-05"]]],
    expected: [[true], [false]],
  },
  { id: "EXTENSION_LIMIT", title: "贷款通则第十二条", args: [[[12], [24], [120]]], expected: [[12], [12], [36]] },
  {
    id: "TIER",
    title: "行级 / 部门 / 网点",
    args: [[[1500], [500], [100]], [[1000]], [[300]]],
    expected: [["行级"], ["部门"], ["网点"]],
  },
  {
    id: "OWNER_DEPT",
    title: "NPL goes to 资产经营部",
    args: [[["关注"], ["损失"]]],
    expected: [["客户部"], ["资产经营部"]],
  },
  { id: "SCORE", title: "full minus deductions", args: [[[5, 10]], null, null], expected: 85 },
  { id: "SCORE", title: "never below the floor", args: [[[60, 60]], null, null], expected: 0 },
  {
    id: "GRADE",
    title: "default bands",
    args: [[[95], [85], [65], [59]], null],
    expected: [["优秀"], ["良好"], ["合格"], ["不合格"]],
  },
  { id: "GRADE", title: "bands from a range", args: [[[92]], [[95, 85, 70]]], expected: [["良好"]] },
  { id: "PENALTY", title: "300 below 80", args: [[[79], [80]], null, null], expected: [[300], [0]] },
  { id: "ATTAIN", title: "capped attainment", args: [[[120]], [[100]], [[1.1]]], expected: [[1.1]] },
  {
    id: "TARGET_SCORE",
    title: "weighted, capped at 1.2",
    args: [[[120], [50]], [[100], [100]], [[60], [40]], null],
    expected: 92,
  },
  {
    id: "ID_VALID",
    title: "GB 11643 checksum",
    args: [[["11010519491231002X"], ["110105194912310021"]]],
    expected: [[true], [false]],
  },
  {
    id: "AMOUNT_CN",
    title: "capitals for forms",
    args: [[[12345.67], [100], [10005]]],
    expected: [["壹万贰仟叁佰肆拾伍元陆角柒分"], ["壹佰元整"], ["壹万零伍元整"]],
  },
];
