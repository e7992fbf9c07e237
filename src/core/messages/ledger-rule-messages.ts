import type { MessageText } from "./message";

/**
 * Messages of the ledger check (台账检查): one message and one hint per kind
 * of finding. Every message names the value found and what was expected.
 * `{column}` is the header as written in the sheet and `{value}` the cell as
 * shown; both are filled in for every finding about a cell. Class names and
 * enum values stay in Chinese in en-US, because they are the ledger's values.
 */
export const ledgerRuleMessages = {
  "rule.header-missing": {
    "zh-CN": "台账缺少“{label}”列",
    "en-US": "The ledger has no {label} column",
  },
  "rule.header-missing.hint": {
    "zh-CN": "在表头行增加“{label}”列（也可写作：{synonyms}）",
    "en-US": "Add a {label} column to the header row (also recognised: {synonyms})",
  },
  "rule.header-missing.hint-plain": {
    "zh-CN": "在表头行增加“{label}”列",
    "en-US": "Add a {label} column to the header row",
  },

  "rule.header-repeated": {
    "zh-CN": "第{row}行重复了表头（可能是两张表粘贴在一起），已跳过该行",
    "en-US": "Row {row} repeats the header (two tables pasted together?) and was skipped",
  },
  "rule.header-repeated.hint": {
    "zh-CN": "请删除该行或把两张表分开",
    "en-US": "Delete the row, or keep the two tables apart",
  },

  "rule.merged-cells": {
    "zh-CN":
      "第{top}–{bottom}行的“{column}”是合并单元格（{range}），已按合并值“{value}”检查每一笔贷款；排序、筛选或复制会丢失合并值",
    "en-US":
      "{column} is one merged cell over rows {top}–{bottom} ({range}); every loan was checked with its value “{value}”. Sorting, filtering or copying loses the merged value",
  },
  "rule.merged-cells.one-row": {
    "zh-CN":
      "第{top}行的“{column}”与旁边的单元格合并（{range}），只有“{column}”有值“{value}”，合并进来的其他列按空白检查；排序、筛选或复制会出错",
    "en-US":
      "Row {top}: {column} is merged with the cells beside it ({range}); only {column} holds “{value}”, the other merged columns were checked as empty. Sorting, filtering or copying goes wrong",
  },
  "rule.merged-cells.hint": {
    "zh-CN":
      "建议取消合并后逐行填写：选中该列，取消单元格合并，按 F5“定位条件”选“空值”，输入“=”和上一个单元格后按 Ctrl+Enter",
    "en-US":
      "Unmerge and fill in every row: select the column, unmerge, Go To Special → Blanks, type = and the cell above, then press Ctrl+Enter",
  },

  "rule.required-missing": { "zh-CN": "{column}未填写", "en-US": "{column} is empty" },
  "rule.required-missing.hint": {
    "zh-CN": "“{column}”是台账必填项，请补齐",
    "en-US": "{column} is required in the ledger; fill it in",
  },
  "rule.required-missing.first-inspection": {
    "zh-CN": "{column}未填写：贷款于 {disbursed} 发放，应在 {due} 前完成首次检查",
    "en-US": "{column} is empty: the loan was disbursed on {disbursed} and its first inspection was due by {due}",
  },
  "rule.required-missing.first-inspection.hint": {
    "zh-CN": "登记首次跟踪检查日期；尚未检查的，尽快开展首次检查",
    "en-US": "Record the date of the first follow-up inspection; if there was none, carry it out now",
  },

  "rule.type-error.date": {
    "zh-CN": "{column}“{value}”不是有效日期",
    "en-US": "{column} “{value}” is not a valid date",
  },
  "rule.type-error.date.hint": {
    "zh-CN": "填写如 2026-03-05 或 2026年3月5日 的日期",
    "en-US": "Enter a date such as 2026-03-05",
  },
  "rule.type-error.number": {
    "zh-CN": "{column}“{value}”不是数字",
    "en-US": "{column} “{value}” is not a number",
  },
  "rule.type-error.number.hint": {
    "zh-CN": "只填数字；单位写在表头（如“贷款余额（万元）”），不要写“约”“左右”等字样",
    "en-US": "Enter a number only; state the unit in the header (e.g. 贷款余额（万元）), not in the cell",
  },
  "rule.type-error.error-value": {
    "zh-CN": "{column}单元格是错误值 {value}",
    "en-US": "The {column} cell holds an error value: {value}",
  },
  "rule.type-error.error-value.hint": {
    "zh-CN": "单元格公式出错，请修正公式或改填数值",
    "en-US": "The cell's formula fails; fix the formula or enter the value",
  },

  "rule.enum-invalid": {
    "zh-CN": "{column}“{value}”无法识别",
    "en-US": "{column} “{value}” is not a recognised value",
  },
  "rule.enum-invalid.hint": {
    "zh-CN": "应为以下之一：{allowed}",
    "en-US": "Use one of: {allowed}",
  },

  "rule.id-invalid": {
    "zh-CN": "{column}“{value}”校验不通过：既不是有效的居民身份证号码，也不是有效的统一社会信用代码",
    "en-US":
      "{column} “{value}” fails its check digit: neither a valid resident ID nor a valid unified social credit code",
  },
  "rule.id-invalid.hint": {
    "zh-CN": "核对证件号码；号码若以数字存储，Excel 会截去 15 位以后的数字，请将单元格设为文本后重新输入",
    "en-US":
      "Check the ID; if it is stored as a number Excel drops digits after the 15th, so format the cell as text and re-enter it",
  },

  "rule.duplicate-key": {
    "zh-CN": "{column}“{value}”重复，与第 {firstRow} 行相同",
    "en-US": "{column} “{value}” is repeated; row {firstRow} has the same",
  },
  "rule.duplicate-key.hint": {
    "zh-CN": "每笔借据只应登记一行：删除重复行或更正借据号",
    "en-US": "Each loan note belongs on one row only: delete the repeated row or correct the number",
  },

  "rule.date-order.maturity": {
    "zh-CN": "{column} {value} 早于发放日 {disbursed}",
    "en-US": "{column} {value} is before the disbursement date {disbursed}",
  },
  "rule.date-order.inspection": {
    "zh-CN": "{column} {value} 早于发放日 {disbursed}",
    "en-US": "{column} {value} is before the disbursement date {disbursed}",
  },
  "rule.date-order.last-before-first": {
    "zh-CN": "{column} {value} 早于首次检查日期 {first}",
    "en-US": "{column} {value} is before the first inspection date {first}",
  },
  "rule.date-order.hint": {
    "zh-CN": "核对日期是否录错（年份、月日颠倒）",
    "en-US": "Check the dates for typing errors (year, or month and day swapped)",
  },

  "rule.balance-exceeds-amount": {
    "zh-CN": "{column} {value} 大于贷款金额 {amount}",
    "en-US": "{column} {value} is greater than the loan amount {amount}",
  },
  "rule.balance-exceeds-amount.hint": {
    "zh-CN": "余额不应超过发放金额：核对两列的数值和单位（元/万元）",
    "en-US": "The balance cannot exceed the amount lent: check both values and their unit (元/万元)",
  },

  "rule.class-below-floor": {
    "zh-CN": "五级分类为{value}，应至少为{floor}（{reasons}）",
    "en-US": "Classified {value}; should be at least {floor} ({reasons})",
  },
  "rule.class-below-floor.hint": {
    "zh-CN": "按《商业银行金融资产风险分类办法》调整分类，或核对逾期天数和风险情形",
    "en-US": "Reclassify under the 2023 Measures on risk classification, or check the overdue days and conditions",
  },

  "rule.inspection-overdue": {
    "zh-CN": "最近一次检查为 {last}，{class}类贷款应每 {interval} 天检查一次，{due} 已到期未检查",
    "en-US": "Last inspected on {last}; a {class} loan is inspected every {interval} days, so one was due on {due}",
  },
  "rule.inspection-overdue.hint": {
    "zh-CN": "尽快开展贷后检查并登记最近检查日期",
    "en-US": "Carry out the post-loan inspection and record its date",
  },

  "rule.first-inspection-late.missing": {
    "zh-CN": "贷款于 {disbursed} 发放，应在 {due} 前首次检查，台账未登记首次检查",
    "en-US": "Disbursed on {disbursed}, first inspection due by {due}, but none is recorded",
  },
  "rule.first-inspection-late.late": {
    "zh-CN": "{column} {value} 晚于规定的 {due}（发放后 {days} 天内）",
    "en-US": "{column} {value} is later than {due} (within {days} days of disbursement)",
  },
  "rule.first-inspection-late.hint": {
    "zh-CN": "首次跟踪检查应在放款后 {days} 天内完成，重点核查资金用途",
    "en-US": "The first follow-up inspection is due within {days} days of disbursement and checks the use of funds",
  },

  "rule.npl-no-disposal": {
    "zh-CN": "{class}类不良贷款未填写处置方式",
    "en-US": "Non-performing ({class}) loan with no disposal method",
  },
  "rule.npl-no-disposal.hint": {
    "zh-CN": "填写处置方式：清收、依法起诉、盘活、保全、以资抵债、核销",
    "en-US": "Enter a disposal method: 清收、依法起诉、盘活、保全、以资抵债、核销",
  },

  "rule.maturing-next-month": {
    "zh-CN": "贷款将于 {value} 到期，余额 {balance}",
    "en-US": "Matures on {value} with a balance of {balance}",
  },
  "rule.maturing-next-month.hint": {
    "zh-CN": "提前通知借款人，做好到期收回或续贷准备",
    "en-US": "Notify the borrower and prepare for repayment or renewal",
  },
} satisfies Record<string, MessageText>;

export type LedgerRuleMessageId = keyof typeof ledgerRuleMessages;
