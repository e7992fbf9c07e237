import { statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { XlsxOpenError } from "../../adapters/xlsx/open-errors";
import { XlsxSaveError } from "../../adapters/xlsx/save-errors";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import type { Locale, MessageParams } from "../../core/messages/message";
import { targetMessages, targetText, type TargetMessageId } from "../../core/messages/target-messages";
import { dayToIso, type Day } from "../../core/values/day";
import {
  planTargetSheets,
  writeTargetSheets,
  type OfficerTargets,
  type TargetSheetsPlan,
  type TargetSheetsResult,
} from "../../usecases/create-target-sheets";
import { ProblemError } from "../../usecases/problem";
import { parseAsOfOption } from "../args";
import { cliText } from "../cli-text";
import { openWritable } from "../open-writable";
import { EXIT, type CliCommand, type CommandContext } from "../command";

/** What --out names the copy when it is a folder. */
const OUT_SUFFIX = ".目标责任书.xlsx";

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
    if (extname(path).toLowerCase() !== ".xlsx") {
      return { ok: false, message: cliText("cli.error.out-not-xlsx", { out }, locale) };
    }
    const folder = dirname(path);
    if (!(statOf(folder)?.isDirectory() ?? false)) {
      return { ok: false, message: cliText("cli.error.out-folder-missing", { folder }, locale) };
    }
  }
  // The original is never written: the copy may not land on it.
  if (sameFile(resolve(cwd, file), path)) {
    const suggest = join(dirname(file), copyName(file));
    return { ok: false, message: cliText("cli.error.out-same-as-input", { file, suggest }, locale) };
  }
  return { ok: true, path };
}

/** `--year`: four digits, a year a 目标责任书 can be for. */
export function parseYearOption(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const year = Number(t);
  return year >= 1900 && year <= 9999 ? year : null;
}

function money(n: number): number {
  return Math.round(n * 100) / 100;
}

function officerJson(o: OfficerTargets): Record<string, unknown> {
  const p = o.portfolio;
  const json: Record<string, unknown> = {
    officer: o.officer,
    accounts: p.accounts,
    balance: money(p.balance),
    nplBalance: money(p.nplBalance),
    nplRatio: p.nplRatio,
    sheet: o.sheet,
    loans: p.loans,
    overdueLoans: p.overdueLoans,
    overdueBalance: money(p.overdueBalance),
    maturingLoans: p.maturingLoans,
    maturingBalance: money(p.maturingBalance),
    update: o.update,
  };
  if (o.blocked !== null) json["blocked"] = o.blocked;
  // Scores only where someone has typed actuals: a sheet just generated has none to report.
  if (o.hasActuals) {
    json["monthScores"] = o.scores.monthScores;
    json["quarters"] = o.scores.quarters.map((q) =>
      q === null ? null : { average: q.average, grade: q.grade.name, coefficient: q.grade.coefficient, pay: q.pay },
    );
  }
  return json;
}

/**
 * The JSON contract: `{ year, officers: [{ officer, accounts, balance, nplBalance, nplRatio, sheet, … }] }`
 * (monthly scores and quarterly payouts where actuals are typed), with where it came from and went beside it.
 */
export function targetsJson(
  file: string,
  plan: TargetSheetsPlan,
  officers: readonly OfficerTargets[],
  written: TargetSheetsResult | null,
  out: string | null,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    year: plan.year,
    officers: officers.map(officerJson),
    file,
    ledger: plan.ledgerSheet,
    asOf: dayToIso(plan.asOf),
    summary: written?.summarySheet ?? plan.summarySheet,
    params: written?.paramsSheet ?? plan.paramsSheet,
    orphans: plan.orphans,
  };
  const notices = [...plan.notices, ...(written?.messages ?? [])];
  if (notices.length > 0) json["notices"] = notices;
  if (out !== null) json["out"] = out;
  return json;
}

function report(
  file: string,
  plan: TargetSheetsPlan,
  officers: readonly OfficerTargets[],
  written: { out: string; result: TargetSheetsResult } | null,
  locale: Locale,
): string {
  const t = (id: TargetMessageId, params?: MessageParams): string => targetText(id, params, locale);
  const lines = [
    t("targets.cli.heading", {
      file,
      count: officers.length,
      ledger: plan.ledgerSheet,
      asOf: dayToIso(plan.asOf),
      year: plan.year,
    }),
  ];
  for (const o of officers) {
    const p = o.portfolio;
    lines.push(
      t("targets.cli.line", {
        officer: o.officer,
        accounts: p.accounts,
        balance: p.balance.toFixed(2),
        ratio: p.nplRatio === null ? "—" : `${(p.nplRatio * 100).toFixed(2)}%`,
        sheet: o.sheet,
      }),
    );
    if (o.hasActuals) {
      const scores = o.scores.monthScores.map((s) => (s === null ? "—" : s.toFixed(2))).join(" ");
      lines.push(t("targets.cli.scores", { scores }));
    }
  }
  if (written === null) lines.push(t("targets.cli.not-written"));
  else {
    const r = written.result;
    lines.push(
      t("targets.cli.written", { out: written.out, count: r.written, summary: r.summarySheet, params: r.paramsSheet }),
    );
    for (const m of r.messages) lines.push(t("targets.cli.notice", { message: m }));
  }
  for (const n of plan.notices) lines.push(t("targets.cli.notice", { message: n }));
  return lines.join("\n") + "\n";
}

async function run({ io, locale, values, positionals }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(message + "\n");
    return EXIT.unusable;
  };
  if (positionals.length === 0) return fail(targetText("targets.cli.error.no-file", {}, locale));
  if (positionals.length > 1)
    return fail(targetText("targets.cli.error.many-files", { count: positionals.length }, locale));
  const file = positionals[0] ?? "";

  let asOf: Day | null = null;
  const asOfText = values["as-of"];
  if (typeof asOfText === "string") {
    asOf = parseAsOfOption(asOfText);
    if (asOf === null) return fail(cliText("cli.error.bad-as-of", { value: asOfText }, locale));
  }
  let year: number | null = null;
  const yearText = values["year"];
  if (typeof yearText === "string") {
    year = parseYearOption(yearText);
    if (year === null) return fail(targetText("targets.cli.error.bad-year", { value: yearText }, locale));
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

  const plan = await planTargetSheets(port, {
    ...(typeof values["sheet"] === "string" ? { sheet: values["sheet"] } : {}),
    asOf,
    year,
    today: io.today,
    locale,
  });
  if (!plan.ok) return failure(plan.problem.code, plan.problem.message, plan.problem.hint);

  let officers = plan.officers;
  let written: { out: string; result: TargetSheetsResult } | null = null;
  if (out !== null) {
    try {
      const result = await writeTargetSheets(port, plan);
      await port.save(out);
      officers = result.officers;
      written = { out, result };
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
      ? JSON.stringify(targetsJson(file, plan, officers, written?.result ?? null, out)) + "\n"
      : report(file, plan, officers, written, locale),
  );
  // The exit-code contract of every command (DESIGN.md): 1 when the ledger check found an error.
  return plan.errorFindings > 0 ? EXIT.findings : EXIT.ok;
}

export const targetsCommand: CliCommand = {
  name: "targets",
  summary: targetMessages["targets.cli.summary"],
  usage: [
    "targets <文件|FILE>.xlsx [--year YYYY] [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]",
  ],
  options: {
    year: {
      type: "string",
      valueName: targetMessages["targets.cli.value.year"],
      example: "2026",
      description: targetMessages["targets.cli.opt.year"],
    },
    sheet: {
      type: "string",
      valueName: targetMessages["targets.cli.value.name"],
      example: "贷后台账",
      description: targetMessages["targets.cli.opt.sheet"],
    },
  },
  examples: [
    {
      command: "postloan targets 全辖台账.xlsx --year 2026 --out 目标责任书.xlsx",
      description: targetMessages["targets.cli.example"],
    },
  ],
  run,
};
