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

  // ---- use cases: problems and notes ----
  "warning.problem.no-selection": {
    "zh-CN": "没有选中任何单元格。",
    "en-US": "Nothing is selected.",
  },
  "warning.problem.no-selection.hint": {
    "zh-CN": "在台账中选中要生成处理表的贷款所在行（可多选），或在“检查结果”表中选中问题所在行，再点“预览”。",
    "en-US":
      "Select the loans' rows in the ledger (several at once if you like), or the findings' rows in 检查结果, then click Preview.",
  },
  "warning.problem.not-ledger": {
    "zh-CN": "选中的“{sheet}”既不是台账，也不是检查结果表。",
    "en-US": "The selected sheet “{sheet}” is neither a ledger nor a check-results sheet.",
  },
  "warning.problem.not-ledger.hint": {
    "zh-CN": "请切换到贷后台账（或“检查结果”），选中要预警的贷款所在行后再试。",
    "en-US": "Go to the ledger (or the check results), select the loans' rows and try again.",
  },
  "warning.problem.store-foreign": {
    "zh-CN": "工作簿中已有一张名为“{sheet}”的工作表，但它不是贷后助手的预警记录表，因此没有读取或改动它。",
    "en-US":
      "The workbook has a sheet “{sheet}” that is not the add-in's warning record, so it was neither read nor changed.",
  },
  "warning.problem.store-foreign.hint": {
    "zh-CN": "请把该工作表改名后再试；贷后助手会新建自己的预警记录表。",
    "en-US": "Rename that sheet and try again; the add-in will create its own record.",
  },
  "warning.problem.unknown-form": {
    "zh-CN": "找不到编号为“{number}”的预警处理表。",
    "en-US": "There is no warning form numbered “{number}”.",
  },
  "warning.problem.unknown-form.hint": {
    "zh-CN": "请刷新预警列表后再选择。",
    "en-US": "Refresh the list of forms and choose again.",
  },
  "warning.problem.status.final": {
    "zh-CN": "{number} 已{status}，状态不能再更改。",
    "en-US": "{number} is {status} already; its status can no longer change.",
  },
  "warning.problem.status.same": {
    "zh-CN": "{number} 的状态已经是“{status}”。",
    "en-US": "{number} is already “{status}”.",
  },
  "warning.problem.status.no-reason": {
    "zh-CN": "作废 {number} 需要填写作废原因。",
    "en-US": "Voiding {number} needs a reason.",
  },
  "warning.problem.status.release-before-filing": {
    "zh-CN": "解除日期不能早于填报日期（{filed}）。",
    "en-US": "The release date cannot be before the filing date ({filed}).",
  },
  "warning.problem.status.hint": {
    "zh-CN": "已解除或作废的处理表会永久保留；同一信号再次出现时请新建处理表。",
    "en-US": "Released and voided forms are kept for good; if the signal comes back, create a new form.",
  },
  "warning.skip.open-form": {
    "zh-CN": "{customer}（借据号 {key}）已有未解除的处理表 {number}（同一信号），未重复创建。",
    "en-US": "{customer} (loan {key}) already has an open form {number} for the same signal; no second one was made.",
  },
  "warning.skip.duplicate": {
    "zh-CN": "第{row}行 {customer}（借据号 {key}）与第{same}行是同一笔贷款、同一信号，只创建一张。",
    "en-US": "Row {row}, {customer} (loan {key}), is the same loan and signal as row {same}; one form is made.",
  },
  "warning.skip.not-found": {
    "zh-CN": "台账“{sheet}”中没有借据号为 {key} 的贷款。",
    "en-US": "The ledger “{sheet}” has no loan numbered {key}.",
  },
  "warning.skip.not-data": {
    "zh-CN": "第{row}行不是贷款行（表头、标题、空行或合计行），已跳过。",
    "en-US": "Row {row} is not a loan (a header, title, blank or total row); skipped.",
  },
  "warning.skip.finding-not-found": {
    "zh-CN": "检查结果第{row}行所指的贷款（借据号 {key}）在台账“{sheet}”中找不到，已跳过。",
    "en-US": "The loan of check-result row {row} (loan {key}) is not in the ledger “{sheet}”; skipped.",
  },
  "warning.skip.finding-ledger": {
    "zh-CN": "检查结果第{row}行所指的台账“{sheet}”无法读取：{reason}",
    "en-US": "The ledger “{sheet}” of check-result row {row} cannot be read: {reason}",
  },
  "warning.note.no-signal-column": {
    "zh-CN": "台账“{sheet}”没有“预警信号”列，无法按预警信号生成处理表。",
    "en-US": "The ledger “{sheet}” has no warning-signal column, so no forms can be made from signals.",
  },
  "warning.note.no-signals": {
    "zh-CN": "台账“{sheet}”中没有填写预警信号的贷款。",
    "en-US": "No loan in the ledger “{sheet}” has a warning signal filled in.",
  },
  "warning.note.adopted": {
    "zh-CN": "登记簿中 {number} 的状态已由“{from}”改为“{to}”，已同步到处理表。",
    "en-US": "The register changed {number} from “{from}” to “{to}”; the form now says so too.",
  },
  "warning.note.refused": {
    "zh-CN":
      "登记簿中 {number} 填写的状态“{typed}”无法采用（已解除或作废的不能恢复，状态不能退回“生效”），仍为“{kept}”。",
    "en-US":
      "The register says “{typed}” for {number}, which cannot be taken (closed forms stay closed; nothing goes back to 生效); it stays “{kept}”.",
  },
  "warning.note.restored": {
    "zh-CN": "预警记录中缺少 {number}，已根据登记簿或处理表恢复。",
    "en-US": "The record of {number} was missing; it was restored from the register or the form.",
  },
  "warning.note.store-row": {
    "zh-CN": "预警记录表“{sheet}”第{row}行无法读取，已跳过。",
    "en-US": "Row {row} of the warning record “{sheet}” cannot be read and was skipped.",
  },
  "warning.note.layout-changed": {
    "zh-CN": "处理表“{sheet}”的行列被改动过，与模板不符，未改写该表；状态已记入登记簿，请在表上手工注明。",
    "en-US":
      "The rows of form “{sheet}” were moved, so the sheet was not rewritten; the status is in the register — note it on the form by hand.",
  },
  "warning.note.form-recreated": {
    "zh-CN": "处理表“{sheet}”已不存在，已按登记信息重新生成（原表上手工填写的内容无法恢复）。",
    "en-US":
      "The form “{sheet}” was gone and has been made again from the record (what was typed on it could not be recovered).",
  },

  // ---- the command line: postloan warn ----
  "warning.cli.cmd": {
    "zh-CN": "生成风险预警信号处理表并登记（预警登记簿）",
    "en-US": "create risk-warning forms and list them in the register",
  },
  "warning.cli.opt.keys": {
    "zh-CN": "为这些借据号生成处理表（逗号分隔）",
    "en-US": "make forms for these loan numbers (comma-separated)",
  },
  "warning.cli.opt.signals": {
    "zh-CN": "为“预警信号”列已填写的每笔贷款生成处理表",
    "en-US": "make a form for every loan whose warning-signal column is filled",
  },
  "warning.cli.opt.as-of": {
    "zh-CN": "填报日期，默认今天（编号按该日期的年份）",
    "en-US": "filing date, default today (numbers follow its year)",
  },
  "warning.cli.value.keys": { "zh-CN": "借据号,…", "en-US": "LOAN,…" },
  "warning.cli.example-keys": {
    "zh-CN": "为两笔贷款生成处理表，写入副本",
    "en-US": "forms for two loans, written to a copy",
  },
  "warning.cli.example-signals": {
    "zh-CN": "预览按预警信号将生成的处理表（不写文件）",
    "en-US": "preview the forms the warning signals would give (nothing written)",
  },
  "warning.cli.no-file": {
    "zh-CN": "请指定台账文件，例如：postloan warn 台账.xlsx --signals --out 预警.xlsx",
    "en-US": "Name the ledger file, e.g. postloan warn ledger.xlsx --signals --out warnings.xlsx",
  },
  "warning.cli.one-file": {
    "zh-CN": "一次只能处理一个文件（收到 {count} 个）；编号在各自的工作簿中连续。",
    "en-US": "One file at a time (got {count}): numbers run on within each workbook.",
  },
  "warning.cli.no-source": {
    "zh-CN": "请用 --keys 指定借据号，或用 --signals 按预警信号列生成。",
    "en-US": "Give --keys with loan numbers, or --signals to use the warning-signal column.",
  },
  "warning.cli.both-sources": {
    "zh-CN": "--keys 与 --signals 只能选一个。",
    "en-US": "Use either --keys or --signals, not both.",
  },
  "warning.cli.empty-keys": {
    "zh-CN": "--keys 中没有借据号：{value}",
    "en-US": "--keys names no loan number: {value}",
  },
  "warning.cli.heading": {
    "zh-CN": "文件：{file}　台账：{sheet}　填报日期：{date}",
    "en-US": "File: {file}  ledger: {sheet}  filed on: {date}",
  },
  "warning.cli.form": {
    "zh-CN": "  {number}  {sheet}  {customer}（借据号 {key}）  级别 {level}  类别 {category}  反馈期限 {deadline}",
    "en-US": "  {number}  {sheet}  {customer} (loan {key})  level {level}  category {category}  due {deadline}",
  },
  "warning.cli.none": { "zh-CN": "  没有需要新建的处理表。", "en-US": "  No form to create." },
  "warning.cli.blank": { "zh-CN": "—", "en-US": "—" },
  "warning.cli.skipped": { "zh-CN": "未生成：", "en-US": "Not created:" },
  "warning.cli.written": {
    "zh-CN": "已写入 {out}：新建处理表 {count} 张，登记簿“{register}”。",
    "en-US": "Written to {out}: {count} new forms, register “{register}”.",
  },
  "warning.cli.written-none": {
    "zh-CN": "没有新建处理表，未写文件。",
    "en-US": "No new form, so nothing was written.",
  },
  "warning.cli.plan-only": {
    "zh-CN": "以上为预览，编号为拟用编号；加 --out <文件>.xlsx 写入副本（原文件不变）。",
    "en-US":
      "This is a preview with the numbers they would get; add --out <FILE>.xlsx to write a copy (the input is not changed).",
  },
  "warning.cli.next-run": {
    "zh-CN": "提示：编号记录在输出文件中；下次请在输出文件上继续运行，编号才会接续。",
    "en-US": "Note: the numbering is kept in the output file; run the next time on it so numbers carry on.",
  },

  // ---- the task pane: 风险预警 tab ----
  "warning.pane.tab": { "zh-CN": "风险预警", "en-US": "Warnings" },
  "warning.pane.intro": {
    "zh-CN":
      "从台账中选中的贷款、“检查结果”中选中的问题或“预警信号”列，生成编号连续的《风险预警信号处理表》，并登记在“预警登记簿”中。作废的处理表保留编号和工作表，不会删除。",
    "en-US":
      "Make numbered risk-warning forms from the loans selected in the ledger, the findings selected in 检查结果, or the warning-signal column, and list them in the 预警登记簿. Voided forms keep their number and sheet; nothing is deleted.",
  },
  "warning.pane.source": { "zh-CN": "生成依据", "en-US": "Make forms for" },
  "warning.pane.source.selection": {
    "zh-CN": "选中的行（台账或检查结果）",
    "en-US": "The selected rows (ledger or check results)",
  },
  "warning.pane.source.signals": {
    "zh-CN": "“预警信号”列已填写的全部贷款",
    "en-US": "Every loan with a warning signal filled in",
  },
  "warning.pane.preview": { "zh-CN": "预览", "en-US": "Preview" },
  "warning.pane.previewing": { "zh-CN": "正在预览…", "en-US": "Previewing…" },
  "warning.pane.create": { "zh-CN": "生成 {count} 张处理表", "en-US": "Create {count} forms" },
  "warning.pane.create-none": { "zh-CN": "生成处理表", "en-US": "Create forms" },
  "warning.pane.creating": { "zh-CN": "正在生成…", "en-US": "Creating…" },
  "warning.pane.plan.title": {
    "zh-CN": "将生成 {count} 张处理表，并登记到“预警登记簿”：",
    "en-US": "{count} forms will be made and listed in the 预警登记簿:",
  },
  "warning.pane.plan.none": {
    "zh-CN": "没有需要新建的处理表。",
    "en-US": "There is no form to make.",
  },
  "warning.pane.plan.numbers": {
    "zh-CN": "编号为拟用编号，生成时确定。",
    "en-US": "Numbers are provisional until the forms are made.",
  },
  "warning.pane.plan.row": { "zh-CN": "{customer}（借据号 {key}）", "en-US": "{customer} (loan {key})" },
  "warning.pane.plan.row-signal": {
    "zh-CN": "{customer}（借据号 {key}）：{signal}",
    "en-US": "{customer} (loan {key}): {signal}",
  },
  "warning.pane.skipped": { "zh-CN": "不生成：", "en-US": "Not made:" },
  "warning.pane.created": {
    "zh-CN": "已生成 {count} 张处理表，已登记到“{register}”。",
    "en-US": "{count} forms made and listed in “{register}”.",
  },
  "warning.pane.open.title": {
    "zh-CN": "未解除的处理表（{count} 张，其中逾期 {overdue} 张）",
    "en-US": "Open forms ({count}, {overdue} overdue)",
  },
  "warning.pane.open.none": { "zh-CN": "没有未解除的处理表。", "en-US": "No open forms." },
  "warning.pane.refresh": { "zh-CN": "刷新列表", "en-US": "Refresh" },
  "warning.pane.overdue": { "zh-CN": "逾期", "en-US": "Overdue" },
  "warning.pane.due": { "zh-CN": "反馈期限 {date}", "en-US": "Due {date}" },
  "warning.pane.to-processing": { "zh-CN": "处理中", "en-US": "In progress" },
  "warning.pane.release": { "zh-CN": "解除…", "en-US": "Release…" },
  "warning.pane.void": { "zh-CN": "作废…", "en-US": "Void…" },
  "warning.pane.release.title": { "zh-CN": "解除 {number}", "en-US": "Release {number}" },
  "warning.pane.release.date": { "zh-CN": "解除日期", "en-US": "Release date" },
  "warning.pane.void.title": { "zh-CN": "作废 {number}", "en-US": "Void {number}" },
  "warning.pane.void.reason": { "zh-CN": "作废原因", "en-US": "Reason" },
  "warning.pane.void.note": {
    "zh-CN": "作废后处理表和编号保留，标注“作废”，编号不再使用。",
    "en-US": "A voided form keeps its sheet and number, marked 作废; the number is never used again.",
  },
  "warning.pane.confirm": { "zh-CN": "确定", "en-US": "OK" },
  "warning.pane.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "warning.pane.bad-date": { "zh-CN": "请填写有效日期", "en-US": "Enter a valid date" },
  "warning.pane.status-done": {
    "zh-CN": "{number} 已改为“{status}”，处理表和登记簿已同步。",
    "en-US": "{number} is now “{status}” on the form and in the register.",
  },
  "warning.pane.open-sheet": { "zh-CN": "打开 {sheet}", "en-US": "Open {sheet}" },
} satisfies Record<string, MessageText>;

export type WarningMessageId = keyof typeof warningMessages;

/** A warning string in the locale (the catalogue's `message` for this table, usable before the merge). */
export function warningText(id: WarningMessageId, locale: Locale, params?: MessageParams): string {
  return fill(warningMessages[id][locale], params);
}
