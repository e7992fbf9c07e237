import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Messages of 检查评分表 (branch scorecards): the 评分标准 sheet's headings
 * and the problems found in it, the scorecard, evidence, summary and notice
 * sheets, and the pane and command line. Item names, grades (优秀 …) and
 * 是/否 stay Chinese in en-US: they are the bank's data and the formulas
 * compare them.
 */
export const scoreMessages = {
  // ---- sheet names (fixed: the add-in finds its sheets by them, whatever the language)
  "score.sheet.standard": { "zh-CN": "评分标准", "en-US": "评分标准" },
  "score.sheet.summary": { "zh-CN": "评分汇总", "en-US": "评分汇总" },
  "score.sheet.scorecard-prefix": { "zh-CN": "评分表-", "en-US": "评分表-" },
  "score.sheet.evidence-prefix": { "zh-CN": "评分依据-", "en-US": "评分依据-" },
  "score.sheet.notice-prefix": { "zh-CN": "限期整改通知书-", "en-US": "限期整改通知书-" },
  "score.branch.unassigned": { "zh-CN": "未填机构", "en-US": "未填机构" },

  // ---- 评分标准 sheet
  "score.standard.title": { "zh-CN": "贷后管理检查评分标准", "en-US": "Post-loan inspection scoring standard" },
  "score.standard.note": {
    "zh-CN":
      "本表是本行的评分标准，可直接修改，重新生成评分表即按新标准评分。各项目“标准分”合计须为 {full} 分；“每次扣分”“扣分上限”“特别扣分”为不小于 0 的数字，“扣分上限”留空即为该项标准分（扣完为止）；“自动来源规则”填写台账检查的规则编号，多个用逗号分隔（见下方说明）；“评分方式”填“自动”或“手工”，手工项目由检查人在评分表中填写发生次数；“一票否决”填“是”或“否”。",
    "en-US":
      "This is the bank's own scoring standard: edit it here and generate the scorecards again to score by it. The items' points must add up to {full}; per-occurrence deductions, caps and special deductions are numbers of at least 0, and a blank cap means the item's points (deduct down to 0); rule sources are ledger-check rule ids separated by commas (see the notes below); scoring is 自动 (automatic) or 手工 (by hand: the inspector types the occurrences on the scorecard); veto is 是 or 否.",
  },
  "score.col.category": { "zh-CN": "类别", "en-US": "Category" },
  "score.col.item": { "zh-CN": "项目", "en-US": "Item" },
  "score.col.points": { "zh-CN": "标准分", "en-US": "Points" },
  "score.col.description": { "zh-CN": "扣分标准", "en-US": "Deduction standard" },
  "score.col.per-occurrence": { "zh-CN": "每次扣分", "en-US": "Per occurrence" },
  "score.col.cap": { "zh-CN": "扣分上限", "en-US": "Cap" },
  "score.col.sources": { "zh-CN": "自动来源规则", "en-US": "Rule sources" },
  "score.col.special": { "zh-CN": "特别扣分", "en-US": "Special deduction" },
  "score.col.mode": { "zh-CN": "评分方式", "en-US": "Scoring" },
  "score.col.veto": { "zh-CN": "一票否决", "en-US": "Veto" },
  "score.standard.total": { "zh-CN": "合计", "en-US": "Total" },
  "score.standard.params": { "zh-CN": "评分参数", "en-US": "Parameters" },
  "score.param.excellent": { "zh-CN": "优秀（不低于）", "en-US": "优秀 from" },
  "score.param.good": { "zh-CN": "良好（不低于）", "en-US": "良好 from" },
  "score.param.pass": { "zh-CN": "合格（不低于）", "en-US": "合格 from" },
  "score.param.threshold": { "zh-CN": "扣罚分数线（低于此分扣罚）", "en-US": "Penalty threshold (fined below)" },
  "score.param.amount": { "zh-CN": "扣罚金额（元）", "en-US": "Penalty amount (yuan)" },
  "score.param.days": { "zh-CN": "整改期限（天）", "en-US": "Rectification period (days)" },
  "score.standard.rules": { "zh-CN": "自动来源规则说明", "en-US": "About rule sources" },
  "score.standard.rules.note": {
    "zh-CN":
      "一条问题只计入一个项目：写了冒号筛选的规则（如 required-missing:officer）优先，其余同一规则的问题计入写了该规则（不带冒号）的项目。同一笔贷款在同一项目中有多个问题的，只计一次。",
    "en-US":
      "Each finding counts in one item only: a filtered source (e.g. required-missing:officer) takes precedence, and the rule's other findings go to the item listing the bare rule. A loan with several findings in one item counts once.",
  },
  "score.rules.col.rule": { "zh-CN": "规则编号", "en-US": "Rule id" },
  "score.rules.col.meaning": { "zh-CN": "含义", "en-US": "Meaning" },
  "score.rules.col.filters": { "zh-CN": "可加的冒号筛选", "en-US": "Filters after a colon" },
  "score.rules.filter.columns": {
    "zh-CN": "列名或列键，如 :officer（管户客户经理）、:idNumber（证件号码）",
    "en-US": "a column key or label, e.g. :officer, :idNumber",
  },
  "score.rules.filter.npl": {
    "zh-CN": ":npl（不良贷款分类为正常、关注，按“特别扣分”扣分）",
    "en-US": ":npl (an NPL recorded as 正常/关注; deducts the special deduction)",
  },
  "score.rules.filter.none": { "zh-CN": "无", "en-US": "none" },
  "score.mode.auto": { "zh-CN": "自动", "en-US": "自动" },
  "score.mode.manual": { "zh-CN": "手工", "en-US": "手工" },
  "score.yes": { "zh-CN": "是", "en-US": "是" },
  "score.no": { "zh-CN": "否", "en-US": "否" },

  // ---- problems in the 评分标准 sheet
  "score.problem.no-header": {
    "zh-CN":
      "“{sheet}”表找不到表头行（应有“项目”“标准分”“每次扣分”等列）：请恢复表头，或删除该表后重新生成评分表以写入默认标准",
    "en-US":
      "The {sheet} sheet has no header row (with 项目, 标准分, 每次扣分 …): restore it, or delete the sheet and generate the scorecards again to write the default standard",
  },
  "score.problem.missing-column": {
    "zh-CN": "“{sheet}”表第 {row} 行的表头缺少“{header}”列：请在表头行补上该列",
    "en-US": "The header row {row} of {sheet} has no {header} column: add it",
  },
  "score.problem.no-items": {
    "zh-CN": "“{sheet}”表没有评分项目：请在表头下方逐行填写项目",
    "en-US": "The {sheet} sheet lists no items: add them below the header",
  },
  "score.problem.item-empty": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“项目”为空，但该行填有其他内容：请填写项目名称，或清空整行",
    "en-US": "{sheet} row {row}, {cell}: the item name is empty but the row is not: name the item or clear the row",
  },
  "score.problem.item-duplicate": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：项目“{item}”与第 {first} 行重名：每个项目名称只能出现一次",
    "en-US": "{sheet} row {row}, {cell}: item {item} repeats row {first}: each item name may appear once",
  },
  "score.problem.item-chars": {
    "zh-CN":
      "“{sheet}”表第 {row} 行 {cell}：项目名称“{item}”含有 * ? ~ 或以 = < > 开头，评分表的计数公式无法按此名称计数：请改用其他字符",
    "en-US":
      "{sheet} row {row}, {cell}: item name {item} contains * ? ~ or begins with = < >, which the scorecard's counting formulas cannot match: use other characters",
  },
  "score.problem.not-number": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{header}”应为不小于 0 的数字，现为“{value}”：请改为数字，如 {example}",
    "en-US": "{sheet} row {row}, {cell}: {header} must be a number of at least 0, not “{value}”: enter e.g. {example}",
  },
  "score.problem.required": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{header}”未填写：请填写不小于 0 的数字，如 {example}",
    "en-US": "{sheet} row {row}, {cell}: {header} is empty: enter a number of at least 0, e.g. {example}",
  },
  "score.problem.negative": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{header}”为 {value}，不能为负数：请改为 0 或正数",
    "en-US": "{sheet} row {row}, {cell}: {header} is {value} and cannot be negative: enter 0 or more",
  },
  "score.problem.unknown-rule": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{token}”不是台账检查的规则编号：可用的规则编号有 {rules}",
    "en-US": "{sheet} row {row}, {cell}: “{token}” is not a ledger-check rule id; the rule ids are {rules}",
  },
  "score.problem.unknown-filter": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{token}”冒号后的筛选无法识别：该规则冒号后可写 {allowed}",
    "en-US":
      "{sheet} row {row}, {cell}: the filter after the colon in “{token}” is unknown; this rule accepts {allowed}",
  },
  "score.problem.no-filter": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：规则“{token}”不能加冒号筛选：请去掉冒号及其后的内容",
    "en-US": "{sheet} row {row}, {cell}: rule “{token}” takes no filter: remove the colon and what follows",
  },
  "score.problem.source-twice": {
    "zh-CN":
      "“{sheet}”表第 {row} 行 {cell}：规则“{token}”已用于第 {first} 行的项目“{item}”：同一问题只能计入一个项目，请只保留一处",
    "en-US":
      "{sheet} row {row}, {cell}: source “{token}” is already used by item {item} on row {first}: a finding counts in one item only, keep one",
  },
  "score.problem.mode": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“评分方式”应为“自动”或“手工”，现为“{value}”",
    "en-US": "{sheet} row {row}, {cell}: scoring must be 自动 or 手工, not “{value}”",
  },
  "score.problem.veto": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“一票否决”应为“是”或“否”，现为“{value}”",
    "en-US": "{sheet} row {row}, {cell}: veto must be 是 or 否, not “{value}”",
  },
  "score.problem.auto-without-rules": {
    "zh-CN":
      "“{sheet}”表第 {row} 行 {cell}：项目“{item}”的评分方式为“自动”，但未填写“自动来源规则”：请填写规则编号，或把评分方式改为“手工”",
    "en-US":
      "{sheet} row {row}, {cell}: item {item} is scored 自动 but names no rule source: add rule ids or make it 手工",
  },
  "score.problem.points-sum": {
    "zh-CN": "“{sheet}”表各项目“标准分”合计为 {sum} 分，应为 {full} 分（{diff}）：请调整各项目的标准分",
    "en-US": "The items' points in {sheet} add up to {sum}, not {full} ({diff}): adjust the points",
  },
  "score.problem.sum-over": { "zh-CN": "多 {n} 分", "en-US": "{n} too many" },
  "score.problem.sum-under": { "zh-CN": "少 {n} 分", "en-US": "{n} short" },
  "score.problem.param": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：“{label}”应为数字，现为“{value}”：请改为数字，如 {example}",
    "en-US": "{sheet} row {row}, {cell}: {label} must be a number, not “{value}”: enter e.g. {example}",
  },
  "score.problem.bands": {
    "zh-CN":
      "“{sheet}”表的等级分数线应满足 {full} ≥ 优秀 > 良好 > 合格 ≥ 0，现为 优秀 {excellent}、良好 {good}、合格 {pass}：请修改“评分参数”中的分数线",
    "en-US":
      "The grade bands in {sheet} must satisfy {full} ≥ 优秀 > 良好 > 合格 ≥ 0; they are 优秀 {excellent}, 良好 {good}, 合格 {pass}: fix them under Parameters",
  },
  "score.problem.threshold": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：扣罚分数线 {value} 应在 0 到 {full} 之间",
    "en-US": "{sheet} row {row}, {cell}: the penalty threshold {value} must lie between 0 and {full}",
  },
  "score.problem.days": {
    "zh-CN": "“{sheet}”表第 {row} 行 {cell}：整改期限应为 1 到 365 之间的整数天数，现为 {value}",
    "en-US":
      "{sheet} row {row}, {cell}: the rectification period must be a whole number of days from 1 to 365, not {value}",
  },

  // ---- scorecard
  "score.card.title": { "zh-CN": "贷后管理检查评分表", "en-US": "Post-loan inspection scorecard" },
  "score.card.unit": { "zh-CN": "被检查单位", "en-US": "Unit inspected" },
  "score.card.date": { "zh-CN": "检查日期", "en-US": "Inspection date" },
  "score.card.inspectors": { "zh-CN": "检查人员", "en-US": "Inspectors" },
  "score.card.as-of": { "zh-CN": "台账统计日期", "en-US": "Ledger as of" },
  "score.card.ledger": { "zh-CN": "依据台账", "en-US": "Ledger" },
  "score.card.loans": { "zh-CN": "贷款笔数", "en-US": "Loans" },
  "score.card.col.occurrences": { "zh-CN": "发生次数", "en-US": "Occurrences" },
  "score.card.col.special-occurrences": { "zh-CN": "特别情形次数", "en-US": "Special occurrences" },
  "score.card.col.deduction": { "zh-CN": "扣分", "en-US": "Deduction" },
  "score.card.col.score": { "zh-CN": "得分", "en-US": "Score" },
  "score.card.col.evidence": { "zh-CN": "评分依据", "en-US": "Evidence" },
  "score.card.col.rank": { "zh-CN": "失分排序（辅助列，不打印）", "en-US": "Loss rank (helper, not printed)" },
  "score.card.evidence-link": { "zh-CN": "查看依据", "en-US": "See evidence" },
  "score.card.manual": { "zh-CN": "现场手工评分", "en-US": "Scored on site" },
  "score.card.veto-mark": { "zh-CN": "【一票否决】", "en-US": "[Veto] " },
  "score.card.total": { "zh-CN": "合计", "en-US": "Total" },
  "score.card.grade": { "zh-CN": "评分等级", "en-US": "Grade" },
  "score.card.penalty": { "zh-CN": "扣罚金额（元）", "en-US": "Penalty (yuan)" },
  "score.card.veto-count": { "zh-CN": "一票否决项发生次数", "en-US": "Veto occurrences" },
  "score.card.threshold": { "zh-CN": "扣罚分数线", "en-US": "Penalty threshold" },
  "score.card.top": { "zh-CN": "失分最多的项目", "en-US": "Items that cost most" },
  "score.card.note": {
    "zh-CN":
      "说明：自动评分项目的发生次数由“{evidence}”表中未剔除的问题贷款自动计数（每笔贷款在每个项目中只计一次）；如需剔除某笔，请在该表“剔除”列选“是”并注明原因，本表随即重算。手工评分项目请在黄色单元格填写发生次数。扣分 = MIN(扣分上限, 发生次数×每次扣分 + 特别情形次数×特别扣分)，每项得分不低于 0；得分低于 {threshold} 分的扣罚 {amount} 元。",
    "en-US":
      "Notes: occurrences of automatic items are counted from the loans listed in {evidence} that are not set aside (a loan counts once per item); to set one aside, choose 是 in its 剔除 column and give the reason, and this sheet recalculates. For items scored by hand, type the occurrences into the yellow cells. Deduction = MIN(cap, occurrences × per occurrence + special occurrences × special deduction); an item never goes below 0; a total below {threshold} is fined {amount} yuan.",
  },
  "score.card.sign.inspector": { "zh-CN": "检查人（签字）：", "en-US": "Inspector (signature):" },
  "score.card.sign.head": { "zh-CN": "被检查单位负责人（签字）：", "en-US": "Head of the unit (signature):" },
  "score.card.sign.date": { "zh-CN": "日期：　　年　　月　　日", "en-US": "Date:" },

  // ---- evidence
  "score.evidence.title": { "zh-CN": "评分依据 — {branch}", "en-US": "Scoring evidence — {branch}" },
  "score.evidence.note": {
    "zh-CN":
      "每行是一笔贷款在一个评分项目中的问题（同一笔贷款在同一项目中有多个问题只列一行、只计一次）。核实后如需剔除，请在“剔除”列选“是”并填写“剔除原因”，评分表自动重算；重新生成评分表时保留剔除标记。",
    "en-US":
      "Each row is one loan's findings in one item (a loan counts once per item). To set a row aside after checking it, choose 是 under 剔除 and give the reason: the scorecard recalculates, and regenerating keeps the mark.",
  },
  "score.evidence.col.no": { "zh-CN": "序号", "en-US": "No." },
  "score.evidence.col.key": { "zh-CN": "借据号", "en-US": "Loan no." },
  "score.evidence.col.customer": { "zh-CN": "客户名称", "en-US": "Customer" },
  "score.evidence.col.rules": { "zh-CN": "规则", "en-US": "Rules" },
  "score.evidence.col.problem": { "zh-CN": "问题", "en-US": "Findings" },
  "score.evidence.col.where": { "zh-CN": "台账位置", "en-US": "In the ledger" },
  "score.evidence.col.special": { "zh-CN": "特别情形", "en-US": "Special" },
  "score.evidence.col.excluded": { "zh-CN": "剔除", "en-US": "剔除 (set aside)" },
  "score.evidence.col.reason": { "zh-CN": "剔除原因", "en-US": "Reason" },
  "score.evidence.none": {
    "zh-CN": "（台账检查未发现计入自动评分项目的问题）",
    "en-US": "(the ledger check found nothing that counts in an automatic item)",
  },

  // ---- summary
  "score.summary.title": { "zh-CN": "贷后管理检查评分汇总", "en-US": "Post-loan inspection scores" },
  "score.summary.as-of": {
    "zh-CN": "台账统计日期：{asOf}　　依据台账：{ledger}　　机构数：{count}",
    "en-US": "Ledger as of {asOf}   Ledger: {ledger}   Units: {count}",
  },
  "score.summary.col.rank": { "zh-CN": "名次", "en-US": "Rank" },
  "score.summary.col.branch": { "zh-CN": "机构", "en-US": "Unit" },
  "score.summary.col.score": { "zh-CN": "得分", "en-US": "Score" },
  "score.summary.col.grade": { "zh-CN": "等级", "en-US": "Grade" },
  "score.summary.col.penalty": { "zh-CN": "扣罚金额（元）", "en-US": "Penalty (yuan)" },
  "score.summary.col.top": { "zh-CN": "失分最多的项目", "en-US": "Items that cost most" },
  "score.summary.col.previous": { "zh-CN": "上次得分", "en-US": "Previous score" },
  "score.summary.col.change": { "zh-CN": "较上次变化", "en-US": "Change" },
  "score.summary.col.below": { "zh-CN": "低于扣罚线", "en-US": "Below threshold" },
  "score.summary.col.notice": { "zh-CN": "整改通知书", "en-US": "Rectification notice" },
  "score.summary.col.card": { "zh-CN": "评分表", "en-US": "Scorecard" },
  "score.summary.notice-kept": {
    "zh-CN": "{number}（已保留；本次评分不低于 {threshold} 分）",
    "en-US": "{number} (kept; this scoring is not below {threshold})",
  },
  "score.summary.total": { "zh-CN": "合计 / 平均", "en-US": "Total / average" },
  "score.summary.note": {
    "zh-CN":
      "得分、等级、扣罚金额和失分最多的项目取自各机构评分表，随评分表重算；名次按得分从高到低。“上次得分”是本工作簿中统计日期早于本次的最近一次评分。曾低于扣罚线、本次已达标的机构，原整改通知书保留不删除（可能已经送达），在“整改通知书”列注明。",
    "en-US":
      "Scores, grades, penalties and costliest items come from each unit's scorecard and follow it; rank is by score, highest first. The previous score is the latest scoring in this workbook with an earlier as-of date. A unit that was below the threshold and no longer is keeps its earlier notice (it may have been sent), as the notice column says.",
  },

  // ---- notice
  "score.notice.title": { "zh-CN": "限期整改通知书", "en-US": "Rectification notice" },
  "score.notice.to": { "zh-CN": "{branch}：", "en-US": "To {branch}:" },
  "score.notice.body": {
    "zh-CN":
      "根据贷后管理检查评分（台账统计日期 {asOf}，检查日期 {date}），你单位得分 {score} 分，评定为“{grade}”，低于 {threshold} 分，按规定从发展费用中扣减 {amount} 元。检查发现的主要问题及失分项目如下：",
    "en-US":
      "By the post-loan inspection scoring (ledger as of {asOf}, inspected {date}), your unit scored {score}, graded {grade}, below {threshold}; {amount} yuan is deducted from the development budget as the rules provide. The problems found and the points lost:",
  },
  "score.notice.col.no": { "zh-CN": "序号", "en-US": "No." },
  "score.notice.col.item": { "zh-CN": "失分项目", "en-US": "Item" },
  "score.notice.col.lost": { "zh-CN": "失分", "en-US": "Lost" },
  "score.notice.col.problems": { "zh-CN": "发现的问题", "en-US": "Problems found" },
  "score.notice.loans": {
    "zh-CN": "{count} 笔贷款：{kinds}。涉及借据号：{keys}",
    "en-US": "{count} loans: {kinds}. Loan nos.: {keys}",
  },
  "score.notice.more": { "zh-CN": "等 {count} 笔", "en-US": "and {count} in all" },
  "score.notice.manual": { "zh-CN": "现场检查发现 {count} 次", "en-US": "{count} found on site" },
  "score.notice.veto": { "zh-CN": "存在一票否决事项", "en-US": "a veto item occurred" },
  "score.notice.demand": {
    "zh-CN":
      "请你单位高度重视，逐项落实整改，于 {deadline} 前完成整改，并将整改情况书面报送检查组。逾期未整改或整改不到位的，将依据考核办法追究相关责任人责任。",
    "en-US":
      "Please rectify each point and report in writing to the inspection team by {deadline}. Failure to rectify in time will be followed up under the assessment rules.",
  },
  "score.notice.issuer": { "zh-CN": "检查组（盖章）", "en-US": "Inspection team (seal)" },
  "score.notice.reply": { "zh-CN": "整改情况回复", "en-US": "Reply on rectification" },
  "score.notice.reply.measures": { "zh-CN": "整改措施：", "en-US": "Measures taken:" },
  "score.notice.reply.result": { "zh-CN": "整改结果：", "en-US": "Result:" },
  "score.notice.reply.head": { "zh-CN": "单位负责人（签字）：", "en-US": "Head of the unit (signature):" },
  "score.notice.reply.date": { "zh-CN": "回复日期：　　年　　月　　日（盖章）", "en-US": "Date of reply (seal):" },
  "score.notice.number": { "zh-CN": "〔{year}〕第{n}号", "en-US": "〔{year}〕第{n}号" },

  // ---- use case, pane and command line
  "score.problem.standard-invalid": {
    "zh-CN": "“{sheet}”表有 {count} 处需要修改，暂不能评分",
    "en-US": "The {sheet} sheet needs {count} correction(s) before scoring",
  },
  "score.problem.standard-invalid.hint": {
    "zh-CN": "按下列提示修改“{sheet}”表后再生成评分表；删除该表可恢复默认标准。",
    "en-US": "Fix {sheet} as listed, then generate again; deleting the sheet restores the default standard.",
  },
  "score.problem.no-branch": {
    "zh-CN": "台账中没有机构“{branch}”的贷款",
    "en-US": "The ledger has no loans of {branch}",
  },
  "score.problem.no-branch.hint": {
    "zh-CN": "可选的机构：{branches}",
    "en-US": "Units in the ledger: {branches}",
  },
  "score.problem.no-loans": {
    "zh-CN": "台账“{sheet}”没有贷款数据，无法评分",
    "en-US": "The ledger {sheet} has no loans to score",
  },
  "score.problem.no-loans.hint": {
    "zh-CN": "请确认选择的是贷后管理台账，且表头下方有贷款行。",
    "en-US": "Check that this is the post-loan ledger and that it has loan rows below the header.",
  },
  "score.note.manual-reset": {
    "zh-CN": "“{sheet}”中项目“{item}”的发生次数“{value}”不是不小于 0 的数字，已按 0 计",
    "en-US": "In {sheet}, the occurrences “{value}” of {item} are not a number of at least 0 and were taken as 0",
  },
  "score.note.records-skipped": {
    "zh-CN": "“{sheet}”中有 {count} 条记录无法识别，已忽略（只影响“较上次变化”和通知书编号的参考）",
    "en-US":
      "{count} entries of {sheet} could not be read and were ignored (they only inform the change column and notice numbering)",
  },
  "score.note.standard-written": {
    "zh-CN": "已写入默认评分标准“{sheet}”，可按本行制度修改后重新生成",
    "en-US": "Wrote the default standard {sheet}; edit it to the bank's rules and generate again",
  },

  "score.pane.tab": { "zh-CN": "检查评分", "en-US": "Scorecards" },
  "score.pane.intro": {
    "zh-CN":
      "依据台账检查发现的问题，按“评分标准”表为各机构生成检查评分表、评分依据、评分汇总和限期整改通知书。检查人填写的手工项目和剔除标记在重新生成时保留。",
    "en-US":
      "Scores each unit from the ledger check's findings by the 评分标准 sheet: scorecards, evidence, a ranked summary and rectification notices. What the inspector typed (manual items, set-aside marks) is kept when generating again.",
  },
  "score.pane.branch": { "zh-CN": "机构", "en-US": "Unit" },
  "score.pane.branch.all": { "zh-CN": "全部机构", "en-US": "All units" },
  "score.pane.preview": { "zh-CN": "预览", "en-US": "Preview" },
  "score.pane.previewing": { "zh-CN": "正在计算…", "en-US": "Calculating…" },
  "score.pane.run": { "zh-CN": "生成评分表", "en-US": "Generate scorecards" },
  "score.pane.running": { "zh-CN": "正在生成…", "en-US": "Generating…" },
  "score.pane.plan": {
    "zh-CN": "将写入 {cards} 张评分表、{cards} 张评分依据{summary}、{notices} 份限期整改通知书：",
    "en-US": "Will write {cards} scorecard(s), {cards} evidence sheet(s){summary}, {notices} notice(s):",
  },
  "score.pane.plan.summary": { "zh-CN": "、1 张评分汇总", "en-US": ", 1 summary" },
  "score.pane.plan.notices-for": {
    "zh-CN": "整改通知书发往：{branches}",
    "en-US": "Notices go to: {branches}",
  },
  "score.pane.done": {
    "zh-CN": "已生成 {cards} 个机构的评分表{notices}",
    "en-US": "Generated the scorecards of {cards} unit(s){notices}",
  },
  "score.pane.done.notices": { "zh-CN": "，{count} 份限期整改通知书", "en-US": ", {count} notice(s)" },
  "score.pane.col.branch": { "zh-CN": "机构", "en-US": "Unit" },
  "score.pane.col.score": { "zh-CN": "得分", "en-US": "Score" },
  "score.pane.col.grade": { "zh-CN": "等级", "en-US": "Grade" },
  "score.pane.col.penalty": { "zh-CN": "扣罚", "en-US": "Penalty" },
  "score.pane.top": { "zh-CN": "失分最多：{items}", "en-US": "Cost most: {items}" },
  "score.pane.summary.label": { "zh-CN": "各机构评分", "en-US": "Scores by unit" },
  "score.pane.open": { "zh-CN": "打开", "en-US": "Open" },
  "score.pane.standard.problems": {
    "zh-CN": "“评分标准”表需要修改",
    "en-US": "The 评分标准 sheet needs correcting",
  },
  "score.pane.as-of": { "zh-CN": "统计日期 {date}", "en-US": "As of {date}" },
  "score.pane.none": { "zh-CN": "无", "en-US": "none" },

  "score.cli.cmd": { "zh-CN": "按评分标准为各机构生成检查评分表", "en-US": "score each unit by the scoring standard" },
  "score.cli.example": {
    "zh-CN": "为各机构评分，另存带评分表、汇总和整改通知书的副本",
    "en-US": "score every unit and save a copy with the scorecards, summary and notices",
  },
  "score.cli.example-json": {
    "zh-CN": "只输出各机构得分（JSON）",
    "en-US": "print the scores only (JSON)",
  },
  "score.cli.heading": {
    "zh-CN": "{file}：{count} 个机构（台账“{sheet}”，统计日期 {asOf}）",
    "en-US": "{file}: {count} unit(s) (ledger {sheet}, as of {asOf})",
  },
  "score.cli.line": {
    "zh-CN": "{rank}. {branch}　{score} 分　{grade}{penalty}{top}",
    "en-US": "{rank}. {branch}  {score}  {grade}{penalty}{top}",
  },
  "score.cli.line.penalty": { "zh-CN": "　扣罚 {amount} 元", "en-US": "  fined {amount} yuan" },
  "score.cli.line.top": { "zh-CN": "　失分最多：{items}", "en-US": "  cost most: {items}" },
  "score.cli.written": {
    "zh-CN": "已写入 {out}：{cards} 张评分表、评分汇总、{notices} 份限期整改通知书",
    "en-US": "Wrote {out}: {cards} scorecard(s), the summary and {notices} notice(s)",
  },
  "score.cli.no-file": {
    "zh-CN": "请指定要评分的台账文件，例如：postloan score 台账.xlsx --out 评分.xlsx",
    "en-US": "Name the ledger file to score, e.g. postloan score ledger.xlsx --out scored.xlsx",
  },
  "score.cli.one-file": {
    "zh-CN": "score 一次只处理一个文件（收到 {count} 个）：各机构的贷款应在同一张台账中；请逐个文件运行。",
    "en-US":
      "score takes one file at a time (got {count}): every unit's loans belong in one ledger; run it once per file.",
  },
  "score.cli.plan-only": {
    "zh-CN": "（未指定 --out，未写入任何文件；加 --out 评分.xlsx 另存带评分表的副本）",
    "en-US": "(no --out given, nothing written; add --out scored.xlsx to save a copy with the scorecards)",
  },
  "score.cli.standard-problem": { "zh-CN": "  - {message}", "en-US": "  - {message}" },
  "score.cli.opt.branch": {
    "zh-CN": "只为该机构生成评分表（不重写评分汇总）",
    "en-US": "score this unit only (the summary is not rewritten)",
  },
} satisfies Record<string, MessageText>;

export type ScoreMessageId = keyof typeof scoreMessages;

/** A scorecard string, looked up in this table directly so that the feature does not wait on the catalogue merge. */
export function scoreText(id: ScoreMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(scoreMessages[id][locale], params);
}
