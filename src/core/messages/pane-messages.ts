import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Strings of the task pane's 台账检查 panel and of the pane's frame. Rule and
 * severity names here are the short labels of the pane's counts and filters;
 * the findings themselves carry their full messages from the ledger rules.
 */
export const paneMessages = {
  "pane.tab.check": { "zh-CN": "台账检查", "en-US": "Ledger check" },
  "pane.tabs.label": { "zh-CN": "功能", "en-US": "Features" },
  "pane.connecting": { "zh-CN": "正在连接 Excel…", "en-US": "Connecting to Excel…" },
  "pane.connecting.hint": {
    "zh-CN": "连接完成后即可检查台账，无需任何操作。",
    "en-US": "You can check a ledger as soon as the connection is ready; nothing to do meanwhile.",
  },

  "pane.check.intro": {
    "zh-CN": "检查台账的完整性和一致性。检查只读取数据，不会更改您填写的任何内容。",
    "en-US": "Checks the ledger for completeness and consistency. It only reads: nothing you typed is changed.",
  },
  "pane.check.run": { "zh-CN": "检查台账", "en-US": "Check ledger" },
  "pane.check.running": { "zh-CN": "正在检查…", "en-US": "Checking…" },
  "pane.check.progress": { "zh-CN": "正在读取台账：{percent}%", "en-US": "Reading the ledger: {percent}%" },
  "pane.check.working": { "zh-CN": "正在处理，请稍候…", "en-US": "Working, please wait…" },
  "pane.problem.title": { "zh-CN": "未能完成", "en-US": "Could not finish" },
  "pane.dismiss": { "zh-CN": "关闭", "en-US": "Dismiss" },

  "pane.sheet.label": { "zh-CN": "台账工作表", "en-US": "Ledger sheet" },
  "pane.sheet.auto": {
    "zh-CN": "自动（当前工作表或最像台账的表）",
    "en-US": "Automatic (the active sheet or the likeliest ledger)",
  },
  "pane.sheet.option": {
    "zh-CN": "{name}（表头在第 {row} 行，识别 {matched} 列）",
    "en-US": "{name} (header on row {row}, {matched} columns recognised)",
  },
  "pane.sheet.other": { "zh-CN": "{name}（未识别出台账表头）", "en-US": "{name} (no ledger header recognised)" },
  "pane.sheet.none": {
    "zh-CN": "暂未找到像台账的工作表；仍可选“自动”检查当前工作表。",
    "en-US": "No sheet looks like a ledger yet; “Automatic” still checks the active sheet.",
  },
  "pane.sheet.refresh": { "zh-CN": "刷新工作表列表", "en-US": "Refresh the list of sheets" },

  "pane.asOf.label": { "zh-CN": "统计日期（检查基准日）", "en-US": "As-of date" },
  "pane.asOf.auto": {
    "zh-CN": "留空：取台账写明的统计日期，没有则用今天",
    "en-US": "Empty: the ledger's stated 统计日期, else today",
  },
  "pane.asOf.source.sheet": {
    "zh-CN": "本次使用台账的统计日期 {date}",
    "en-US": "This check used the ledger's 统计日期, {date}",
  },
  "pane.asOf.source.today": {
    "zh-CN": "台账未写统计日期，本次使用今天 {date}",
    "en-US": "The ledger states no 统计日期; this check used today, {date}",
  },
  "pane.asOf.source.explicit": {
    "zh-CN": "本次使用您指定的日期 {date}",
    "en-US": "This check used the date you set, {date}",
  },
  "pane.asOf.reset": { "zh-CN": "恢复自动", "en-US": "Automatic" },

  "pane.verdict.fail": { "zh-CN": "未通过", "en-US": "Not passed" },
  "pane.verdict.review": { "zh-CN": "需核实", "en-US": "To review" },
  "pane.verdict.pass": { "zh-CN": "通过", "en-US": "Passed" },
  "pane.verdict.fail.text": {
    "zh-CN": "发现 {errors} 个错误、{warnings} 个警告。",
    "en-US": "{errors} errors and {warnings} warnings found.",
  },
  "pane.verdict.review.text": {
    "zh-CN": "没有错误，有 {warnings} 个警告需要核实。",
    "en-US": "No errors; {warnings} warnings to review.",
  },
  "pane.verdict.pass.text": { "zh-CN": "未发现错误或警告。", "en-US": "No errors or warnings found." },
  "pane.summary.context": {
    "zh-CN": "工作表“{sheet}”，统计日期 {asOf}，检查贷款 {rows} 笔",
    "en-US": "Sheet {sheet}, as of {asOf}, {rows} loans checked",
  },
  "pane.summary.bySeverity": { "zh-CN": "按级别", "en-US": "By severity" },
  "pane.summary.byRule": { "zh-CN": "按规则", "en-US": "By rule" },
  "pane.summary.complete": { "zh-CN": "完整行占比", "en-US": "Complete rows" },
  "pane.summary.completeValue": {
    "zh-CN": "{percent}%（{complete} / {rows} 行必填项齐全）",
    "en-US": "{percent}% ({complete} of {rows} rows have every required field)",
  },
  "pane.summary.columns": { "zh-CN": "各列填写率", "en-US": "Completeness by column" },
  "pane.summary.columnValue": { "zh-CN": "{percent}%", "en-US": "{percent}%" },
  "pane.summary.columnTitle": {
    "zh-CN": "{header}：{filled} / {rows} 行已填写",
    "en-US": "{header}: filled in {filled} of {rows} rows",
  },

  "pane.severity.error": { "zh-CN": "错误", "en-US": "Error" },
  "pane.severity.warning": { "zh-CN": "警告", "en-US": "Warning" },
  "pane.severity.info": { "zh-CN": "提示", "en-US": "Info" },

  "pane.rule.header-missing": { "zh-CN": "缺少必需列", "en-US": "Missing column" },
  "pane.rule.header-repeated": { "zh-CN": "数据中重复出现表头", "en-US": "Header repeated in the data" },
  "pane.rule.merged-cells": { "zh-CN": "数据中有合并单元格", "en-US": "Merged cells in the data" },
  "pane.rule.required-missing": { "zh-CN": "必填项未填", "en-US": "Required field empty" },
  "pane.rule.type-error": { "zh-CN": "日期或数字无法识别", "en-US": "Unreadable date or number" },
  "pane.rule.enum-invalid": { "zh-CN": "取值不在列表内", "en-US": "Value not in its list" },
  "pane.rule.id-invalid": { "zh-CN": "证件号码校验不符", "en-US": "ID number checksum fails" },
  "pane.rule.duplicate-key": { "zh-CN": "借据号重复", "en-US": "Duplicate loan number" },
  "pane.rule.date-order": { "zh-CN": "日期先后矛盾", "en-US": "Dates out of order" },
  "pane.rule.balance-exceeds-amount": { "zh-CN": "余额大于贷款金额", "en-US": "Balance above amount" },
  "pane.rule.class-below-floor": { "zh-CN": "五级分类偏轻", "en-US": "Class below the floor" },
  "pane.rule.inspection-overdue": { "zh-CN": "贷后检查逾期", "en-US": "Inspection overdue" },
  "pane.rule.first-inspection-late": { "zh-CN": "首次检查不及时", "en-US": "First inspection late" },
  "pane.rule.npl-no-disposal": { "zh-CN": "不良贷款未定处置方式", "en-US": "NPL without disposal" },
  "pane.rule.maturing-next-month": { "zh-CN": "次月到期", "en-US": "Maturing next month" },

  "pane.findings.title": { "zh-CN": "问题清单（{count} 条）", "en-US": "Findings ({count})" },
  "pane.findings.severity": { "zh-CN": "级别", "en-US": "Severity" },
  "pane.findings.rule": { "zh-CN": "规则", "en-US": "Rule" },
  "pane.findings.search": { "zh-CN": "搜索", "en-US": "Search" },
  "pane.findings.searchPlaceholder": { "zh-CN": "借据号、列名、问题…", "en-US": "Loan number, column, message…" },
  "pane.findings.all": { "zh-CN": "全部", "en-US": "All" },
  "pane.findings.range": { "zh-CN": "第 {from}–{to} 条，共 {total} 条", "en-US": "{from}–{to} of {total}" },
  "pane.findings.prev": { "zh-CN": "上一页", "en-US": "Previous page" },
  "pane.findings.next": { "zh-CN": "下一页", "en-US": "Next page" },
  "pane.findings.empty": { "zh-CN": "没有符合条件的问题。", "en-US": "No findings match." },
  "pane.findings.where": { "zh-CN": "{cell}（第 {row} 行）", "en-US": "{cell} (row {row})" },
  "pane.findings.whereRow": { "zh-CN": "第 {row} 行", "en-US": "Row {row}" },
  "pane.findings.goTo": { "zh-CN": "转到 {where}：{message}", "en-US": "Go to {where}: {message}" },

  "pane.action.write": { "zh-CN": "写入检查结果", "en-US": "Write results" },
  "pane.action.write.tip": {
    "zh-CN": "生成（或替换）“检查结果”工作表：汇总及每条问题的位置链接",
    "en-US": "Creates (or replaces) the 检查结果 sheet: a summary and a linked row per finding",
  },
  "pane.action.mark": { "zh-CN": "标记问题单元格", "en-US": "Mark cells" },
  "pane.action.mark.tip": {
    "zh-CN": "给有问题的单元格加底色和批注；原有格式会被记录，可随时清除",
    "en-US": "Fills offending cells and adds a note; their formatting is recorded so that it can be restored",
  },
  "pane.action.clear": { "zh-CN": "清除标记", "en-US": "Clear marks" },
  "pane.action.clear.tip": {
    "zh-CN": "移除所有标记，恢复标记前的底色和批注",
    "en-US": "Removes every mark and restores the fills and notes from before",
  },
  "pane.action.written": { "zh-CN": "已写入工作表“{sheet}”。", "en-US": "Wrote the sheet {sheet}." },
  "pane.action.marked": { "zh-CN": "已标记 {count} 个单元格。", "en-US": "Marked {count} cells." },
  "pane.action.cleared": {
    "zh-CN": "已清除 {count} 个标记，原有格式已恢复。",
    "en-US": "Cleared {count} marks; the previous formatting is restored.",
  },

  "pane.mapping.title": { "zh-CN": "列对应关系", "en-US": "Column mapping" },
  "pane.mapping.intro": {
    "zh-CN": "列识别有误时在此更正。应用后重新检查，对应关系保存在工作簿中，下次无需再设。",
    "en-US":
      "Correct any column recognised wrongly. Applying re-checks the ledger and saves the mapping in the workbook.",
  },
  "pane.mapping.needCheck": {
    "zh-CN": "检查台账后，可在此查看和更正列对应关系。",
    "en-US": "Check a ledger to see and correct its column mapping.",
  },
  "pane.mapping.none": { "zh-CN": "（无对应列）", "en-US": "(no column)" },
  "pane.mapping.header": { "zh-CN": "{letter} 列：{header}", "en-US": "Column {letter}: {header}" },
  "pane.mapping.unmapped": { "zh-CN": "未识别的表头", "en-US": "Headers not recognised" },
  "pane.mapping.unmappedNone": { "zh-CN": "所有表头均已识别。", "en-US": "Every header was recognised." },
  "pane.mapping.apply": { "zh-CN": "应用并重新检查", "en-US": "Apply and re-check" },
  "pane.mapping.undo": { "zh-CN": "撤销修改", "en-US": "Undo changes" },

  "pane.settings.title": { "zh-CN": "检查设置", "en-US": "Settings" },
  "pane.settings.intro": {
    "zh-CN": "以下数值保存在本工作簿中，可按本行社制度调整；保存后重新检查生效。",
    "en-US": "These values are saved in this workbook; set them to your bank's rules. Saving re-checks the ledger.",
  },
  "pane.settings.inspection": { "zh-CN": "贷后检查", "en-US": "Inspections" },
  "pane.settings.firstInspectionDays": {
    "zh-CN": "首次检查期限（放款后天数）",
    "en-US": "First inspection within (days after disbursement)",
  },
  "pane.settings.normalIntervalDays": { "zh-CN": "正常类检查间隔（天）", "en-US": "Interval for 正常 loans (days)" },
  "pane.settings.watchIntervalDays": {
    "zh-CN": "关注类及不良贷款检查间隔（天）",
    "en-US": "Interval for 关注 and NPLs (days)",
  },
  "pane.settings.classification": { "zh-CN": "五级分类", "en-US": "Classification" },
  "pane.settings.attentionAfterDays": {
    "zh-CN": "逾期超过几天至少关注",
    "en-US": "关注 at least when overdue more than (days)",
  },
  "pane.settings.technicalGraceDays": { "zh-CN": "技术性逾期宽限（天）", "en-US": "Technical overdue grace (days)" },
  "pane.settings.substandardAfterDays": {
    "zh-CN": "逾期超过几天至少次级",
    "en-US": "次级 at least when overdue more than (days)",
  },
  "pane.settings.doubtfulAfterDays": {
    "zh-CN": "逾期超过几天至少可疑",
    "en-US": "可疑 at least when overdue more than (days)",
  },
  "pane.settings.lossAfterDays": {
    "zh-CN": "逾期超过几天至少损失",
    "en-US": "损失 at least when overdue more than (days)",
  },
  "pane.settings.cardSubstandardAfterDays": {
    "zh-CN": "信用卡：逾期超过几天至少次级",
    "en-US": "Cards: 次级 when overdue more than (days)",
  },
  "pane.settings.cardDoubtfulAfterDays": {
    "zh-CN": "信用卡：逾期超过几天至少可疑",
    "en-US": "Cards: 可疑 when overdue more than (days)",
  },
  "pane.settings.cardLossAfterDays": {
    "zh-CN": "信用卡：逾期超过几天至少损失",
    "en-US": "Cards: 损失 when overdue more than (days)",
  },
  "pane.settings.eclDoubtfulRatio": {
    "zh-CN": "预期信用损失占余额达此比例至少可疑",
    "en-US": "可疑 at least when ECL ÷ balance reaches",
  },
  "pane.settings.eclLossRatio": {
    "zh-CN": "预期信用损失占余额达此比例至少损失",
    "en-US": "损失 at least when ECL ÷ balance reaches",
  },
  "pane.settings.maturity": { "zh-CN": "到期提示范围", "en-US": "Maturity notice window" },
  "pane.settings.maturity.next-month": { "zh-CN": "下一个自然月", "en-US": "Next calendar month" },
  "pane.settings.maturity.next-30-days": { "zh-CN": "今后 30 天", "en-US": "Next 30 days" },
  "pane.settings.save": { "zh-CN": "保存设置", "en-US": "Save settings" },
  "pane.settings.defaults": { "zh-CN": "恢复默认值", "en-US": "Restore defaults" },
  "pane.settings.saved": { "zh-CN": "设置已保存到工作簿。", "en-US": "Settings saved in the workbook." },
  "pane.settings.invalidDays": {
    "zh-CN": "请填写 0 到 3650 之间的整数",
    "en-US": "Enter a whole number from 0 to 3650",
  },
  "pane.settings.invalidRatio": {
    "zh-CN": "请填写 0 到 1 之间的小数，如 0.5",
    "en-US": "Enter a ratio from 0 to 1, e.g. 0.5",
  },
  "pane.settings.invalidOrder": {
    "zh-CN": "天数应依次增大：关注 < 次级 < 可疑 < 损失",
    "en-US": "The days must increase: 关注 < 次级 < 可疑 < 损失",
  },
  "pane.settings.invalidEclOrder": {
    "zh-CN": "损失的比例应不低于可疑的比例",
    "en-US": "The 损失 ratio must not be below the 可疑 ratio",
  },
  "pane.warnings.title": { "zh-CN": "请注意", "en-US": "Please note" },

  "pane.error.host.hint": {
    "zh-CN": "请稍后重试；如仍出现，请保存工作簿并重新打开加载项。",
    "en-US": "Please try again shortly; if it happens again, save the workbook and reopen the add-in.",
  },
  "pane.error.unexpected": {
    "zh-CN": "操作未完成：出现了意外错误。",
    "en-US": "The command did not finish because of an unexpected error.",
  },
  "pane.error.unexpected.hint": {
    "zh-CN": "请再试一次；如仍出现，请保存工作簿并重新打开加载项，并把以下信息告知管理员：{detail}",
    "en-US":
      "Please try again; if it happens again, save the workbook, reopen the add-in and give this to your administrator: {detail}",
  },
} satisfies Record<string, MessageText>;

export type PaneMessageId = keyof typeof paneMessages;

/** A pane string in the locale (the catalogue's `message` for this table, usable before the merge). */
export function paneText(id: PaneMessageId, locale: Locale, params?: MessageParams): string {
  return fill(paneMessages[id][locale], params);
}
