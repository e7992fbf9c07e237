import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Messages of the ledger check's use cases: the problems that stop a command
 * (each with what to do), the 检查结果 sheet's labels, the notes put on
 * marked cells, and what is wrong with settings read back from a workbook.
 * `usecase.problem.*` come in pairs: the problem and its `.hint`.
 */
export const usecaseMessages = {
  // ---------------------------------------------------------------- problems
  "usecase.problem.no-sheet": {
    "zh-CN": "没有找到像贷后管理台账的工作表",
    "en-US": "No sheet in this workbook looks like a post-loan ledger",
  },
  "usecase.problem.no-sheet.hint": {
    "zh-CN":
      "请切换到台账所在的工作表，或在列表中选择工作表后重试；台账的表头应在前 30 行内，并包含 客户名称、借据号 等列。",
    "en-US":
      "Go to the sheet that holds the ledger, or pick it in the list, and try again; the header must be within the first 30 rows and name columns such as 客户名称 and 借据号.",
  },
  "usecase.problem.sheet-not-found": {
    "zh-CN": "找不到工作表“{sheet}”",
    "en-US": "There is no sheet “{sheet}”",
  },
  "usecase.problem.sheet-not-found.hint": {
    "zh-CN": "它可能已被重命名或删除；请刷新工作表列表后重新选择。",
    "en-US": "It may have been renamed or deleted; refresh the list of sheets and choose again.",
  },
  "usecase.problem.protected": {
    "zh-CN": "工作表“{sheet}”受保护，贷后助手无法在其中写入或标记",
    "en-US": "Sheet “{sheet}” is protected, so the add-in cannot write or mark cells in it",
  },
  "usecase.problem.protected.hint": {
    "zh-CN": "在 Excel 中选择“审阅 → 撤销工作表保护”后重试；检查本身只读取数据，不受影响。",
    "en-US":
      "Unprotect it in Excel (Review → Unprotect Sheet) and try again; the check itself only reads and is not affected.",
  },
  "usecase.problem.too-large": {
    "zh-CN": "工作表“{sheet}”有 {rows} 行 × {columns} 列，超出了一次能检查的范围（约 {limit} 个单元格）",
    "en-US": "Sheet “{sheet}” has {rows} rows × {columns} columns, more than one check can read (about {limit} cells)",
  },
  "usecase.problem.too-large.hint": {
    "zh-CN":
      "请删除表格下方或右侧没有数据的行和列，或把台账拆成几张表分别检查；也可以用命令行 postloan check 检查文件。",
    "en-US":
      "Delete the empty rows and columns below and to the right of the table, or split the ledger into several sheets; the postloan check command line also works on files.",
  },
  "usecase.problem.busy": {
    "zh-CN": "Excel 正忙（可能正在编辑某个单元格），未能完成操作",
    "en-US": "Excel is busy (perhaps a cell is being edited), so the command could not finish",
  },
  "usecase.problem.busy.hint": {
    "zh-CN": "请按 Enter 或 Esc 结束单元格编辑后重试。",
    "en-US": "Press Enter or Esc to finish editing the cell, then try again.",
  },
  "usecase.problem.unreadable": {
    "zh-CN": "无法读取工作表“{sheet}”：{detail}",
    "en-US": "Sheet “{sheet}” could not be read: {detail}",
  },
  "usecase.problem.unreadable.hint": {
    "zh-CN": "请确认工作簿未在别处被锁定后重试；如果问题一直存在，请把这条信息告知管理员。",
    "en-US":
      "Make sure the workbook is not locked elsewhere and try again; if it keeps happening, pass this message to support.",
  },
  "usecase.problem.store-foreign": {
    "zh-CN": "工作表“{sheet}”不是贷后助手创建的，其中的内容未被使用",
    "en-US": "Sheet “{sheet}” was not created by the add-in, so its contents were not used",
  },
  "usecase.problem.store-foreign.hint": {
    "zh-CN": "贷后助手用这个名称保存设置和标记记录。请把该工作表改名，贷后助手会另建自己的表；在此之前使用默认设置。",
    "en-US":
      "The add-in keeps its settings and mark records under this name. Rename that sheet and the add-in will create its own; until then the defaults are used.",
  },
  "usecase.problem.store-entry.hint": {
    "zh-CN": "在任务窗格的“设置”中重新保存即可修正；也可以在隐藏工作表“{sheet}”中删除这一行。",
    "en-US": "Save the settings again in the task pane to fix it, or delete this row from the hidden sheet “{sheet}”.",
  },
  "usecase.problem.store-json": {
    "zh-CN": "隐藏工作表“{sheet}”中“{key}”的内容已损坏，无法读取，已忽略",
    "en-US": "The entry “{key}” in the hidden sheet “{sheet}” is damaged and was ignored",
  },
  "usecase.problem.store-unknown-key": {
    "zh-CN": "隐藏工作表“{sheet}”中有无法识别的项目“{key}”，已忽略",
    "en-US": "The hidden sheet “{sheet}” has an entry “{key}” the add-in does not know; it was ignored",
  },
  "usecase.problem.store-mapping": {
    "zh-CN": "工作表“{ledger}”保存的列对应关系中“{key}”无效（{value}），已忽略这一项",
    "en-US": "The saved column mapping of sheet “{ledger}” has an invalid entry “{key}” ({value}); it was ignored",
  },
  "usecase.problem.store-owned": {
    "zh-CN": "贷后助手创建的工作表清单中有一项无效（{value}），已忽略",
    "en-US": "An entry of the list of sheets the add-in created is invalid ({value}); it was ignored",
  },
  "usecase.problem.marks-entry": {
    "zh-CN": "标记记录表“{sheet}”第 {row} 行无效，该单元格的原有格式无法恢复，已跳过",
    "en-US":
      "Row {row} of the mark record sheet “{sheet}” is invalid; that cell's former format cannot be restored and was skipped",
  },
  "usecase.problem.marks-entry.hint": {
    "zh-CN": "请手动检查该单元格的填充色和批注。",
    "en-US": "Check that cell's fill and note by hand.",
  },

  // ---------------------------------------------------------------- sheets the add-in writes
  "usecase.owned.renamed": {
    "zh-CN": "工作簿中已有一张名为“{name}”的工作表，它不是贷后助手创建的，因此没有改动它；结果已写入“{written}”。",
    "en-US":
      "The workbook already has a sheet “{name}” that the add-in did not create, so it was left alone; the results went to “{written}”.",
  },

  // ---------------------------------------------------------------- the 检查结果 sheet
  "usecase.results.sheet": { "zh-CN": "检查结果", "en-US": "Check results" },
  "usecase.results.title": { "zh-CN": "台账检查结果", "en-US": "Ledger check results" },
  "usecase.results.ledger": { "zh-CN": "台账工作表", "en-US": "Ledger sheet" },
  "usecase.results.as-of": { "zh-CN": "检查基准日", "en-US": "As of" },
  "usecase.results.verdict": { "zh-CN": "结论", "en-US": "Verdict" },
  "usecase.results.verdict.errors": { "zh-CN": "未通过：有 {n} 个错误", "en-US": "Not passed — errors: {n}" },
  "usecase.results.verdict.warnings": { "zh-CN": "需核实：有 {n} 个警告", "en-US": "To review — warnings: {n}" },
  "usecase.results.verdict.pass": { "zh-CN": "通过", "en-US": "Passed" },
  "usecase.results.rows": { "zh-CN": "检查行数", "en-US": "Rows checked" },
  "usecase.results.blank-rows": { "zh-CN": "空行", "en-US": "Blank rows" },
  "usecase.results.total-rows": { "zh-CN": "合计行", "en-US": "Total rows" },
  "usecase.results.complete-share": { "zh-CN": "完整率", "en-US": "Complete" },
  "usecase.results.rows-with-errors": { "zh-CN": "有错误的行", "en-US": "Rows with errors" },
  "usecase.results.by-rule": { "zh-CN": "按规则", "en-US": "By rule" },
  "usecase.results.by-rule.none": { "zh-CN": "无", "en-US": "None" },
  "usecase.results.none": { "zh-CN": "未发现问题。", "en-US": "No problems found." },
  "usecase.results.row-ref": { "zh-CN": "第{row}行", "en-US": "Row {row}" },
  "usecase.results.col.sheet": { "zh-CN": "工作表", "en-US": "Sheet" },
  "usecase.results.col.cell": { "zh-CN": "单元格", "en-US": "Cell" },
  "usecase.results.col.key": { "zh-CN": "借据号", "en-US": "Loan no." },
  "usecase.results.col.customer": { "zh-CN": "客户名称", "en-US": "Customer" },
  "usecase.results.col.column": { "zh-CN": "列", "en-US": "Column" },
  "usecase.results.col.value": { "zh-CN": "值", "en-US": "Value" },
  "usecase.results.col.rule": { "zh-CN": "规则", "en-US": "Rule" },
  "usecase.results.col.severity": { "zh-CN": "级别", "en-US": "Severity" },
  "usecase.results.col.message": { "zh-CN": "问题", "en-US": "Problem" },
  "usecase.results.col.hint": { "zh-CN": "建议", "en-US": "Suggestion" },

  // ---------------------------------------------------------------- notes on marked cells
  "usecase.mark.note.title": { "zh-CN": "【贷后助手】", "en-US": "[Post-loan Assistant]" },
  "usecase.mark.note.hint": { "zh-CN": "建议：{hint}", "en-US": "Suggestion: {hint}" },
  "usecase.mark.note.more": {
    "zh-CN": "……另有 {n} 条，见“检查结果”表",
    "en-US": "…and {n} more, see the results sheet",
  },

  // ---------------------------------------------------------------- settings read back from a workbook
  "usecase.settings.invalid": {
    "zh-CN": "设置项“{label}”的值 {value} 无效，应为{expected}；已改用默认值 {fallback}",
    "en-US": "Setting “{label}” has the invalid value {value}; it must be {expected}. The default {fallback} is used",
  },
  "usecase.settings.order": {
    "zh-CN": "设置项{labels}应从小到大排列（当前为 {values}）；已改用默认值",
    "en-US": "Settings {labels} must go from smallest to largest (they are {values}); the defaults are used",
  },
  "usecase.settings.reverse-order": {
    "zh-CN": "设置项{labels}应从大到小排列（当前为 {values}）；已改用默认值",
    "en-US": "Settings {labels} must go from largest to smallest (they are {values}); the defaults are used",
  },
  "usecase.settings.not-group": {
    "zh-CN": "设置“{label}”应为一组设置，当前为 {value}；这一组已改用默认值",
    "en-US": "Setting “{label}” must be a group of settings but is {value}; the group's defaults are used",
  },
  "usecase.settings.unknown": {
    "zh-CN": "无法识别的设置项“{path}”，已忽略",
    "en-US": "Unknown setting “{path}”; it was ignored",
  },
  "usecase.settings.expect.int": {
    "zh-CN": " {min} 到 {max} 之间的整数",
    "en-US": "a whole number from {min} to {max}",
  },
  "usecase.settings.expect.number": { "zh-CN": " {min} 到 {max} 之间的数", "en-US": "a number from {min} to {max}" },
  "usecase.settings.expect.list": {
    "zh-CN": " {n} 个 {min} 到 {max} 之间的数组成的列表",
    "en-US": "a list of {n} numbers from {min} to {max}",
  },
  "usecase.settings.expect.rising": { "zh-CN": "（从小到大排列）", "en-US": ", smallest first" },
  "usecase.settings.expect.falling": { "zh-CN": "（从大到小排列）", "en-US": ", largest first" },
  "usecase.settings.expect.enum": { "zh-CN": "以下之一：{options}", "en-US": "one of {options}" },

  "usecase.settings.label.root": { "zh-CN": "贷后助手设置", "en-US": "Settings" },
  "usecase.settings.label.classification": { "zh-CN": "五级分类", "en-US": "Classification" },
  "usecase.settings.label.classification.attentionAfterDays": {
    "zh-CN": "逾期超过几天至少为关注",
    "en-US": "Overdue days after which at least 关注",
  },
  "usecase.settings.label.classification.technicalGraceDays": {
    "zh-CN": "技术性逾期宽限天数",
    "en-US": "Technical overdue grace days",
  },
  "usecase.settings.label.classification.substandardAfterDays": {
    "zh-CN": "逾期超过几天至少为次级",
    "en-US": "Overdue days after which at least 次级",
  },
  "usecase.settings.label.classification.doubtfulAfterDays": {
    "zh-CN": "逾期超过几天至少为可疑",
    "en-US": "Overdue days after which at least 可疑",
  },
  "usecase.settings.label.classification.lossAfterDays": {
    "zh-CN": "逾期超过几天为损失",
    "en-US": "Overdue days after which 损失",
  },
  "usecase.settings.label.classification.card": { "zh-CN": "信用卡分类", "en-US": "Credit-card classification" },
  "usecase.settings.label.classification.card.substandardAfterDays": {
    "zh-CN": "信用卡逾期超过几天至少为次级",
    "en-US": "Card overdue days after which at least 次级",
  },
  "usecase.settings.label.classification.card.doubtfulAfterDays": {
    "zh-CN": "信用卡逾期超过几天至少为可疑",
    "en-US": "Card overdue days after which at least 可疑",
  },
  "usecase.settings.label.classification.card.lossAfterDays": {
    "zh-CN": "信用卡逾期超过几天为损失",
    "en-US": "Card overdue days after which 损失",
  },
  "usecase.settings.label.classification.eclDoubtfulRatio": {
    "zh-CN": "预期信用损失占比至少为可疑",
    "en-US": "ECL ratio for at least 可疑",
  },
  "usecase.settings.label.classification.eclLossRatio": {
    "zh-CN": "预期信用损失占比为损失",
    "en-US": "ECL ratio for 损失",
  },
  "usecase.settings.label.inspection": { "zh-CN": "贷后检查", "en-US": "Inspection" },
  "usecase.settings.label.inspection.firstInspectionDays": {
    "zh-CN": "首次检查期限（天）",
    "en-US": "First inspection within (days)",
  },
  "usecase.settings.label.inspection.normalIntervalDays": {
    "zh-CN": "正常类检查间隔（天）",
    "en-US": "Inspection interval for 正常 (days)",
  },
  "usecase.settings.label.inspection.watchIntervalDays": {
    "zh-CN": "关注及不良类检查间隔（天）",
    "en-US": "Inspection interval for 关注 and NPL (days)",
  },
  "usecase.settings.label.provision": { "zh-CN": "专项准备计提比例", "en-US": "Specific provision ratios" },
  "usecase.settings.label.provision.2002": { "zh-CN": "计提比例（2002 年口径）", "en-US": "Provision ratios (2002)" },
  "usecase.settings.label.provision.2012": { "zh-CN": "计提比例（2012 年口径）", "en-US": "Provision ratios (2012)" },
  "usecase.settings.label.scoring": { "zh-CN": "评分", "en-US": "Scoring" },
  "usecase.settings.label.scoring.full": { "zh-CN": "满分", "en-US": "Full score" },
  "usecase.settings.label.scoring.floor": { "zh-CN": "最低分", "en-US": "Lowest score" },
  "usecase.settings.label.scoring.bands": {
    "zh-CN": "优秀、良好、合格的分数线",
    "en-US": "Score bands (优秀, 良好, 合格)",
  },
  "usecase.settings.label.scoring.penaltyThreshold": { "zh-CN": "罚款分数线", "en-US": "Penalty threshold" },
  "usecase.settings.label.scoring.penaltyAmount": { "zh-CN": "罚款金额（元）", "en-US": "Penalty amount (元)" },
  "usecase.settings.label.scoring.rectificationDays": { "zh-CN": "整改期限（天）", "en-US": "Rectification days" },
  "usecase.settings.label.targets": { "zh-CN": "目标考核", "en-US": "Targets" },
  "usecase.settings.label.targets.attainmentCap": { "zh-CN": "完成率封顶", "en-US": "Attainment cap" },
  "usecase.settings.label.warning": { "zh-CN": "风险预警", "en-US": "Warnings" },
  "usecase.settings.label.warning.feedbackWorkingDays": {
    "zh-CN": "预警反馈期限（工作日）",
    "en-US": "Warning feedback (working days)",
  },
  "usecase.settings.label.maturity": { "zh-CN": "到期提示", "en-US": "Maturity" },
  "usecase.settings.label.maturity.window": { "zh-CN": "到期提示范围", "en-US": "Maturity window" },
  "usecase.settings.label.tier": { "zh-CN": "分级管理", "en-US": "Management tiers" },
  "usecase.settings.label.tier.large": { "zh-CN": "大户余额下限", "en-US": "Large-customer balance" },
  "usecase.settings.label.tier.medium": { "zh-CN": "中户余额下限", "en-US": "Medium-customer balance" },
} satisfies Record<string, MessageText>;

export type UsecaseMessageId = keyof typeof usecaseMessages;

export function usecaseText(id: UsecaseMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(usecaseMessages[id][locale], params);
}

/** True for a key of the table (settings labels are looked up by path). */
export function isUsecaseMessageId(id: string): id is UsecaseMessageId {
  return Object.prototype.hasOwnProperty.call(usecaseMessages, id);
}
