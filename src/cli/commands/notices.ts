import { statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { XlsxOpenError } from "../../adapters/xlsx/open-errors";
import { XlsxSaveError } from "../../adapters/xlsx/save-errors";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { cliMessages } from "../../core/messages/cli-messages";
import type { Locale } from "../../core/messages/message";
import { noticeMessages, noticeText } from "../../core/messages/notice-messages";
import { dayToIso, type Day } from "../../core/values/day";
import {
  planMaturityNotices,
  writeMaturityNotices,
  type BranchNotice,
  type MaturityNoticePlan,
  type UndecidedNotice,
} from "../../usecases/create-maturity-notices";
import { ProblemError } from "../../usecases/problem";
import { parseAsOfOption } from "../args";
import { cliText } from "../cli-text";
import { openWritable } from "../open-writable";
import { EXIT, type CliCommand, type CommandContext } from "../command";

/** What --out names the copy when it is a folder. */
const OUT_SUFFIX = ".到期提示.xlsx";

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  const sa = statOf(a);
  const sb = statOf(b);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

function copyName(file: string): string {
  const base = basename(file);
  const ext = extname(base);
  return (ext === "" ? base : base.slice(0, -ext.length)) + OUT_SUFFIX;
}

/** Where the copy goes (a file, or a copy named after the input in a folder); a message when it cannot. */
function outPath(
  file: string,
  out: string,
  cwd: string,
  locale: Locale,
): { ok: true; path: string } | { ok: false; message: string } {
  let path = resolve(cwd, out);
  if (statOf(path)?.isDirectory() ?? false) path = join(path, copyName(file));
  else {
    if (extname(path).toLowerCase() !== ".xlsx")
      return { ok: false, message: cliText("cli.error.out-not-xlsx", { out }, locale) };
    const folder = dirname(path);
    if (!(statOf(folder)?.isDirectory() ?? false)) {
      return { ok: false, message: cliText("cli.error.out-folder-missing", { folder }, locale) };
    }
  }
  if (sameFile(resolve(cwd, file), path)) {
    const suggest = join(dirname(file), copyName(file));
    return { ok: false, message: cliText("cli.error.out-same-as-input", { file, suggest }, locale) };
  }
  return { ok: true, path };
}

function money(n: number | null): number | null {
  return n === null ? null : Math.round(n * 100) / 100;
}

function undecidedJson(u: UndecidedNotice): Record<string, unknown> {
  return {
    key: u.loanNo,
    customer: u.customer,
    branch: u.branch,
    balance: money(u.balance),
    maturity: dayToIso(u.maturity),
    officer: u.officer,
    class: u.loanClass,
    now:
      u.now === null
        ? null
        : { balance: u.now.balance, maturity: u.now.maturity === null ? null : dayToIso(u.now.maturity) },
  };
}

/**
 * The JSON contract: `{ month, branches: [{ branch, count, balance, loans: [{ key, customer, balance,
 * maturity, officer, class }] }], undecided: [...] }`, with where it came from and went beside it.
 */
export function noticesJson(
  file: string,
  plan: MaturityNoticePlan,
  notices: readonly BranchNotice[],
  undecided: readonly UndecidedNotice[],
  out: string | null,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    file,
    sheet: plan.ledgerSheet,
    asOf: dayToIso(plan.asOf),
    month: plan.period.month,
    window: { mode: plan.period.mode, from: dayToIso(plan.period.window.from), to: dayToIso(plan.period.window.to) },
    count: plan.count,
    balance: money(plan.balance),
    branches: notices.map((n) => ({
      branch: n.branch,
      sheet: n.sheet,
      count: n.count,
      balance: money(n.balance),
      loans: n.loans.map((l) => ({
        key: l.loanNo,
        customer: l.customer,
        balance: l.balance,
        maturity: dayToIso(l.maturity),
        officer: l.officer,
        class: l.loanClass,
        extensionLimit: l.extensionLimit,
      })),
    })),
    undecided: undecided.map(undecidedJson),
  };
  if (out !== null) json["out"] = out;
  return json;
}

/** An amount with the ledger's unit when it states one (2 decimals, as the notices show it). */
function amount(n: number | null, unit: "元" | "万元" | null, locale: Locale): string {
  if (n === null) return "—";
  if (unit === null) return n.toFixed(2);
  return locale === "zh-CN" ? `${n.toFixed(2)}${unit}` : `${n.toFixed(2)} ${unit}`;
}

function report(
  file: string,
  plan: MaturityNoticePlan,
  written: { out: string; notices: readonly BranchNotice[]; summary: string; messages: readonly string[] } | null,
  undecided: readonly UndecidedNotice[],
  locale: Locale,
): string {
  const t = (id: Parameters<typeof noticeText>[0], params?: Parameters<typeof noticeText>[1]): string =>
    noticeText(id, params, locale);
  const lines = [
    t("notice.cli.file", { file }),
    t("notice.cli.period", {
      period: plan.periodLabel,
      asOf: dayToIso(plan.asOf),
      ledger: plan.ledgerSheet,
      count: plan.count,
      balance: amount(plan.balance, plan.amountUnit, locale),
    }),
    ...plan.notices.map((n) =>
      t("notice.cli.branch", { branch: n.branch, count: n.count, balance: amount(n.balance, plan.amountUnit, locale) }),
    ),
  ];
  if (plan.notices.length === 0) lines.push(t("notice.cli.none"));
  if (plan.skippedRows.length > 0) lines.push(t("notice.cli.skipped", { count: plan.skippedRows.length }));
  lines.push(t("notice.cli.undecided", { count: undecided.length }));
  for (const u of undecided) {
    lines.push(
      t("notice.cli.undecided.item", {
        branch: u.branch,
        customer: u.customer ?? "",
        key: u.loanNo ?? "",
        maturity: dayToIso(u.maturity),
        balance: amount(u.balance, plan.amountUnit, locale),
      }),
    );
  }
  if (written === null) lines.push(t("notice.cli.not-written"));
  else {
    lines.push(t("notice.cli.written", { out: written.out, count: written.notices.length, summary: written.summary }));
    for (const m of written.messages) lines.push(`  ${m}`);
  }
  for (const p of plan.problems) lines.push(`  ${p.message} ${p.hint}`.trimEnd());
  return lines.join("\n") + "\n";
}

async function run({ io, locale, values, positionals }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(message + "\n");
    return EXIT.unusable;
  };
  if (positionals.length === 0) return fail(cliText("cli.error.no-files", {}, locale));
  if (positionals.length > 1) return fail(noticeText("notice.cli.one-file", { count: positionals.length }, locale));
  const file = positionals[0] ?? "";

  let asOf: Day | null = null;
  const asOfText = values["as-of"];
  if (typeof asOfText === "string") {
    asOf = parseAsOfOption(asOfText);
    if (asOf === null) return fail(cliText("cli.error.bad-as-of", { value: asOfText }, locale));
  }
  const json = values["json"] === true;
  const outText = values["out"];
  let out: string | null = null;
  if (typeof outText === "string") {
    const planned = outPath(file, outText, io.cwd, locale);
    if (!planned.ok) return fail(planned.message);
    out = planned.path;
  }

  const failure = (code: string, message: string, hint: string): number => {
    const text = message.includes(file) ? message : cliText("cli.error.in-file", { file, message }, locale);
    io.stderr.write((hint === "" ? text : `${text}\n${cliText("cli.hint", { hint }, locale)}`) + "\n");
    if (json) io.stdout.write(JSON.stringify({ file, error: { code, message, hint } }) + "\n");
    return EXIT.unusable;
  };

  const path = resolve(io.cwd, file);
  const stat = statOf(path);
  if (stat === null) return fail(cliText("cli.error.file-not-found", { file }, locale));
  if (stat.isDirectory()) return fail(cliText("cli.error.is-directory", { file }, locale));
  let port: XlsxWorkbook;
  try {
    port = await openWritable(path, file, io.memoryBytes);
  } catch (e) {
    if (e instanceof XlsxOpenError) {
      const { message, hint } = e.localized(locale);
      return failure(e.code, message, hint);
    }
    if (ProblemError.is(e)) return failure(e.problem.code, e.problem.message, e.problem.hint);
    throw e;
  }

  const plan = await planMaturityNotices(port, {
    ...(typeof values["sheet"] === "string" ? { sheet: values["sheet"] } : {}),
    asOf,
    today: io.today,
    locale,
  });
  if (!plan.ok) return failure(plan.problem.code, plan.problem.message, plan.problem.hint);

  let notices = plan.notices;
  let undecided = plan.undecided;
  let written: { out: string; notices: readonly BranchNotice[]; summary: string; messages: readonly string[] } | null =
    null;
  if (out !== null) {
    try {
      const result = await writeMaturityNotices(port, plan);
      await port.save(out);
      notices = result.notices;
      undecided = result.undecided;
      written = { out, notices: result.notices, summary: result.summarySheet, messages: result.messages };
    } catch (e) {
      if (e instanceof XlsxSaveError) {
        const { message, hint } = e.localized(locale);
        return failure("write-failed", message, hint);
      }
      if (ProblemError.is(e)) return failure(e.problem.code, e.problem.message, e.problem.hint);
      throw e;
    }
  }
  io.stdout.write(
    json
      ? JSON.stringify(noticesJson(file, plan, notices, undecided, out)) + "\n"
      : report(file, plan, written, undecided, locale),
  );
  // The exit-code contract of every command (DESIGN.md): 1 when the ledger check found an error.
  return plan.errorFindings > 0 ? EXIT.findings : EXIT.ok;
}

export const noticesCommand: CliCommand = {
  name: "notices",
  summary: noticeMessages["notice.cli.summary"],
  usage: ["notices <文件|FILE>.xlsx [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]"],
  options: {
    sheet: {
      type: "string",
      valueName: cliMessages["cli.value.name"],
      example: "贷后台账",
      description: cliMessages["cli.opt.sheet"],
    },
  },
  examples: [
    {
      command: "postloan notices 全辖台账.xlsx --out 到期提示.xlsx",
      description: noticeMessages["notice.cli.example"],
    },
  ],
  run,
};
