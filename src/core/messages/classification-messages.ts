import type { MessageText } from "./message";

/**
 * Messages of the five-tier classification floors: why a loan must be at
 * least a given class, and the 分类偏离 finding. Class names (正常 … 损失)
 * stay in Chinese in en-US too, because they are the values in the ledger.
 */
export const classificationMessages = {
  "cls.reason.overdue-attention": { "zh-CN": "已逾期（{days}天）", "en-US": "Overdue ({days} days)" },
  "cls.reason.overdue-substandard": { "zh-CN": "逾期超过{threshold}天", "en-US": "Overdue more than {threshold} days" },
  "cls.reason.overdue-doubtful": { "zh-CN": "逾期超过{threshold}天", "en-US": "Overdue more than {threshold} days" },
  "cls.reason.overdue-loss": { "zh-CN": "逾期超过{threshold}天", "en-US": "Overdue more than {threshold} days" },
  "cls.reason.card-overdue-attention": {
    "zh-CN": "信用卡已逾期（{days}天）",
    "en-US": "Credit card overdue ({days} days)",
  },
  "cls.reason.card-overdue-substandard": {
    "zh-CN": "信用卡逾期超过{threshold}天",
    "en-US": "Credit card overdue more than {threshold} days",
  },
  "cls.reason.card-overdue-doubtful": {
    "zh-CN": "信用卡逾期超过{threshold}天",
    "en-US": "Credit card overdue more than {threshold} days",
  },
  "cls.reason.card-overdue-loss": {
    "zh-CN": "信用卡逾期超过{threshold}天",
    "en-US": "Credit card overdue more than {threshold} days",
  },
  "cls.reason.diverted-funds": { "zh-CN": "资金被挪用", "en-US": "Funds diverted from the agreed purpose" },
  "cls.reason.refinanced": { "zh-CN": "借新还旧", "en-US": "Repaid by new borrowing (借新还旧)" },
  "cls.reason.npl-elsewhere": { "zh-CN": "在他行有不良", "en-US": "Non-performing debt at another bank" },
  "cls.reason.restructured": { "zh-CN": "已重组", "en-US": "Restructured" },
  "cls.reason.impaired": { "zh-CN": "已发生信用减值", "en-US": "Credit-impaired" },
  "cls.reason.rating-downgrade": { "zh-CN": "外部评级大幅下调", "en-US": "External rating cut sharply" },
  "cls.reason.overdue-elsewhere": {
    "zh-CN": "他行逾期90天以上债务占比超过20%",
    "en-US": "More than 20% of debt at other banks overdue 90 days or more",
  },
  "cls.reason.restructured-again": {
    "zh-CN": "重组观察期内再次重组",
    "en-US": "Restructured again during the observation period",
  },
  "cls.reason.debt-evasion": { "zh-CN": "逃废银行债务", "en-US": "Evading bank debt" },
  "cls.reason.liquidation": { "zh-CN": "已进入破产清算程序", "en-US": "In bankruptcy liquidation" },
  "cls.reason.ecl-doubtful": {
    "zh-CN": "预期信用损失占账面余额{percent}%以上",
    "en-US": "Expected credit loss at least {percent}% of the book balance",
  },
  "cls.reason.ecl-loss": {
    "zh-CN": "预期信用损失占账面余额{percent}%以上",
    "en-US": "Expected credit loss at least {percent}% of the book balance",
  },
  "cls.reason-separator": { "zh-CN": "；", "en-US": "; " },
  "cls.misclassified": {
    "zh-CN": "分类偏离：应至少为{floor}（{reasons}）",
    "en-US": "Misclassified: should be at least {floor} ({reasons})",
  },
} satisfies Record<string, MessageText>;
