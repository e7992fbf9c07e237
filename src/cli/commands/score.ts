import { statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { XlsxOpenError } from "../../adapters/xlsx/open-errors";
import { XlsxSaveError } from "../../adapters/xlsx/save-errors";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { cliMessages } from "../../core/messages/cli-messages";
import type { Locale } from "../../core/messages/message";
import { scoreMessages, scoreText } from "../../core/messages/score-messages";
import { dayToIso, type Day } from "../../core/values/day";
import {
  fillScorecards,
  planScorecards,
  type ScoredBranch,
  type ScorecardsOutcome,
  type ScorecardsResult,
} from "../../usecases/fill-scorecards";
import { ProblemError } from "../../usecases/problem";
import { parseAsOfOption } from "../args";
import { cliText } from "../cli-text";
import { openWritable } from "../open-writable";
import { EXIT, type CliCommand, type CommandContext } from "../command";

/** What --out names the copy when it is a folder. */
const OUT_SUFFIX = ".评分.xlsx";

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

/** The JSON contract: branches best first, each with its items in the standard's order. */
export function scoresJson(result: ScorecardsResult): { branches: unknown[] } {
  return {
    branches: result.branches.map((b) => ({
      branch: b.branch,
      score: b.score.total,
      grade: b.score.grade,
      penalty: b.score.penalty,
      items: b.score.items.map((i) => ({
        category: i.category,
        item: i.item,
        points: i.points,
        deduction: i.deduction,
        score: i.score,
      })),
    })),
  };
}

function branchLine(b: ScoredBranch, rank: number, locale: Locale): string {
  const penalty = b.score.penalty > 0 ? scoreText("score.cli.line.penalty", { amount: b.score.penalty }, locale) : "";
  const items = b.score.topLosses.map((i) => `${i.item}(-${i.deduction})`).join(locale === "zh-CN" ? "、" : ", ");
  const top = items === "" ? "" : scoreText("score.cli.line.top", { items }, locale);
  return scoreText(
    "score.cli.line",
    { rank, branch: b.branch, score: b.score.total, grade: b.score.grade, penalty, top },
    locale,
  );
}

function report(file: string, r: ScorecardsResult, out: string | null, locale: Locale): string {
  const lines = [
    scoreText("score.cli.heading", { file, count: r.branches.length, sheet: r.sheet, asOf: dayToIso(r.asOf) }, locale),
    ...r.branches.map((b, i) => branchLine(b, i + 1, locale)),
  ];
  const notices = r.branches.filter((b) => b.notice !== null && !b.notice.kept).length;
  if (out !== null) lines.push(scoreText("score.cli.written", { out, cards: r.branches.length, notices }, locale));
  else lines.push(scoreText("score.cli.plan-only", {}, locale));
  for (const note of r.notes) lines.push(`  ${note}`);
  return lines.join("\n") + "\n";
}

async function run({ io, locale, values, positionals }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(message + "\n");
    return EXIT.unusable;
  };
  if (positionals.length === 0) return fail(scoreText("score.cli.no-file", {}, locale));
  if (positionals.length > 1) return fail(scoreText("score.cli.one-file", { count: positionals.length }, locale));
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

  const failure = (code: string, message: string, hint: string, extra: readonly string[] = []): number => {
    const text = message.includes(file) ? message : cliText("cli.error.in-file", { file, message }, locale);
    const lines = [text, ...extra.map((m) => scoreText("score.cli.standard-problem", { message: m }, locale))];
    if (hint !== "") lines.push(cliText("cli.hint", { hint }, locale));
    io.stderr.write(lines.join("\n") + "\n");
    if (json) io.stdout.write(JSON.stringify({ file, error: { code, message, hint, problems: extra } }) + "\n");
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

  const request = {
    ...(typeof values["sheet"] === "string" ? { sheet: values["sheet"] } : {}),
    ...(typeof values["branch"] === "string" ? { branch: values["branch"] } : {}),
    asOf,
    today: io.today,
    locale,
  };
  const outcome: ScorecardsOutcome =
    out === null ? await planScorecards(port, request) : await fillScorecards(port, request);
  if (!outcome.ok) {
    const extra = (outcome.standardProblems ?? []).map((p) => p.message);
    return failure(outcome.problem.code, outcome.problem.message, outcome.problem.hint, extra);
  }
  if (out !== null) {
    try {
      await port.save(out);
    } catch (e) {
      if (e instanceof XlsxSaveError) {
        const { message, hint } = e.localized(locale);
        return failure("write-failed", message, hint);
      }
      throw e;
    }
  }
  io.stdout.write(json ? JSON.stringify(scoresJson(outcome)) + "\n" : report(file, outcome, out, locale));
  // The exit-code contract of every command (DESIGN.md): 1 when the ledger check found an error.
  return outcome.errorFindings > 0 ? EXIT.findings : EXIT.ok;
}

export const scoreCommand: CliCommand = {
  name: "score",
  summary: scoreMessages["score.cli.cmd"],
  usage: [
    "score <文件|FILE>.xlsx [--branch <机构|UNIT>] [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]",
  ],
  options: {
    branch: {
      type: "string",
      valueName: scoreMessages["score.pane.branch"],
      example: "城关支行",
      description: scoreMessages["score.cli.opt.branch"],
    },
    sheet: {
      type: "string",
      valueName: cliMessages["cli.value.name"],
      example: "贷后台账",
      description: cliMessages["cli.opt.sheet"],
    },
  },
  examples: [
    { command: "postloan score 全辖台账.xlsx --out 全辖评分.xlsx", description: scoreMessages["score.cli.example"] },
    { command: "postloan score 全辖台账.xlsx --json", description: scoreMessages["score.cli.example-json"] },
  ],
  run,
};
