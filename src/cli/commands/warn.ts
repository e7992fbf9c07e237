import { statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { XlsxOpenError } from "../../adapters/xlsx/open-errors";
import { XlsxSaveError } from "../../adapters/xlsx/save-errors";
import type { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import { cliMessages } from "../../core/messages/cli-messages";
import type { Locale } from "../../core/messages/message";
import { warningMessages, warningText } from "../../core/messages/warning-messages";
import { dayToIso, type Day } from "../../core/values/day";
import {
  createWarningForms,
  type CreateWarningFormsOutcome,
  type WarningFormSummary,
  type WarningSourceRequest,
} from "../../usecases/create-warning-forms";
import { ProblemError } from "../../usecases/problem";
import { parseAsOfOption } from "../args";
import { cliText } from "../cli-text";
import { openWritable } from "../open-writable";
import { EXIT, type CliCommand, type CommandContext } from "../command";

/** What --out names the copy when it is a folder. */
const OUT_SUFFIX = ".预警.xlsx";

type Created = Extract<CreateWarningFormsOutcome, { ok: true }>;

function statOf(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The same file, also through a different spelling of its path (case, `..`, links). */
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

/** Where the copy goes, decided before the file is read; never onto the input. */
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

/** `--keys A,B；C、D` → [A, B, C, D]: commas of either width, 、 and ; separate, spaces are trimmed. */
export function parseKeys(text: string): string[] {
  return text
    .split(/[,，、;；\s]+/)
    .map((k) => k.trim())
    .filter((k) => k !== "");
}

/** The JSON contract: one entry per form created (or, without --out, to be created). */
export function formsJson(outcome: Created, out: string | null): Record<string, unknown> {
  return {
    forms: outcome.forms.map((f) => ({
      number: f.numberText,
      sheet: f.sheet,
      key: f.key,
      customer: f.customer,
      level: f.level,
      category: f.category,
      deadline: dayToIso(f.deadline),
    })),
    skipped: outcome.skipped.map((s) => ({ reason: s.reason, key: s.key, row: s.row, message: s.message })),
    written: outcome.written && out !== null,
    out: outcome.written ? out : null,
    notes: outcome.notes,
  };
}

function formLine(f: WarningFormSummary, locale: Locale): string {
  const blank = warningText("warning.cli.blank", locale);
  return warningText("warning.cli.form", locale, {
    number: f.numberText,
    sheet: f.sheet,
    customer: f.customer ?? blank,
    key: f.key ?? blank,
    level: f.level ?? blank,
    category: f.category ?? blank,
    deadline: dayToIso(f.deadline),
  });
}

function report(file: string, outcome: Created, filedOn: Day, out: string | null, locale: Locale): string {
  const sheet = "sheet" in outcome.from ? (outcome.from.sheet ?? "") : "";
  const lines = [warningText("warning.cli.heading", locale, { file, sheet, date: dayToIso(filedOn) })];
  if (outcome.forms.length === 0) lines.push(warningText("warning.cli.none", locale));
  for (const f of outcome.forms) lines.push(formLine(f, locale));
  if (outcome.skipped.length > 0) {
    lines.push(warningText("warning.cli.skipped", locale));
    for (const s of outcome.skipped) lines.push(`  ${s.message}`);
  }
  for (const n of outcome.notes) lines.push(`  ${n}`);
  for (const p of outcome.problems) lines.push(`  ${p.message}`);
  if (out === null) lines.push(warningText("warning.cli.plan-only", locale));
  else if (outcome.written) {
    lines.push(
      warningText("warning.cli.written", locale, {
        out,
        count: outcome.forms.length,
        register: outcome.register ?? "",
      }),
      warningText("warning.cli.next-run", locale),
    );
  } else lines.push(warningText("warning.cli.written-none", locale));
  return lines.join("\n") + "\n";
}

async function run({ io, locale, values, positionals }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(message + "\n");
    return EXIT.unusable;
  };
  if (positionals.length === 0) return fail(warningText("warning.cli.no-file", locale));
  if (positionals.length > 1) return fail(warningText("warning.cli.one-file", locale, { count: positionals.length }));
  const file = positionals[0] ?? "";

  const keysText = values["keys"];
  const signals = values["signals"] === true;
  if (typeof keysText === "string" && signals) return fail(warningText("warning.cli.both-sources", locale));
  if (typeof keysText !== "string" && !signals) return fail(warningText("warning.cli.no-source", locale));
  const keys = typeof keysText === "string" ? parseKeys(keysText) : [];
  if (typeof keysText === "string" && keys.length === 0) {
    return fail(warningText("warning.cli.empty-keys", locale, { value: keysText }));
  }

  let filedOn: Day = io.today;
  const asOfText = values["as-of"];
  if (typeof asOfText === "string") {
    const parsed = parseAsOfOption(asOfText);
    if (parsed === null) return fail(cliText("cli.error.bad-as-of", { value: asOfText }, locale));
    filedOn = parsed;
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
    io.stderr.write(text + (hint === "" ? "" : `\n${cliText("cli.hint", { hint }, locale)}`) + "\n");
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

  const sheet = typeof values["sheet"] === "string" ? values["sheet"] : undefined;
  const from: WarningSourceRequest = signals
    ? { kind: "signals", ...(sheet === undefined ? {} : { sheet }) }
    : { kind: "keys", keys, ...(sheet === undefined ? {} : { sheet }) };
  const outcome = await createWarningForms(port, { from, filedOn, today: io.today, locale, dryRun: out === null });
  if (!outcome.ok) return failure(outcome.problem.code, outcome.problem.message, outcome.problem.hint);
  if (out !== null && outcome.written) {
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
  io.stdout.write(json ? JSON.stringify(formsJson(outcome, out)) + "\n" : report(file, outcome, filedOn, out, locale));
  if (!json && outcome.skipped.some((s) => s.reason === "not-found")) {
    for (const s of outcome.skipped) if (s.reason === "not-found") io.stderr.write(s.message + "\n");
  }
  // Every command's contract (DESIGN.md): 1 when the ledger check found errors; here also when a 借据号 asked for is missing.
  const missing = outcome.skipped.some((s) => s.reason === "not-found");
  return outcome.errorFindings > 0 || missing ? EXIT.findings : EXIT.ok;
}

export const warnCommand: CliCommand = {
  name: "warn",
  summary: warningMessages["warning.cli.cmd"],
  usage: [
    "warn <文件|FILE>.xlsx --keys <借据号|LOAN>[,<借据号|LOAN>…] [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]",
    "warn <文件|FILE>.xlsx --signals [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]",
  ],
  options: {
    keys: {
      type: "string",
      valueName: warningMessages["warning.cli.value.keys"],
      example: "JJ2025120007,JJ2025100013",
      description: warningMessages["warning.cli.opt.keys"],
    },
    signals: { type: "boolean", description: warningMessages["warning.cli.opt.signals"] },
    sheet: {
      type: "string",
      valueName: cliMessages["cli.value.name"],
      example: "贷后台账",
      description: cliMessages["cli.opt.sheet"],
    },
  },
  examples: [
    {
      command: "postloan warn 城关支行台账.xlsx --keys JJ2025120007,JJ2025100013 --out 城关支行预警.xlsx",
      description: warningMessages["warning.cli.example-keys"],
    },
    {
      command: "postloan warn 城关支行台账.xlsx --signals",
      description: warningMessages["warning.cli.example-signals"],
    },
  ],
  run,
};
