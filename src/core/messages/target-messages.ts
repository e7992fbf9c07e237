import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Messages of 目标责任书 (officers' target-responsibility sheets, 月考核、
 * 季兑现): the officer's sheet, the 考核参数 and 考核汇总 sheets, the task
 * pane tab and the `postloan targets` command. Sheet names, the 计分方式
 * words (正向/反向) and the grade names stay Chinese in en-US: the add-in
 * finds its sheets by name and the formulas compare the words.
 */
export const targetMessages = {
  // ---- sheet names (fixed: the add-in finds its sheets by them, whatever the language)
  "targets.sheet.prefix": { "zh-CN": "目标责任书-", "en-US": "目标责任书-" },
  "targets.sheet.summary": { "zh-CN": "考核汇总", "en-US": "考核汇总" },
  "targets.sheet.params": { "zh-CN": "考核参数", "en-US": "考核参数" },

  // ---- the officer's 目标责任书
  "targets.sheet.title": { "zh-CN": "目标责任书", "en-US": "Target-responsibility sheet" },
  "targets.sheet.subtitle": {
    "zh-CN": "{year}年度管户客户经理目标责任书（月考核、季兑现）",
    "en-US": "{year} targets of a loan officer (scored monthly, paid quarterly)",
  },
  "targets.sheet.year": { "zh-CN": "考核年度", "en-US": "Year" },
  "targets.sheet.president": { "zh-CN": "甲方（行长）", "en-US": "Party A (president)" },
  "targets.sheet.officer": { "zh-CN": "乙方（管户客户经理）", "en-US": "Party B (loan officer)" },
  "targets.sheet.period": { "zh-CN": "考核期间", "en-US": "Period" },
  "targets.sheet.period.value": {
    "zh-CN": "{year}年1月1日至{year}年12月31日",
    "en-US": "1 January {year} to 31 December {year}",
  },
  "targets.sheet.portfolio": {
    "zh-CN": "一、管户资产情况（截至 {asOf}，取自台账“{ledger}”{unit}；重新生成时按台账刷新）",
    "en-US": "1. Loans managed (as of {asOf}, from the ledger “{ledger}”{unit}; refreshed when generated again)",
  },
  "targets.sheet.portfolio.unit": { "zh-CN": "，金额单位：{unit}", "en-US": ", amounts in {unit}" },
  "targets.col.accounts": { "zh-CN": "户数", "en-US": "Customers" },
  "targets.col.loans": { "zh-CN": "贷款笔数", "en-US": "Loans" },
  "targets.col.balance": { "zh-CN": "贷款余额", "en-US": "Balance" },
  "targets.col.npl-balance": { "zh-CN": "不良贷款余额", "en-US": "Non-performing balance" },
  "targets.col.npl-ratio": { "zh-CN": "不良率", "en-US": "NPL ratio" },
  "targets.col.overdue-loans": { "zh-CN": "逾期贷款笔数", "en-US": "Overdue loans" },
  "targets.col.overdue-balance": { "zh-CN": "逾期贷款余额", "en-US": "Overdue balance" },
  "targets.col.maturing-loans": { "zh-CN": "本年到期笔数", "en-US": "Maturing this year" },
  "targets.col.maturing-balance": { "zh-CN": "本年到期余额", "en-US": "Balance maturing this year" },
  "targets.sheet.targets": {
    "zh-CN":
      "二、考核指标与目标（黄色单元格可修改；权重合计应为 100；月目标默认为年度目标÷12，单位为 % 的比率指标各月与年度相同）",
    "en-US":
      "2. Indicators and targets (yellow cells may be edited; weights should add up to 100; a month's target is the annual one ÷ 12 unless typed, a rate (unit %) keeps the annual one)",
  },
  "targets.col.indicator": { "zh-CN": "指标", "en-US": "Indicator" },
  "targets.col.unit": { "zh-CN": "单位", "en-US": "Unit" },
  "targets.col.direction": { "zh-CN": "计分方式", "en-US": "Scoring" },
  "targets.col.weight": { "zh-CN": "权重", "en-US": "Weight" },
  "targets.col.annual": { "zh-CN": "年度目标", "en-US": "Annual target" },
  "targets.col.month": { "zh-CN": "{month}月", "en-US": "M{month}" },
  "targets.col.year-to-date": { "zh-CN": "全年累计", "en-US": "Year to date" },
  "targets.sheet.total": { "zh-CN": "合计", "en-US": "Total" },
  "targets.sheet.actuals": {
    "zh-CN": "三、每月实际完成（由客户经理或信贷管理部按月填写）",
    "en-US": "3. Actual results by month (typed by the officer or the credit department)",
  },
  "targets.sheet.attain": {
    "zh-CN":
      "四、月度完成率与得分（公式自动计算：正向 = 实际÷目标，反向 = 目标÷实际、实际为 0 得满分；完成率封顶值见“考核参数”；当月各项实际填齐后显示得分）",
    "en-US":
      "4. Attainment and score by month (formulas: 正向 = actual ÷ target, 反向 = target ÷ actual with full marks at 0; the cap is on 考核参数; a month is scored once all its actuals are typed)",
  },
  "targets.sheet.score": { "zh-CN": "月度得分", "en-US": "Month's score" },
  "targets.sheet.quarters": {
    "zh-CN": "五、季度兑现（应兑现薪酬 = 基本薪酬 + 绩效薪酬 × 等级系数；等级按季度月均得分查“考核参数”的等级系数表）",
    "en-US":
      "5. Quarterly payout (pay = base pay + performance pay × grade coefficient; the grade is looked up from the quarter's average score in the table on 考核参数)",
  },
  "targets.col.quarter": { "zh-CN": "季度", "en-US": "Quarter" },
  "targets.col.average": { "zh-CN": "月均得分", "en-US": "Average score" },
  "targets.col.grade": { "zh-CN": "等级", "en-US": "Grade" },
  "targets.col.coefficient": { "zh-CN": "等级系数", "en-US": "Coefficient" },
  "targets.col.base-pay": { "zh-CN": "基本薪酬（元）", "en-US": "Base pay (yuan)" },
  "targets.col.performance-pay": { "zh-CN": "绩效薪酬（元）", "en-US": "Performance pay (yuan)" },
  "targets.col.pay": { "zh-CN": "应兑现薪酬（元）", "en-US": "Pay due (yuan)" },
  "targets.quarter.1": { "zh-CN": "第一季度", "en-US": "Q1" },
  "targets.quarter.2": { "zh-CN": "第二季度", "en-US": "Q2" },
  "targets.quarter.3": { "zh-CN": "第三季度", "en-US": "Q3" },
  "targets.quarter.4": { "zh-CN": "第四季度", "en-US": "Q4" },
  "targets.sheet.year-total": { "zh-CN": "全年合计", "en-US": "Year total" },
  "targets.sheet.sign-a": { "zh-CN": "甲方签字：", "en-US": "Party A:" },
  "targets.sheet.sign-b": { "zh-CN": "乙方签字：", "en-US": "Party B:" },
  "targets.sheet.sign-date": { "zh-CN": "签订日期：", "en-US": "Date:" },
  "targets.sheet.note": {
    "zh-CN":
      "说明：本表由贷后助手生成，公式为 Excel 原生公式，未安装贷后助手也可使用。重新生成时刷新管户资产，保留黄色单元格中填写的内容（目标、权重、每月实际、薪酬基数等）。",
    "en-US":
      "Generated by the post-loan assistant with native Excel formulas, so it works without the add-in. Generating again refreshes the loans managed and keeps everything typed in the yellow cells (targets, weights, actuals, pay).",
  },

  // ---- 考核参数
  "targets.params.title": { "zh-CN": "考核参数", "en-US": "Assessment parameters" },
  "targets.params.note": {
    "zh-CN":
      "各目标责任书的公式引用本表。完成率封顶值取自贷后助手设置，重新生成时按设置改写；等级系数表和默认薪酬可直接修改，重新生成时保留。",
    "en-US":
      "Every target sheet's formulas refer to this sheet. The cap comes from the add-in's settings and is rewritten from them each time; the grade table and the default pay may be edited here and are kept.",
  },
  "targets.params.cap": { "zh-CN": "完成率封顶值", "en-US": "Attainment cap" },
  "targets.params.grades": {
    "zh-CN": "等级系数表（按月均得分下限从小到大排列，公式用 MATCH 近似匹配）",
    "en-US": "Grade table (lower bounds rising: the formulas use MATCH's approximate match)",
  },
  "targets.params.col.grade": { "zh-CN": "等级", "en-US": "Grade" },
  "targets.params.col.lower": { "zh-CN": "月均得分下限（≥）", "en-US": "Average score at least" },
  "targets.params.col.coefficient": { "zh-CN": "等级系数", "en-US": "Coefficient" },
  "targets.params.base-pay": { "zh-CN": "默认基本薪酬（元/季）", "en-US": "Default base pay (yuan a quarter)" },
  "targets.params.performance-pay": {
    "zh-CN": "默认绩效薪酬（元/季）",
    "en-US": "Default performance pay (yuan a quarter)",
  },
  "targets.params.pay-note": {
    "zh-CN": "默认薪酬用于新建的目标责任书；已有的目标责任书保留各自填写的金额。以上金额为示例，请按本行考核办法修改。",
    "en-US":
      "The default pay goes into new target sheets; existing ones keep the amounts typed in them. The amounts are examples: set them by the bank's own rules.",
  },

  // ---- 考核汇总
  "targets.summary.title": { "zh-CN": "考核汇总", "en-US": "Assessment summary" },
  "targets.summary.subtitle": {
    "zh-CN": "{year}年度管户客户经理月度考核得分与季度兑现（公式取自各目标责任书，排名按已考核月份的平均得分）",
    "en-US":
      "{year} officers' monthly scores and quarterly pay (formulas from each target sheet; ranked by the average of the months scored)",
  },
  "targets.summary.col.seq": { "zh-CN": "序号", "en-US": "No." },
  "targets.summary.col.officer": { "zh-CN": "管户客户经理", "en-US": "Officer" },
  "targets.summary.col.average": { "zh-CN": "已考核月均分", "en-US": "Average so far" },
  "targets.summary.col.rank": { "zh-CN": "排名", "en-US": "Rank" },
  "targets.summary.col.quarter-pay": { "zh-CN": "{quarter}兑现", "en-US": "{quarter} pay" },
  "targets.summary.col.year-pay": { "zh-CN": "全年兑现", "en-US": "Year's pay" },
  "targets.summary.none": { "zh-CN": "（没有可汇总的目标责任书）", "en-US": "(no target sheets to summarise)" },

  // ---- what the use case reports
  "targets.problem.no-officers": {
    "zh-CN": "台账“{ledger}”中没有填写管户客户经理的贷款，无法生成目标责任书",
    "en-US": "No loan in the ledger “{ledger}” names its officer, so there is no target sheet to generate",
  },
  "targets.problem.no-officers.hint": {
    "zh-CN": "请在台账的“管户客户经理”列填写每笔贷款的管户人后重试。",
    "en-US": "Fill in the 管户客户经理 (officer) column of the ledger and try again.",
  },
  "targets.blocked.other-year": {
    "zh-CN": "“{sheet}”是 {found} 年度的目标责任书，未覆盖；如需生成 {year} 年度的，请先将其重命名（例如加上年份）",
    "en-US":
      "“{sheet}” holds the {found} targets and was left as it is; to generate {year}'s, rename it first (add the year, for instance)",
  },
  "targets.blocked.unreadable": {
    "zh-CN": "“{sheet}”的表格结构已被改动，无法确认其中填写的内容，未覆盖；请恢复原结构或将其重命名后重试",
    "en-US":
      "“{sheet}” was restructured, so what was typed in it cannot be found; it was left as it is. Restore its layout or rename it, then try again",
  },
  "targets.orphans": {
    "zh-CN": "台账中已没有以下客户经理的贷款，他们的目标责任书保留未动，也不列入考核汇总：{sheets}",
    "en-US":
      "The ledger no longer names these officers; their target sheets were kept as they are and left out of the summary: {sheets}",
  },
  "targets.params.invalid": {
    "zh-CN": "“{sheet}”中的等级系数表无法使用（{reason}），已按默认等级系数表重写",
    "en-US": "The grade table on “{sheet}” could not be used ({reason}); it was rewritten with the default grades",
  },
  "targets.params.invalid.not-number": {
    "zh-CN": "第 {row} 行的下限或系数不是数字",
    "en-US": "row {row}'s bound or coefficient is not a number",
  },
  "targets.params.invalid.order": {
    "zh-CN": "第 {row} 行的下限没有大于上一行",
    "en-US": "row {row}'s bound is not above the row before",
  },
  "targets.params.invalid.pay": {
    "zh-CN": "“{sheet}”中的默认薪酬不是数字，已按默认值重写",
    "en-US": "The default pay on “{sheet}” is not a number; it was rewritten with the default",
  },

  // ---- task pane
  "targets.pane.tab": { "zh-CN": "目标责任书", "en-US": "Targets" },
  "targets.pane.intro": {
    "zh-CN":
      "按台账中的管户客户经理，每人生成一张目标责任书（管户资产、考核指标、每月实际、月度得分和季度兑现），并生成考核汇总。重新生成时刷新管户资产，保留已填写的目标和实际。",
    "en-US":
      "One target sheet per officer named in the ledger (loans managed, indicators, monthly actuals, monthly scores and quarterly pay), and a summary. Generating again refreshes the loans and keeps the targets and actuals typed.",
  },
  "targets.pane.year": { "zh-CN": "考核年度", "en-US": "Year" },
  "targets.pane.year.hint": {
    "zh-CN": "留空则取台账统计日期所在年度",
    "en-US": "Leave empty for the year of the ledger's as-of date",
  },
  "targets.pane.year.invalid": { "zh-CN": "请输入 4 位年份，例如 2026", "en-US": "Type a four-digit year, e.g. 2026" },
  "targets.pane.run": { "zh-CN": "生成目标责任书", "en-US": "Generate target sheets" },
  "targets.pane.running": { "zh-CN": "正在读取台账…", "en-US": "Reading the ledger…" },
  "targets.pane.preview.title": {
    "zh-CN": "将生成 {count} 张目标责任书",
    "en-US": "{count} target sheet(s) will be written",
  },
  "targets.pane.preview.ledger": {
    "zh-CN": "台账“{ledger}”，统计日期 {asOf}，{year} 年度。如需使用其他台账，请先切换到该工作表。",
    "en-US": "Ledger “{ledger}” as of {asOf}, year {year}. To use another ledger, go to its sheet first.",
  },
  "targets.pane.preview.counts": {
    "zh-CN": "新建 {created} 张，更新 {updated} 张；另写入“{summary}”和“{params}”。",
    "en-US": "{created} new, {updated} updated; “{summary}” and “{params}” are written too.",
  },
  "targets.pane.preview.officer": {
    "zh-CN": "{officer}：{accounts} 户，贷款余额 {balance}",
    "en-US": "{officer}: {accounts} customer(s), balance {balance}",
  },
  "targets.pane.preview.new": { "zh-CN": "（新建）", "en-US": " (new)" },
  "targets.pane.preview.update": { "zh-CN": "（更新）", "en-US": " (update)" },
  "targets.pane.preview.list": { "zh-CN": "目标责任书清单", "en-US": "Target sheets" },
  "targets.pane.confirm": { "zh-CN": "确认生成", "en-US": "Write them" },
  "targets.pane.writing": { "zh-CN": "正在写入…", "en-US": "Writing…" },
  "targets.pane.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "targets.pane.done": {
    "zh-CN": "已写入 {count} 张目标责任书和“{summary}”",
    "en-US": "Wrote {count} target sheet(s) and “{summary}”",
  },
  "targets.pane.done.hint": {
    "zh-CN": "在各目标责任书的黄色单元格中填写每月实际，得分和兑现金额由公式自动计算。",
    "en-US":
      "Type each month's actuals in the yellow cells of each sheet; the scores and pay are computed by the formulas.",
  },
  "targets.pane.notices": { "zh-CN": "请注意", "en-US": "Please note" },

  // ---- command line
  "targets.cli.summary": {
    "zh-CN": "按管户客户经理生成目标责任书（月考核、季兑现）和考核汇总",
    "en-US": "write each officer's target sheet (scored monthly, paid quarterly) and the summary",
  },
  "targets.cli.opt.year": {
    "zh-CN": "考核年度（默认：台账统计日期所在年度）",
    "en-US": "the assessment year (default: the year of the ledger's as-of date)",
  },
  "targets.cli.opt.sheet": {
    "zh-CN": "台账所在的工作表（默认：自动识别）",
    "en-US": "the ledger's sheet (default: found automatically)",
  },
  "targets.cli.value.year": { "zh-CN": "年份", "en-US": "YYYY" },
  "targets.cli.value.name": { "zh-CN": "名称", "en-US": "NAME" },
  "targets.cli.error.no-file": {
    "zh-CN": "请指定一个台账文件，例如：postloan targets 贷后台账.xlsx --out 目标责任书.xlsx",
    "en-US": "Name one ledger file, e.g. postloan targets ledger.xlsx --out targets.xlsx",
  },
  "targets.cli.error.many-files": {
    "zh-CN": "postloan targets 一次处理一个文件，收到了 {count} 个",
    "en-US": "postloan targets works on one file at a time; {count} were given",
  },
  "targets.cli.error.bad-year": {
    "zh-CN": "--year 的值“{value}”不是年份，请写 4 位年份，例如 --year 2026",
    "en-US": "--year “{value}” is not a year; write four digits, e.g. --year 2026",
  },
  "targets.cli.heading": {
    "zh-CN": "{file}：{count} 名管户客户经理（台账“{ledger}”，统计日期 {asOf}，{year} 年度）",
    "en-US": "{file}: {count} officer(s) (ledger “{ledger}”, as of {asOf}, year {year})",
  },
  "targets.cli.line": {
    "zh-CN": "  {officer}　{accounts} 户　余额 {balance}　不良率 {ratio}　→ {sheet}",
    "en-US": "  {officer}  {accounts} customer(s)  balance {balance}  NPL ratio {ratio}  → {sheet}",
  },
  "targets.cli.scores": {
    "zh-CN": "    月度得分：{scores}",
    "en-US": "    monthly scores: {scores}",
  },
  "targets.cli.written": {
    "zh-CN": "已写入 {out}：{count} 张目标责任书、“{summary}”、“{params}”",
    "en-US": "Wrote {out}: {count} target sheet(s), “{summary}” and “{params}”",
  },
  "targets.cli.not-written": {
    "zh-CN": "（未指定 --out，只读取未写入；加 --out 结果.xlsx 生成目标责任书）",
    "en-US": "(no --out: nothing was written; add --out result.xlsx to write the sheets)",
  },
  "targets.cli.notice": { "zh-CN": "注意：{message}", "en-US": "Note: {message}" },
  "targets.cli.example": {
    "zh-CN": "为台账中的每名管户客户经理生成 2026 年度目标责任书",
    "en-US": "write the 2026 target sheet of every officer in the ledger",
  },
} satisfies Record<string, MessageText>;

export type TargetMessageId = keyof typeof targetMessages;

/** A 目标责任书 string, looked up in this table directly so that the feature does not wait on the catalogue merge. */
export function targetText(id: TargetMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(targetMessages[id][locale], params);
}
