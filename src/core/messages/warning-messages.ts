import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Strings of the risk-warning feature: the 风险预警信号处理表 and the
 * 预警登记簿 sheets, the use cases' reports, the pane's 风险预警 tab and the
 * `postloan warn` command. Values that are data — statuses (生效, 作废),
 * levels (红 … 蓝), categories (财务 …), the measures' 是/否 — stay Chinese in
 * en-US: they are the drop-downs' values and what the register is sorted by.
 */
export const warningMessages = {
  // ---- the form sheet ----
  "warning.form.title": { "zh-CN": "风险预警信号处理表", "en-US": "Risk warning signal form" },
  "warning.form.number": { "zh-CN": "编号", "en-US": "No." },
  "warning.form.status": { "zh-CN": "状态", "en-US": "Status" },
  "warning.form.level": { "zh-CN": "预警级别", "en-US": "Level" },
  "warning.form.void-stamp": {
    "zh-CN": "作　废\n作废原因：{reason}（{date}）",
    "en-US": "VOID\nReason: {reason} ({date})",
  },
  "warning.form.section.basic": { "zh-CN": "一、基本信息", "en-US": "1. Basic information" },
  "warning.form.branch": { "zh-CN": "填报机构", "en-US": "Branch" },
  "warning.form.filed-on": { "zh-CN": "填报日期", "en-US": "Filed on" },
  "warning.form.source": { "zh-CN": "预警来源", "en-US": "Source" },
  "warning.form.deadline": { "zh-CN": "反馈期限", "en-US": "Feedback due" },
  "warning.form.ledger-row": { "zh-CN": "台账位置", "en-US": "Ledger row" },
  "warning.form.ledger-link": { "zh-CN": "{sheet} 第{row}行", "en-US": "{sheet} row {row}" },
  "warning.form.section.customer": { "zh-CN": "二、客户情况", "en-US": "2. Customer" },
  "warning.form.customer": { "zh-CN": "客户名称", "en-US": "Customer" },
  "warning.form.id-number": { "zh-CN": "证件号码", "en-US": "ID number" },
  "warning.form.industry": { "zh-CN": "所属行业", "en-US": "Industry" },
  "warning.form.rating": { "zh-CN": "信用等级", "en-US": "Rating" },
  "warning.form.officer": { "zh-CN": "管户客户经理", "en-US": "Officer" },
  "warning.form.section.exposure": { "zh-CN": "三、授信及贷款情况", "en-US": "3. Credit and loan" },
  "warning.form.loan-no": { "zh-CN": "借据号", "en-US": "Loan no." },
  "warning.form.contract-no": { "zh-CN": "合同编号", "en-US": "Contract no." },
  "warning.form.product": { "zh-CN": "业务品种", "en-US": "Product" },
  "warning.form.disbursed": { "zh-CN": "发放日", "en-US": "Disbursed" },
  "warning.form.maturity": { "zh-CN": "到期日", "en-US": "Maturity" },
  "warning.form.rate": { "zh-CN": "执行利率", "en-US": "Rate" },
  "warning.form.amount": { "zh-CN": "贷款金额（元）", "en-US": "Amount (yuan)" },
  "warning.form.balance": { "zh-CN": "贷款余额（元）", "en-US": "Balance (yuan)" },
  "warning.form.guarantee": { "zh-CN": "担保方式", "en-US": "Guarantee" },
  "warning.form.balance-capitals": { "zh-CN": "余额（大写）", "en-US": "Balance in words" },
  "warning.form.class": { "zh-CN": "五级分类", "en-US": "Loan class" },
  "warning.form.overdue-principal": { "zh-CN": "逾期本金（元）", "en-US": "Overdue principal (yuan)" },
  "warning.form.overdue-interest": { "zh-CN": "欠息金额（元）", "en-US": "Interest in arrears (yuan)" },
  "warning.form.overdue-days": { "zh-CN": "逾期天数", "en-US": "Days overdue" },
  "warning.form.credit-limit": { "zh-CN": "授信额度（元）", "en-US": "Credit line (yuan)" },
  "warning.form.purpose": { "zh-CN": "贷款用途", "en-US": "Purpose" },
  "warning.form.section.signal": { "zh-CN": "四、预警信号", "en-US": "4. Warning signal" },
  "warning.form.category": { "zh-CN": "信号类别", "en-US": "Category" },
  "warning.form.discovered-on": { "zh-CN": "发现日期", "en-US": "Found on" },
  "warning.form.discoverer": { "zh-CN": "发现人", "en-US": "Found by" },
  "warning.form.description": { "zh-CN": "信号描述", "en-US": "Description" },
  "warning.form.evidence": { "zh-CN": "信息来源/证据", "en-US": "Source of information" },
  "warning.form.evidence.ledger": {
    "zh-CN": "贷后台账“{sheet}”第{row}行",
    "en-US": "Ledger “{sheet}”, row {row}",
  },
  "warning.form.evidence.signal": {
    "zh-CN": "贷后台账“{sheet}”第{row}行“预警信号”栏",
    "en-US": "Ledger “{sheet}”, row {row}, warning-signal column",
  },
  "warning.form.evidence.finding": {
    "zh-CN": "台账检查（规则 {rule}，检查日 {date}），台账“{sheet}”第{row}行",
    "en-US": "Ledger check (rule {rule}, as of {date}), ledger “{sheet}”, row {row}",
  },
  "warning.form.section.analysis": { "zh-CN": "五、风险分析", "en-US": "5. Analysis" },
  "warning.form.cause": { "zh-CN": "风险成因分析", "en-US": "Causes" },
  "warning.form.impact": { "zh-CN": "对还款能力的影响", "en-US": "Effect on repayment" },
  "warning.form.proposed-class": { "zh-CN": "拟调整分类", "en-US": "Proposed class" },
  "warning.form.proposed-class-note": { "zh-CN": "调整理由", "en-US": "Why" },
  "warning.form.section.measures": {
    "zh-CN": "六、拟采取措施（“是否采取”选“是”即打勾）",
    "en-US": "6. Proposed measures (choose 是 to tick)",
  },
  "warning.form.measure": { "zh-CN": "措施", "en-US": "Measure" },
  "warning.form.measure-taken": { "zh-CN": "是否采取", "en-US": "Take it?" },
  "warning.form.measure-plan": { "zh-CN": "具体安排（期限、责任人）", "en-US": "Plan (deadline, who)" },
  "warning.form.measure.inspect": { "zh-CN": "加强检查频率", "en-US": "Inspect more often" },
  "warning.form.measure.limit": { "zh-CN": "压缩/冻结额度", "en-US": "Reduce or freeze the line" },
  "warning.form.measure.stop": { "zh-CN": "停止发放", "en-US": "Stop disbursing" },
  "warning.form.measure.collateral": { "zh-CN": "追加担保", "en-US": "Add security" },
  "warning.form.measure.recall": { "zh-CN": "提前收回", "en-US": "Call the loan early" },
  "warning.form.measure.preserve": { "zh-CN": "资产保全", "en-US": "Preserve assets" },
  "warning.form.measure.sue": { "zh-CN": "诉讼", "en-US": "Sue" },
  "warning.form.measure.other": { "zh-CN": "其他措施", "en-US": "Other" },
  "warning.form.section.approvals": { "zh-CN": "七、审批意见", "en-US": "7. Approvals" },
  "warning.form.approval-step": { "zh-CN": "审批环节", "en-US": "Step" },
  "warning.form.opinion": { "zh-CN": "意见", "en-US": "Opinion" },
  "warning.form.signature": { "zh-CN": "签字", "en-US": "Signature" },
  "warning.form.date": { "zh-CN": "日期", "en-US": "Date" },
  "warning.form.approver.officer": { "zh-CN": "客户经理", "en-US": "Loan officer" },
  "warning.form.approver.department": { "zh-CN": "部门负责人", "en-US": "Department head" },
  "warning.form.approver.vice-president": { "zh-CN": "主管行长", "en-US": "Vice president in charge" },
  "warning.form.approver.president": { "zh-CN": "行长", "en-US": "President" },
  "warning.form.section.follow-up": { "zh-CN": "八、跟踪处理及预警解除", "en-US": "8. Follow-up and release" },
  "warning.form.result": { "zh-CN": "处理结果/落实情况", "en-US": "Result" },
  "warning.form.release-condition": { "zh-CN": "解除条件", "en-US": "Release condition" },
  "warning.form.released-on": { "zh-CN": "解除日期", "en-US": "Released on" },
  "warning.form.release-approver": { "zh-CN": "审批人", "en-US": "Approved by" },
  "warning.form.note": {
    "zh-CN":
      "注：本表由贷后助手根据台账生成，空白处由经办人填写。金额单位为元{unit}。反馈期限为填报日后{days}个工作日（仅扣除周六、周日，未扣除法定节假日）。",
    "en-US":
      "Note: made by the Post-loan Assistant from the ledger; blanks are for the staff to fill. Amounts in yuan{unit}. Feedback is due {days} working days after filing (weekends skipped; public holidays are not).",
  },
  "warning.form.note.unit-wan": {
    "zh-CN": "（台账以万元记，已换算为元）",
    "en-US": " (converted from the ledger's 10,000 yuan)",
  },

  // ---- the register ----
  "warning.register.sheet": { "zh-CN": "预警登记簿", "en-US": "预警登记簿" },
  "warning.register.number": { "zh-CN": "编号", "en-US": "No." },
  "warning.register.filed-on": { "zh-CN": "填报日期", "en-US": "Filed on" },
  "warning.register.branch": { "zh-CN": "机构", "en-US": "Branch" },
  "warning.register.customer": { "zh-CN": "客户名称", "en-US": "Customer" },
  "warning.register.loan-no": { "zh-CN": "借据号", "en-US": "Loan no." },
  "warning.register.balance": { "zh-CN": "贷款余额（元）", "en-US": "Balance (yuan)" },
  "warning.register.class": { "zh-CN": "五级分类", "en-US": "Class" },
  "warning.register.category": { "zh-CN": "信号类别", "en-US": "Category" },
  "warning.register.signal": { "zh-CN": "信号描述", "en-US": "Signal" },
  "warning.register.level": { "zh-CN": "预警级别", "en-US": "Level" },
  "warning.register.discoverer": { "zh-CN": "发现人", "en-US": "Found by" },
  "warning.register.status": { "zh-CN": "状态", "en-US": "Status" },
  "warning.register.deadline": { "zh-CN": "反馈期限", "en-US": "Feedback due" },
  "warning.register.released-on": { "zh-CN": "解除日期", "en-US": "Released on" },
  "warning.register.void-reason": { "zh-CN": "作废原因", "en-US": "Void reason" },
  "warning.register.form": { "zh-CN": "处理表", "en-US": "Form" },
  "warning.register.remark": { "zh-CN": "备注", "en-US": "Remarks" },
  "warning.register.voided-in-register": {
    "zh-CN": "在登记簿中标记作废（未填原因）",
    "en-US": "Voided in the register (no reason given)",
  },
} satisfies Record<string, MessageText>;

export type WarningMessageId = keyof typeof warningMessages;

/** A warning string in the locale (the catalogue's `message` for this table, usable before the merge). */
export function warningText(id: WarningMessageId, locale: Locale, params?: MessageParams): string {
  return fill(warningMessages[id][locale], params);
}
