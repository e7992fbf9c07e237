import type { MessageText } from "./message";

/**
 * Messages of the `postloan` command line: its help, its argument errors and
 * the readable summary of a check. Errors say what is wrong and what to do,
 * because the people who run the command are credit staff, not developers.
 */
export const cliMessages = {
  // Help (printed in both languages side by side).
  "cli.help.title": { "zh-CN": "贷后助手命令行", "en-US": "the Post-loan Assistant command line" },
  "cli.help.usage": { "zh-CN": "用法", "en-US": "Usage" },
  "cli.help.commands": { "zh-CN": "命令", "en-US": "Commands" },
  "cli.help.options": { "zh-CN": "选项", "en-US": "Options" },
  "cli.help.exit-codes": { "zh-CN": "退出码", "en-US": "Exit codes" },
  "cli.help.examples": { "zh-CN": "示例", "en-US": "Examples" },
  "cli.help.more": {
    "zh-CN": "运行 postloan <命令> --help 查看该命令的选项。",
    "en-US": "Run postloan <command> --help for the options of a command.",
  },
  "cli.help.exit-0": { "zh-CN": "没有“错误”级别的问题", "en-US": "no error finding" },
  "cli.help.exit-1": { "zh-CN": "发现“错误”级别的问题", "en-US": "error findings" },
  "cli.help.exit-2": {
    "zh-CN": "文件无法读取或参数有误",
    "en-US": "a file cannot be read, or the arguments are wrong",
  },
  "cli.help.exit-3": { "zh-CN": "内部错误（请报告）", "en-US": "internal error (please report it)" },
  "cli.opt.json": {
    "zh-CN": "输出 JSON（每个文件一行）",
    "en-US": "print JSON (one line per file)",
  },
  "cli.opt.as-of": {
    "zh-CN": "统计日期；默认取表内的统计日期，没有则为今天",
    "en-US": "as-of date; default: the sheet's 统计日期, else today",
  },
  "cli.opt.out": {
    "zh-CN": "另存一份带结果的副本（原文件不变）；多个文件时为已存在的文件夹",
    "en-US": "write a copy with the results (the input is untouched); a folder when several files",
  },
  "cli.opt.lang": { "zh-CN": "消息语言，默认 zh-CN", "en-US": "language of messages, default zh-CN" },
  "cli.opt.help": { "zh-CN": "显示帮助", "en-US": "show this help" },
  "cli.opt.version": { "zh-CN": "显示版本号", "en-US": "show the version" },
  "cli.opt.sheet": {
    "zh-CN": "要检查的工作表；默认自动识别台账",
    "en-US": "the sheet to check; default: the ledger found in the workbook",
  },
  "cli.opt.limit": {
    "zh-CN": "每条规则最多列出的问题数，默认 {n}；0 表示全部",
    "en-US": "findings listed per rule, default {n}; 0 lists all",
  },
  "cli.value.file": { "zh-CN": "文件", "en-US": "FILE" },
  "cli.value.date": { "zh-CN": "YYYY-MM-DD", "en-US": "YYYY-MM-DD" },
  "cli.value.path": { "zh-CN": "路径", "en-US": "PATH" },
  "cli.value.name": { "zh-CN": "名称", "en-US": "NAME" },
  "cli.value.n": { "zh-CN": "N", "en-US": "N" },
  "cli.cmd.check": { "zh-CN": "检查贷后管理台账", "en-US": "check post-loan ledgers" },
  "cli.check.example-one": {
    "zh-CN": "检查一个台账，另存带检查结果和标记的副本",
    "en-US": "check one ledger and save a copy with the results and marks",
  },
  "cli.check.example-many": {
    "zh-CN": "检查各网点的台账，每个文件输出一行 JSON",
    "en-US": "check every branch's ledger, one JSON line per file",
  },

  // Argument and file errors (exit code 2).
  "cli.error.no-command": {
    "zh-CN": "请指定命令，例如：postloan check 台账.xlsx。运行 postloan --help 查看用法。",
    "en-US": "Name a command, e.g. postloan check ledger.xlsx. Run postloan --help for usage.",
  },
  "cli.error.unknown-command": {
    "zh-CN": "未知命令：{command}。可用命令：{commands}。运行 postloan --help 查看用法。",
    "en-US": "Unknown command: {command}. Commands: {commands}. Run postloan --help for usage.",
  },
  "cli.error.file-without-command": {
    "zh-CN": "请在文件名前写上命令，例如：postloan check {file}",
    "en-US": "Put a command before the file name, e.g. postloan check {file}",
  },
  "cli.error.unknown-option": {
    "zh-CN": "未知选项：{option}。运行 postloan {command} --help 查看可用选项。",
    "en-US": "Unknown option: {option}. Run postloan {command} --help for the options.",
  },
  "cli.error.missing-value": {
    "zh-CN": "选项 {option} 后面缺少取值，例如：{option} {example}。",
    "en-US": "Option {option} needs a value, e.g. {option} {example}.",
  },
  "cli.error.flag-with-value": {
    "zh-CN": "选项 {option} 不带取值，请去掉“=”及其后的内容。",
    "en-US": "Option {option} takes no value; remove the “=” and what follows it.",
  },
  "cli.error.bad-option": {
    "zh-CN": "参数有误：{detail}。运行 postloan {command} --help 查看用法。",
    "en-US": "Bad arguments: {detail}. Run postloan {command} --help for usage.",
  },
  "cli.error.bad-lang": {
    "zh-CN": "不支持的语言：{value}。请使用 zh-CN 或 en-US。",
    "en-US": "Unsupported language: {value}. Use zh-CN or en-US.",
  },
  "cli.error.bad-as-of": {
    "zh-CN": "无法识别的统计日期：{value}。请写成 YYYY-MM-DD，例如 2026-11-30（也可写 2026/11/30 或 2026年11月30日）。",
    "en-US":
      "Cannot read the as-of date: {value}. Write it as YYYY-MM-DD, e.g. 2026-11-30 (2026/11/30 and 2026年11月30日 also work).",
  },
  "cli.error.bad-limit": {
    "zh-CN": "--limit 应为不小于 0 的整数：{value}。",
    "en-US": "--limit must be a whole number of 0 or more: {value}.",
  },
  "cli.error.no-files": {
    "zh-CN": "请指定要检查的 .xlsx 文件，例如：postloan check 台账.xlsx",
    "en-US": "Name the .xlsx file(s) to check, e.g. postloan check ledger.xlsx",
  },
  "cli.error.file-not-found": {
    "zh-CN": "找不到文件：{file}。请检查路径和文件名是否正确。",
    "en-US": "File not found: {file}. Check the path and the file name.",
  },
  "cli.error.is-directory": {
    "zh-CN": "{file} 是一个文件夹，不是 .xlsx 文件。请指定文件夹中的台账文件。",
    "en-US": "{file} is a folder, not an .xlsx file. Name the ledger files inside it.",
  },
  "cli.error.out-same-as-input": {
    "zh-CN": "--out 不能是输入文件本身（{file}）：原文件保持不变，请为副本另取一个文件名，例如 {suggest}。",
    "en-US":
      "--out cannot be the input file itself ({file}): the original is never changed; name the copy differently, e.g. {suggest}.",
  },
  "cli.error.out-not-xlsx": {
    "zh-CN": "--out 的文件名应以 .xlsx 结尾：{out}。",
    "en-US": "The --out file name must end in .xlsx: {out}.",
  },
  "cli.error.out-folder-missing": {
    "zh-CN": "--out 所在的文件夹不存在：{folder}。请先创建该文件夹。",
    "en-US": "The folder for --out does not exist: {folder}. Create it first.",
  },
  "cli.error.out-not-dir": {
    "zh-CN":
      "同时检查多个文件时，--out 必须是一个已存在的文件夹：{out}。请先创建该文件夹，每个结果将命名为 <文件名>.检查结果.xlsx。",
    "en-US":
      "With several files, --out must be an existing folder: {out}. Create it first; each result is named <file name>.检查结果.xlsx.",
  },
  "cli.error.out-clash": {
    "zh-CN": "{first} 和 {second} 的结果副本会同名（{out}）。请分两次检查，或先给其中一个文件改名。",
    "en-US":
      "The copies of {first} and {second} would have the same name ({out}). Check them separately or rename one.",
  },
  "cli.error.in-file": { "zh-CN": "{file}：{message}", "en-US": "{file}: {message}" },
  "cli.error.internal": {
    "zh-CN":
      "内部错误：{reason}。这不是您的操作问题；请把这条信息和所用的命令报告给维护人员（设置环境变量 POSTLOAN_DEBUG=1 可显示详细信息）。",
    "en-US":
      "Internal error: {reason}. This is not your mistake; please report this message and the command you ran to the maintainers (set POSTLOAN_DEBUG=1 for details).",
  },
  "cli.hint": { "zh-CN": "建议：{hint}", "en-US": "What to do: {hint}" },

  // The readable summary of a check.
  "cli.check.file-heading": {
    "zh-CN": "━━ 文件 {index}/{count}：{file} ━━",
    "en-US": "━━ File {index}/{count}: {file} ━━",
  },
  "cli.check.file": { "zh-CN": "文件：{file}", "en-US": "File: {file}" },
  "cli.check.sheet": { "zh-CN": "工作表：{sheet}", "en-US": "Sheet: {sheet}" },
  "cli.check.verdict-pass": {
    "zh-CN": "结论：通过 —— 没有发现需要修改的问题",
    "en-US": "Verdict: passed — nothing needs fixing",
  },
  "cli.check.verdict-warnings": {
    "zh-CN": "结论：基本通过 —— 没有错误，有 {warnings} 处警告需要核实",
    "en-US": "Verdict: passed with warnings — no errors, {warnings} warnings to review",
  },
  "cli.check.verdict-errors": {
    "zh-CN": "结论：未通过 —— 有 {errors} 处错误需要修改",
    "en-US": "Verdict: failed — {errors} errors to fix",
  },
  "cli.check.as-of": { "zh-CN": "统计日期：{date}（{source}）", "en-US": "As-of date: {date} ({source})" },
  "cli.check.as-of.explicit": { "zh-CN": "由 --as-of 指定", "en-US": "given by --as-of" },
  "cli.check.as-of.sheet": { "zh-CN": "取自表内的统计日期", "en-US": "stated in the sheet" },
  "cli.check.as-of.today": {
    "zh-CN": "表内未写统计日期，按今天计算",
    "en-US": "the sheet states none, so today",
  },
  "cli.check.rows": { "zh-CN": "检查行数：{rows} 行", "en-US": "Rows checked: {rows}" },
  "cli.check.complete": {
    "zh-CN": "完整行占比：{percent}（{complete}/{rows} 行必填项齐全且取值可识别）",
    "en-US": "Complete rows: {percent} ({complete} of {rows} rows have every required value, all readable)",
  },
  "cli.check.by-severity": {
    "zh-CN": "按级别：错误 {error} · 警告 {warning} · 提示 {info}",
    "en-US": "By severity: {error} errors · {warning} warnings · {info} info",
  },
  "cli.check.by-rule": { "zh-CN": "按规则：", "en-US": "By rule:" },
  "cli.check.rule-count": { "zh-CN": "{count} 处", "en-US": "{count}" },
  "cli.check.skipped-rows": {
    "zh-CN": "（另有空行 {blank} 行、合计/小计行 {total} 行，未检查）",
    "en-US": " (also {blank} blank rows and {total} total/subtotal rows, not checked)",
  },
  "cli.check.details": { "zh-CN": "问题明细：", "en-US": "Findings:" },
  "cli.check.rule-heading": { "zh-CN": "【{label}】{rule} · {counts}", "en-US": "[{label}] {rule} · {counts}" },
  "cli.check.severity-count": { "zh-CN": "{severity} {count} 处", "en-US": "{severity} {count}" },
  "cli.check.list-separator": { "zh-CN": "、", "en-US": ", " },
  "cli.check.more": { "zh-CN": "…及另外 {count} 处", "en-US": "… and {count} more" },
  "cli.check.out-hint": {
    "zh-CN": "提示：加上 --out 结果.xlsx 可另存一份副本，其中“检查结果”工作表列出全部问题，并在原单元格上标记。",
    "en-US": "Tip: add --out result.xlsx to save a copy with every finding in a 检查结果 sheet and the cells marked.",
  },
  "cli.check.written": {
    "zh-CN": "已另存副本：{out}（“{sheet}”工作表列出 {count} 处问题，标记 {marked} 个单元格；原文件未改动）",
    "en-US":
      "Copy saved: {out} (sheet “{sheet}” lists {count} findings, {marked} cells marked; the original is unchanged)",
  },
  "cli.check.notice": { "zh-CN": "注意：{message}", "en-US": "Note: {message}" },
  "cli.check.key": { "zh-CN": "借据号 {key}", "en-US": "loan {key}" },
  "cli.check.row": { "zh-CN": "第 {row} 行", "en-US": "row {row}" },
  "cli.check.total": {
    "zh-CN": "共 {files} 个文件：{passed} 个无错误，{failed} 个有错误，{unreadable} 个无法检查。",
    "en-US": "{files} files: {passed} without errors, {failed} with errors, {unreadable} could not be checked.",
  },
} satisfies Record<string, MessageText>;

export type CliMessageId = keyof typeof cliMessages;
