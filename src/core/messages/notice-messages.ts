import { fill, type Locale, type MessageParams, type MessageText } from "./message";

/**
 * Messages of 次月到期贷款提示 (next month's maturity notices): the 提示函
 * sheet of each branch with its 附表, the 到期提示汇总 sheet, the task pane
 * tab and the `postloan notices` command. Sheet names, the 处理方式 choices
 * (按期收回 …) and the 备注 guidance the formulas compare stay Chinese in
 * en-US where they are the bank's data; headings and sentences follow the
 * locale.
 */
export const noticeMessages = {
  // ---- sheet names (fixed: the add-in finds its sheets by them, whatever the language)
  "notice.sheet.prefix": { "zh-CN": "到期提示-", "en-US": "到期提示-" },
  "notice.sheet.summary": { "zh-CN": "到期提示汇总", "en-US": "到期提示汇总" },
  "notice.branch.none": { "zh-CN": "未注明机构", "en-US": "未注明机构" },

  // ---- the period
  "notice.period.month": { "zh-CN": "{year}年{month}月", "en-US": "{month} {year}" },
  "notice.period.days": { "zh-CN": "{from}至{to}", "en-US": "{from} to {to}" },

  // ---- the letter (提示函)
  "notice.letter.title": { "zh-CN": "关于{period}到期贷款的提示函", "en-US": "Notice of loans maturing in {period}" },
  "notice.letter.as-of": {
    "zh-CN": "（依据贷后管理台账，统计日期 {asOf}）",
    "en-US": "(from the post-loan ledger as of {asOf})",
  },
  "notice.letter.to": { "zh-CN": "致{branch}：", "en-US": "To {branch}:" },
  "notice.letter.body": {
    "zh-CN":
      "　　经核对贷后管理台账，贵单位于{period}到期的贷款共 {count} 笔，贷款余额合计 {balance}{unit}，明细见附表。为防止形成逾期，请按以下要求提前逐笔落实：",
    "en-US":
      "According to the post-loan ledger, {count} of your loans mature in {period}, with a total balance of {balance}{unit}; they are listed in the schedule below. To keep them from becoming overdue, settle each one in advance as follows:",
  },
  "notice.letter.body.none": {
    "zh-CN": "　　经核对贷后管理台账，贵单位于{period}无到期贷款。",
    "en-US": "According to the post-loan ledger, none of your loans mature in {period}.",
  },
  "notice.letter.repay": {
    "zh-CN": "一、对能够按期收回的，提前做好客户工作，督促借款人准备资金按期还款；",
    "en-US": "1. Where the loan can be repaid on time, work with the borrower in advance so that the funds are ready.",
  },
  "notice.letter.extend": {
    "zh-CN":
      "二、对暂时无力偿还、符合展期或借新还旧条件的，提前准备资料、提前研究申报，防止形成逾期。展期须在到期日前申请，累计展期期限不得超过附表所列“展期上限”（《贷款通则》第十二条）；借新还旧须符合规定条件，办理后贷款至少列为关注类；",
    "en-US":
      "2. Where the borrower cannot repay for now but qualifies for an extension (展期) or a renewal (借新还旧), prepare the papers and apply early so that the loan does not fall overdue. An extension must be applied for before maturity and may not exceed the limit in the schedule (《贷款通则》 art. 12); a renewal must meet its conditions and makes the loan at least 关注.",
  },
  "notice.letter.recover": {
    "zh-CN": "三、对既不能还贷、又无法办理展期和借新还旧手续的，按照“三个不放过”的要求，明确责任人，落实清收保全措施。",
    "en-US":
      "3. Where the loan can neither be repaid nor extended or renewed, name the person responsible and carry out collection and preservation (清收保全), following the “三个不放过” rule.",
  },
  "notice.letter.reply": {
    "zh-CN":
      "请于贷款到期日前在附表“处理方式”栏逐笔选择处理方式（按期收回、展期、借新还旧、清收保全）；选择“清收保全”的，须在“责任人”栏填写责任人。",
    "en-US":
      "Before each maturity date, choose the handling of every loan in the schedule's 处理方式 column (按期收回, 展期, 借新还旧 or 清收保全); for 清收保全, name the person responsible in the 责任人 column.",
  },
  "notice.letter.issuer": { "zh-CN": "信贷管理部", "en-US": "Credit Management Department" },
  "notice.schedule.title": {
    "zh-CN": "附表：{branch}{period}到期贷款明细",
    "en-US": "Schedule: loans of {branch} maturing in {period}",
  },

  // ---- the schedule's columns (附表)
  "notice.col.seq": { "zh-CN": "序号", "en-US": "No." },
  "notice.col.customer": { "zh-CN": "客户名称", "en-US": "Customer" },
  "notice.col.loanNo": { "zh-CN": "借据号", "en-US": "Loan no." },
  "notice.col.balance": { "zh-CN": "贷款余额", "en-US": "Balance" },
  "notice.col.maturity": { "zh-CN": "到期日", "en-US": "Maturity" },
  "notice.col.officer": { "zh-CN": "管户客户经理", "en-US": "Officer" },
  "notice.col.class": { "zh-CN": "五级分类", "en-US": "Class" },
  "notice.col.guarantee": { "zh-CN": "担保方式", "en-US": "Guarantee" },
  "notice.col.handling": { "zh-CN": "处理方式", "en-US": "Handling" },
  "notice.col.extension": { "zh-CN": "展期上限(月)", "en-US": "Max extension (months)" },
  "notice.col.remark": { "zh-CN": "备注", "en-US": "Remark" },
  "notice.col.responsible": { "zh-CN": "责任人", "en-US": "Responsible" },
  "notice.col.unit": { "zh-CN": "{label}（{unit}）", "en-US": "{label} ({unit})" },
  "notice.total": { "zh-CN": "合计", "en-US": "Total" },
  "notice.total.count": { "zh-CN": "共 {count} 笔", "en-US": "{count} loans" },

  // ---- 备注 guidance by 处理方式 (shown by a formula until someone types a remark)
  "notice.note.extend": {
    "zh-CN": "须于到期日前申请，累计展期不超过展期上限；有担保的须经担保人书面同意",
    "en-US": "Apply before maturity; total extension within the limit; guarantors must consent in writing",
  },
  "notice.note.renew": {
    "zh-CN": "须满足借新还旧条件，办理后至少列为关注类",
    "en-US": "Must meet the renewal conditions; the loan becomes at least 关注",
  },
  "notice.note.recover": {
    "zh-CN": "按“三个不放过”要求明确责任人，落实清收保全措施",
    "en-US": "Name the person responsible and carry out collection and preservation",
  },

  // ---- the summary sheet (到期提示汇总)
  "notice.summary.title": { "zh-CN": "{period}到期贷款提示汇总", "en-US": "Loans maturing in {period}: summary" },
  "notice.summary.info": {
    "zh-CN": "统计日期 {asOf}；依据工作表“{ledger}”；生成于 {issued}。各机构填写附表的“处理方式”后，本表自动更新。",
    "en-US":
      "As of {asOf}, from sheet “{ledger}”, made on {issued}. The figures update as the branches fill in the 处理方式 column of their schedules.",
  },
  "notice.summary.by-branch": { "zh-CN": "一、分机构到期情况", "en-US": "1. By branch" },
  "notice.summary.by-handling": { "zh-CN": "二、按处理方式汇总", "en-US": "2. By handling" },
  "notice.summary.undecided": {
    "zh-CN": "三、已到期未定处理方式（{count} 笔）",
    "en-US": "3. Matured without a handling decision ({count})",
  },
  "notice.summary.undecided.none": {
    "zh-CN": "无：以前各期提示的贷款均已选定处理方式，或尚未到期。",
    "en-US": "None: every loan of earlier notices has a handling decision or has not matured yet.",
  },
  "notice.summary.col.branch": { "zh-CN": "机构", "en-US": "Branch" },
  "notice.summary.col.count": { "zh-CN": "到期笔数", "en-US": "Loans" },
  "notice.summary.col.balance": { "zh-CN": "到期余额", "en-US": "Balance" },
  "notice.summary.col.blank": { "zh-CN": "未填处理方式", "en-US": "No handling yet" },
  "notice.summary.col.no-responsible": { "zh-CN": "清收保全未定责任人", "en-US": "清收保全 without a person" },
  "notice.summary.col.handling-count": { "zh-CN": "笔数", "en-US": "Loans" },
  "notice.summary.col.handling-balance": { "zh-CN": "余额", "en-US": "Balance" },
  "notice.summary.handling.blank": { "zh-CN": "未填写", "en-US": "Not filled in" },
  "notice.summary.col.status": { "zh-CN": "台账现状", "en-US": "In the ledger now" },
  "notice.status.settled": { "zh-CN": "已结清或不在台账", "en-US": "Repaid or no longer in the ledger" },
  "notice.status.outstanding": {
    "zh-CN": "余额 {balance}，到期日 {maturity}",
    "en-US": "Balance {balance}, maturity {maturity}",
  },

  // ---- task pane
  "notice.tab": { "zh-CN": "到期提示", "en-US": "Maturities" },
  "notice.pane.intro": {
    "zh-CN":
      "按台账生成各机构的次月到期贷款提示函及附表（含“处理方式”下拉选择）和汇总表。重新生成会更新原表，并保留各机构已填写的处理方式、责任人和备注。",
    "en-US":
      "Writes each branch's notice of next month's maturing loans with its schedule (with a 处理方式 drop-down) and a summary. Generating again updates the same sheets and keeps every handling, person and remark typed in them.",
  },
  "notice.pane.run": { "zh-CN": "生成到期提示", "en-US": "Generate notices" },
  "notice.pane.planning": { "zh-CN": "正在读取台账…", "en-US": "Reading the ledger…" },
  "notice.pane.writing": { "zh-CN": "正在生成…", "en-US": "Writing…" },
  "notice.pane.preview.title": { "zh-CN": "将要生成", "en-US": "About to write" },
  "notice.pane.preview.period": {
    "zh-CN": "{period}到期贷款（统计日期 {asOf}，台账“{ledger}”）",
    "en-US": "Loans maturing in {period} (as of {asOf}, ledger “{ledger}”)",
  },
  "notice.pane.preview.sheets": {
    "zh-CN": "{sheets} 张工作表：{branches} 个机构的提示函，以及“{summary}”；共 {count} 笔，余额合计 {balance}。",
    "en-US": "{sheets} sheets: notices for {branches} branches and “{summary}”; {count} loans, {balance} in all.",
  },
  "notice.pane.preview.branch": {
    "zh-CN": "{branch}：{count} 笔，余额 {balance}",
    "en-US": "{branch}: {count} loan(s), {balance}",
  },
  "notice.pane.preview.update": { "zh-CN": "（更新）", "en-US": " (update)" },
  "notice.pane.preview.remove": {
    "zh-CN": "以下提示函的机构本期已无到期贷款，将被删除：{sheets}",
    "en-US": "These notices are for branches with no maturing loans now and will be deleted: {sheets}",
  },
  "notice.pane.preview.skipped": {
    "zh-CN": "另有 {count} 笔到期贷款的余额为空或无法识别，未列入。",
    "en-US": "{count} more maturing loans have an empty or unreadable balance and are left out.",
  },
  "notice.pane.preview.none": {
    "zh-CN": "{period}没有余额大于 0 的到期贷款；仍会生成汇总表。",
    "en-US": "No loan with a balance matures in {period}; the summary is still written.",
  },
  "notice.pane.confirm": { "zh-CN": "确认生成", "en-US": "Write them" },
  "notice.pane.cancel": { "zh-CN": "取消", "en-US": "Cancel" },
  "notice.pane.done": {
    "zh-CN": "已生成 {count} 张提示函和“{summary}”。",
    "en-US": "Wrote {count} notices and “{summary}”.",
  },
  "notice.pane.removed": { "zh-CN": "已删除：{sheets}。", "en-US": "Deleted: {sheets}." },
  "notice.pane.open-summary": { "zh-CN": "查看汇总表", "en-US": "Open the summary" },
  "notice.pane.undecided.title": {
    "zh-CN": "已到期未定处理方式：{count} 笔",
    "en-US": "Matured without a handling decision: {count}",
  },
  "notice.pane.undecided.item": {
    "zh-CN": "{branch} · {customer} · {key} · 到期 {maturity} · 余额 {balance}",
    "en-US": "{branch} · {customer} · {key} · matured {maturity} · balance {balance}",
  },
  "notice.pane.undecided.more": {
    "zh-CN": "另有 {count} 笔，见汇总表。",
    "en-US": "{count} more in the summary sheet.",
  },

  // ---- command line
  "notice.cli.summary": {
    "zh-CN": "生成次月到期贷款提示函、附表和汇总表",
    "en-US": "Write next month's maturity notices, schedules and summary",
  },
  "notice.cli.file": { "zh-CN": "文件：{file}", "en-US": "File: {file}" },
  "notice.cli.period": {
    "zh-CN": "{period}到期贷款（统计日期 {asOf}，工作表“{ledger}”）：{count} 笔，余额合计 {balance}",
    "en-US": "Loans maturing in {period} (as of {asOf}, sheet “{ledger}”): {count}, {balance} in all",
  },
  "notice.cli.branch": {
    "zh-CN": "  {branch}：{count} 笔，余额 {balance}",
    "en-US": "  {branch}: {count} loan(s), {balance}",
  },
  "notice.cli.none": { "zh-CN": "  （无）", "en-US": "  (none)" },
  "notice.cli.skipped": {
    "zh-CN": "另有 {count} 笔到期贷款的余额为空或无法识别，未列入。",
    "en-US": "{count} more maturing loans have an empty or unreadable balance and are left out.",
  },
  "notice.cli.undecided": {
    "zh-CN": "已到期未定处理方式：{count} 笔",
    "en-US": "Matured without a handling decision: {count}",
  },
  "notice.cli.undecided.item": {
    "zh-CN": "  {branch} {customer} {key} 到期 {maturity} 余额 {balance}",
    "en-US": "  {branch} {customer} {key} matured {maturity} balance {balance}",
  },
  "notice.cli.written": {
    "zh-CN": "已写入 {out}：{count} 张提示函和“{summary}”",
    "en-US": "Wrote {out}: {count} notice(s) and “{summary}”",
  },
  "notice.cli.not-written": {
    "zh-CN": "未写入文件；加 --out 结果.xlsx 可生成提示函副本（原文件不变）。",
    "en-US": "Nothing written; add --out result.xlsx to write the notices to a copy (the original is untouched).",
  },
  "notice.cli.one-file": {
    "zh-CN": "notices 一次处理一个文件，收到了 {count} 个。",
    "en-US": "notices works on one file at a time; {count} were given.",
  },
  "notice.cli.example": {
    "zh-CN": "按台账生成次月到期提示，写入副本",
    "en-US": "Write next month's notices from a ledger to a copy",
  },
} satisfies Record<string, MessageText>;

export type NoticeMessageId = keyof typeof noticeMessages;

/** A notice string in the locale (the catalogue's `message` for this table, usable before the merge). */
export function noticeText(id: NoticeMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(noticeMessages[id][locale], params);
}
