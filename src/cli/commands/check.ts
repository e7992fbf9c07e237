import { statSync, type Stats } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { readFailure, XlsxOpenError } from "../../adapters/xlsx/open-errors";
import { XlsxSaveError } from "../../adapters/xlsx/save-errors";
import { XlsxStreamWorkbook } from "../../adapters/xlsx/xlsx-stream-reader";
import { XlsxWorkbook } from "../../adapters/xlsx/xlsx-workbook";
import type { Finding } from "../../core/findings/finding";
import { cliMessages } from "../../core/messages/cli-messages";
import type { Locale } from "../../core/messages/message";
import { dayToIso, type Day } from "../../core/values/day";
import { checkLedgerSheet, markFindings, ProblemError, writeCheckResults, type Problem } from "../../usecases";
import { parseAsOfOption } from "../args";
import { openWritable } from "../open-writable";
import { cliText } from "../cli-text";
import { EXIT, worstExit, type CliCommand, type CliIo, type CommandContext } from "../command";
import { formatCheckReport } from "../format-summary";

/** Findings listed per rule in the readable summary unless --limit says otherwise. */
const DEFAULT_LIMIT = 10;
/** What --out names each copy when it is a folder. */
const OUT_SUFFIX = ".检查结果.xlsx";

interface CheckSettings {
  readonly sheet: string | undefined;
  readonly asOf: Day | null;
  readonly json: boolean;
  readonly limit: number;
  readonly locale: Locale;
}

/** One input file and where its copy goes. */
interface Target {
  /** As the user typed it: what the output calls the file. */
  readonly file: string;
  readonly path: string;
  readonly out: string | null;
  /** The copy's path as the user would write it (relative to where they are, when they gave it so). */
  readonly outShown: string | null;
}

/** Why a file could not be checked: shown on stderr, and as "error" in its JSON line. */
interface Failure {
  readonly code: string;
  readonly message: string;
  readonly hint: string;
  readonly exit: number;
}

/** A finding as the JSON contract lists its fields, in that order; `data` stays internal. */
function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    key: f.key,
    value: f.value,
    message: f.message,
    hint: f.hint,
  };
}

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

type Plan =
  { readonly ok: true; readonly targets: readonly Target[] } | { readonly ok: false; readonly message: string };

/**
 * Where each copy goes, decided before any file is read, so that a wrong
 * --out costs nothing and never half-writes a batch. A copy may never land on
 * an input: the original is untouched, always.
 */
function planOutputs(files: readonly string[], out: string | undefined, cwd: string, locale: Locale): Plan {
  const inputs = files.map((file) => ({ file, path: resolve(cwd, file) }));
  if (out === undefined) return { ok: true, targets: inputs.map((i) => ({ ...i, out: null, outShown: null })) };
  const outPath = resolve(cwd, out);
  const outStat = statOf(outPath);
  const isDir = outStat?.isDirectory() ?? false;
  let targets: Target[];
  if (inputs.length > 1 && !isDir) {
    return { ok: false, message: cliText("cli.error.out-not-dir", { out }, locale) };
  }
  if (isDir) {
    targets = inputs.map((i) => ({
      ...i,
      out: join(outPath, copyName(i.file)),
      outShown: join(out, copyName(i.file)),
    }));
  } else {
    if (extname(outPath).toLowerCase() !== ".xlsx") {
      return { ok: false, message: cliText("cli.error.out-not-xlsx", { out }, locale) };
    }
    const folder = dirname(outPath);
    if (!(statOf(folder)?.isDirectory() ?? false)) {
      return { ok: false, message: cliText("cli.error.out-folder-missing", { folder }, locale) };
    }
    targets = inputs.map((i) => ({ ...i, out: outPath, outShown: out }));
  }
  for (const t of targets) {
    if (t.out === null) continue;
    const clash = inputs.find((i) => sameFile(i.path, t.out ?? ""));
    if (clash !== undefined) {
      const suggest = join(dirname(clash.file), copyName(clash.file));
      return { ok: false, message: cliText("cli.error.out-same-as-input", { file: clash.file, suggest }, locale) };
    }
  }
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i];
      const b = targets[j];
      if (a && b && a.out !== null && b.out !== null && resolve(a.out) === resolve(b.out)) {
        return {
          ok: false,
          message: cliText("cli.error.out-clash", { first: a.file, second: b.file, out: a.out }, locale),
        };
      }
    }
  }
  return { ok: true, targets };
}

/** A file that cannot be opened as a workbook: missing, a folder, unreadable, or not an .xlsx. */
async function openWorkbook(
  t: Target,
  locale: Locale,
  memoryBytes: number | undefined,
): Promise<XlsxWorkbook | XlsxStreamWorkbook | Failure> {
  const stat = statOf(t.path);
  if (stat === null) {
    return {
      code: "not-found",
      message: cliText("cli.error.file-not-found", { file: t.file }, locale),
      hint: "",
      exit: EXIT.unusable,
    };
  }
  if (stat.isDirectory()) {
    return {
      code: "unreadable",
      message: cliText("cli.error.is-directory", { file: t.file }, locale),
      hint: "",
      exit: EXIT.unusable,
    };
  }
  try {
    // With --out the workbook is loaded whole, to be saved as a copy (refused, with figures, when it would not fit).
    if (t.out !== null) return await openWritable(t.path, t.file, memoryBytes);
    // Without --out nothing is written: the file is streamed, so that a ledger of 500,000 rows fits in 2 GB.
    // Read here, not by path, so that the adapter's messages name the file as the user typed it.
    let bytes: Uint8Array;
    try {
      bytes = await readFile(t.path);
    } catch (e) {
      throw readFailure(e, t.file);
    }
    return await XlsxStreamWorkbook.open(bytes, { fileName: t.file });
  } catch (e) {
    if (e instanceof XlsxOpenError) return { code: e.code, ...e.localized(locale), exit: EXIT.unusable };
    if (ProblemError.is(e)) return { ...e.problem, exit: EXIT.unusable };
    throw e;
  }
}

interface Written {
  readonly out: string;
  readonly sheet: string;
  readonly marked: number;
  readonly note?: string;
}

type FileOutcome =
  | { readonly kind: "checked"; readonly exit: number; readonly json: Record<string, unknown>; readonly text: string }
  | { readonly kind: "failed"; readonly failure: Failure };

async function checkFile(t: Target, settings: CheckSettings, io: CliIo): Promise<FileOutcome> {
  const { locale } = settings;
  const opened = await openWorkbook(t, locale, io.memoryBytes);
  if (!(opened instanceof XlsxWorkbook) && !(opened instanceof XlsxStreamWorkbook)) {
    return { kind: "failed", failure: opened };
  }
  const port = opened;
  const outcome = await checkLedgerSheet(port, {
    ...(settings.sheet === undefined ? {} : { sheet: settings.sheet }),
    asOf: settings.asOf,
    today: io.today,
    locale,
  });
  if (!outcome.ok) return { kind: "failed", failure: { ...outcome.problem, exit: EXIT.unusable } };

  const { findings, summary } = outcome.result;
  let written: Written | undefined;
  const markProblems: Problem[] = [];
  // (With --out the file was opened whole, as an XlsxWorkbook that can be saved.)
  if (t.out !== null && port instanceof XlsxWorkbook) {
    const results = await writeCheckResults(port, outcome, { locale });
    let marked = 0;
    try {
      const marks = await markFindings(port, outcome.sheet, findings, { locale });
      marked = marks.marked;
      markProblems.push(...(marks.problems ?? []));
    } catch (e) {
      // A ledger that cannot be marked (a protected sheet) still gets its copy with 检查结果; the user is told why it has no marks.
      if (!ProblemError.is(e)) throw e;
      markProblems.push(e.problem);
    }
    try {
      await port.save(t.out);
    } catch (e) {
      if (e instanceof XlsxSaveError) {
        return { kind: "failed", failure: { code: "write-failed", ...e.localized(locale), exit: EXIT.unusable } };
      }
      throw e;
    }
    written = {
      out: t.outShown ?? t.out,
      sheet: results.sheet,
      marked,
      ...(results.message === undefined ? {} : { note: results.message }),
    };
  }

  const exit = summary.bySeverity.error > 0 ? EXIT.findings : EXIT.ok;
  const json: Record<string, unknown> = {
    file: t.file,
    findings: findings.map(jsonFinding),
    summary: { ...summary, asOfSource: outcome.asOfSource },
  };
  const notices = [...(outcome.notices ?? []), ...markProblems];
  if (notices.length > 0) json["notices"] = notices;
  // The JSON names the copy by its full path: a script reading it may run elsewhere.
  if (t.out !== null) json["out"] = t.out;
  const text = formatCheckReport(
    {
      file: t.file,
      sheet: outcome.sheet,
      asOfIso: dayToIso(outcome.asOf),
      asOfSource: outcome.asOfSource,
      result: outcome.result,
      notices,
      ...(written === undefined ? {} : { written }),
    },
    { locale, limit: settings.limit },
  );
  return { kind: "checked", exit, json, text };
}

function failureText(file: string, f: Failure, locale: Locale): string {
  const message = f.message.includes(file)
    ? f.message
    : cliText("cli.error.in-file", { file, message: f.message }, locale);
  return f.hint === "" ? message : `${message}\n${cliText("cli.hint", { hint: f.hint }, locale)}`;
}

function internalFailure(e: unknown, io: CliIo, locale: Locale): Failure {
  const reason = e instanceof Error ? e.message || e.name : String(e);
  const detail = io.debug && e instanceof Error && e.stack ? `\n${e.stack}` : "";
  return {
    code: "internal",
    message: cliText("cli.error.internal", { reason }, locale) + detail,
    hint: "",
    exit: EXIT.internal,
  };
}

async function run({ io, locale, values, positionals }: CommandContext): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(message + "\n");
    return EXIT.unusable;
  };
  if (positionals.length === 0) return fail(cliText("cli.error.no-files", {}, locale));

  const asOfText = values["as-of"];
  let asOf: Day | null = null;
  if (typeof asOfText === "string") {
    asOf = parseAsOfOption(asOfText);
    if (asOf === null) return fail(cliText("cli.error.bad-as-of", { value: asOfText }, locale));
  }
  const limitText = values["limit"];
  let limit = DEFAULT_LIMIT;
  if (typeof limitText === "string") {
    limit = /^\s*\d+\s*$/.test(limitText) ? Number(limitText) : -1;
    if (limit < 0) return fail(cliText("cli.error.bad-limit", { value: limitText }, locale));
  }
  const sheet = values["sheet"];
  const out = values["out"];
  const plan = planOutputs(positionals, typeof out === "string" ? out : undefined, io.cwd, locale);
  if (!plan.ok) return fail(plan.message);

  const settings: CheckSettings = {
    sheet: typeof sheet === "string" ? sheet : undefined,
    asOf,
    json: values["json"] === true,
    limit,
    locale,
  };
  const several = plan.targets.length > 1;
  const exits: number[] = [];
  const tally = { passed: 0, failed: 0, unreadable: 0 };
  for (const [index, t] of plan.targets.entries()) {
    if (several && !settings.json) {
      const heading = cliText(
        "cli.check.file-heading",
        { index: index + 1, count: plan.targets.length, file: t.file },
        locale,
      );
      io.stdout.write((index === 0 ? "" : "\n") + heading + "\n");
    } else if (!settings.json) {
      io.stdout.write(cliText("cli.check.file", { file: t.file }, locale) + "\n");
    }
    let result: FileOutcome;
    try {
      result = await checkFile(t, settings, io);
    } catch (e) {
      // A problem the user can act on (a protected sheet when marking …) is theirs to fix;
      // anything else is a bug of ours, and should not lose the other files' results.
      const failure = ProblemError.is(e) ? { ...e.problem, exit: EXIT.unusable } : internalFailure(e, io, locale);
      result = { kind: "failed", failure };
    }
    if (result.kind === "failed") {
      const f = result.failure;
      tally.unreadable++;
      exits.push(f.exit);
      io.stderr.write(failureText(t.file, f, locale) + "\n");
      if (settings.json) {
        io.stdout.write(
          JSON.stringify({ file: t.file, error: { code: f.code, message: f.message, hint: f.hint } }) + "\n",
        );
      }
      continue;
    }
    exits.push(result.exit);
    if (result.exit === EXIT.ok) tally.passed++;
    else tally.failed++;
    io.stdout.write(settings.json ? JSON.stringify(result.json) + "\n" : result.text);
  }
  if (several && !settings.json) {
    io.stdout.write("\n" + cliText("cli.check.total", { files: plan.targets.length, ...tally }, locale) + "\n");
  }
  return worstExit(exits);
}

export const checkCommand: CliCommand = {
  name: "check",
  summary: cliMessages["cli.cmd.check"],
  usage: [
    "check <文件|FILE>.xlsx [<文件|FILE>.xlsx …] [--sheet <名称|NAME>] [--as-of YYYY-MM-DD] [--json] [--out <路径|PATH>]",
  ],
  options: {
    sheet: {
      type: "string",
      valueName: cliMessages["cli.value.name"],
      example: "贷后台账",
      description: cliMessages["cli.opt.sheet"],
    },
    limit: {
      type: "string",
      valueName: cliMessages["cli.value.n"],
      example: "20",
      description: cliMessages["cli.opt.limit"],
      descriptionParams: { n: DEFAULT_LIMIT },
    },
  },
  examples: [
    {
      command: "postloan check 城关支行台账.xlsx --out 城关支行检查结果.xlsx",
      description: cliMessages["cli.check.example-one"],
    },
    {
      command: "postloan check 各网点/*.xlsx --json > 检查结果.jsonl",
      description: cliMessages["cli.check.example-many"],
    },
  ],
  run,
};
