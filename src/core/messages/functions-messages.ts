import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/** Messages of the custom functions: what `#VALUE!` says when an argument is wrong. */
export const functionMessages = {
  "fn.overdue-negative": {
    "zh-CN": "逾期天数不能为负数：{value}",
    "en-US": "Overdue days cannot be negative: {value}",
  },
  "fn.not-a-number": { "zh-CN": "{what}不是数字：{value}", "en-US": "{what} is not a number: {value}" },
  "fn.not-a-date": { "zh-CN": "{what}不是日期：{value}", "en-US": "{what} is not a date: {value}" },
  "fn.required": { "zh-CN": "缺少{what}", "en-US": "{what} is missing" },
  "fn.unknown-condition": {
    "zh-CN": "无法识别的风险情形：{value}（可用：{allowed}）",
    "en-US": "Unknown condition: {value} (allowed: {allowed})",
  },
  "fn.unknown-asset-type": {
    "zh-CN": "无法识别的资产类型：{value}（应为 非零售、零售 或 信用卡）",
    "en-US": "Unknown asset type: {value} (expected 非零售, 零售 or 信用卡)",
  },
  "fn.unknown-class": {
    "zh-CN": "无法识别的五级分类：{value}（应为 正常、关注、次级、可疑 或 损失）",
    "en-US": "Unknown loan class: {value} (expected 正常, 关注, 次级, 可疑 or 损失)",
  },
  "fn.ratio-range": {
    "zh-CN": "{what}应在 0 到 1 之间（或 0% 到 100%）：{value}",
    "en-US": "{what} must be between 0 and 1 (0% to 100%): {value}",
  },
  "fn.negative": { "zh-CN": "{what}不能为负数：{value}", "en-US": "{what} cannot be negative: {value}" },
  "fn.not-positive": { "zh-CN": "{what}必须大于 0：{value}", "en-US": "{what} must be greater than 0: {value}" },
  "fn.shape-mismatch": {
    "zh-CN": "参数区域大小不一致：{a} 与 {b}，请使用相同行列数的区域或单个值",
    "en-US": "Argument ranges differ in size: {a} and {b}; use ranges of the same shape or single values",
  },
  "fn.length-mismatch": {
    "zh-CN": "{a}与{b}的单元格个数不一致：{n} 与 {m}",
    "en-US": "{a} and {b} have different numbers of cells: {n} and {m}",
  },
  "fn.unknown-scheme": {
    "zh-CN": "未知的计提口径：{value}（应为 2002 或 2012）",
    "en-US": "Unknown provisioning scheme: {value} (expected 2002 or 2012)",
  },
  "fn.bands-invalid": {
    "zh-CN": "等级分数线应为三个从高到低的数：{value}",
    "en-US": "Grade bands must be three numbers from high to low: {value}",
  },
  "fn.not-text": { "zh-CN": "{what}应为文本：{value}", "en-US": "{what} must be text: {value}" },
  "fn.amount-too-large": {
    "zh-CN": "金额超出可转换范围（绝对值须小于一万亿）：{value}",
    "en-US": "Amount out of range (must be below one trillion): {value}",
  },
  "fn.no-npl": {
    "zh-CN": "没有不良贷款，偏离度无法计算",
    "en-US": "There are no non-performing loans; deviation is undefined",
  },
  "fn.zero-total": {
    "zh-CN": "贷款余额合计为 0，无法计算比率",
    "en-US": "The total balance is 0; the ratio is undefined",
  },
  "fn.cell-error": { "zh-CN": "{what}所在单元格是错误值：{value}", "en-US": "{what} is an error value: {value}" },
} satisfies Record<string, MessageText>;

export type FunctionMessageId = keyof typeof functionMessages;

/**
 * A custom function's message. The functions read their own table, not the
 * whole catalogue: functions.js is loaded by Excel for every workbook that
 * uses a DH.* formula, and the catalogue holds every feature's strings.
 */
export function functionText(id: FunctionMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(functionMessages[id][locale], params);
}
