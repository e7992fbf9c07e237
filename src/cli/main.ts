import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cliMessages } from "../core/messages/cli-messages";
import type { MessageText } from "../core/messages/message";
import { COMMON_OPTIONS, parseCommandArgs, scanLocale, type OptionSpec, type OptionSpecs } from "./args";
import { bilingual, cliText } from "./cli-text";
import { EXIT, type CliCommand, type CliIo } from "./command";
import { COMMANDS } from "./commands";

export type { CliIo, TextSink } from "./command";

/**
 * The `postloan` command line, as a function: arguments in, exit code out,
 * text written to io.stdout / io.stderr. It never calls process.exit and
 * never reads the clock (io.today), so tests call it directly; run.ts is the
 * process wrapper.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const { locale, bad } = scanLocale(argv);
  if (bad !== null) {
    io.stderr.write(cliText("cli.error.bad-lang", { value: bad }, locale) + "\n");
    return EXIT.unusable;
  }
  const beforeDashes = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length);
  if (beforeDashes.includes("--version") || beforeDashes.includes("-V")) {
    io.stdout.write(`postloan ${packageVersion()}\n`);
    return EXIT.ok;
  }

  const at = commandIndex(argv);
  const name = at < 0 ? null : (argv[at] ?? null);
  if (name === null || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === argv[at + 1]) : undefined;
    const wantsHelp = name === "help" || beforeDashes.includes("--help") || beforeDashes.includes("-h");
    if (wantsHelp) {
      io.stdout.write(topic ? commandHelp(topic) : generalHelp());
      return EXIT.ok;
    }
    io.stderr.write(cliText("cli.error.no-command", {}, locale) + "\n\n" + generalHelp());
    return EXIT.unusable;
  }

  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    if (/\.xlsx$/i.test(name)) {
      io.stderr.write(cliText("cli.error.file-without-command", { file: name }, locale) + "\n");
      return EXIT.unusable;
    }
    const commands = COMMANDS.map((c) => c.name).join(locale === "en-US" ? ", " : "、");
    io.stderr.write(cliText("cli.error.unknown-command", { command: name, commands }, locale) + "\n");
    return EXIT.unusable;
  }

  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  const parsed = parseCommandArgs(rest, { ...COMMON_OPTIONS, ...command.options }, { command: command.name, locale });
  if (!parsed.ok) {
    io.stderr.write(parsed.message + "\n");
    return EXIT.unusable;
  }
  if (parsed.values["help"] === true) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return command.run({ io, locale, values: parsed.values, positionals: parsed.positionals });
}

/** String options of any command, whose next argument is a value, not the command's name. */
function valueOptions(): Set<string> {
  const names = new Set<string>();
  const add = (specs: OptionSpecs): void => {
    for (const [name, spec] of Object.entries(specs)) {
      if (spec.type !== "string") continue;
      names.add(`--${name}`);
      if (spec.short !== undefined) names.add(`-${spec.short}`);
    }
  };
  add(COMMON_OPTIONS);
  for (const c of COMMANDS) add(c.options);
  return names;
}

/** Where the subcommand is: the first argument that is neither an option nor an option's value. */
function commandIndex(argv: readonly string[]): number {
  const takesValue = valueOptions();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") return -1;
    if (a.startsWith("-") && a !== "-") {
      if (takesValue.has(a)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The version in package.json, which sits two folders up from both src/cli and lib/cli. */
export function packageVersion(): string {
  try {
    const text = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : "?";
  } catch {
    return "?";
  }
}

// ---- help (Chinese with English beside it, whatever --lang says) ----

/** Columns on a terminal: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(1, width - displayWidth(s)));
}

function both(text: MessageText, params?: Readonly<Record<string, string | number>>): string {
  const fillIn = (t: string): string => t.replace(/\{(\w+)\}/g, (w, k: string) => String(params?.[k] ?? w));
  const zh = fillIn(text["zh-CN"]);
  const en = fillIn(text["en-US"]);
  return zh === en ? zh : `${zh} / ${en}`;
}

function optionLabel(name: string, spec: OptionSpec): string {
  const flag = spec.short === undefined ? `    --${name}` : `-${spec.short}, --${name}`;
  if (spec.type === "boolean" || spec.valueName === undefined) return flag;
  const zh = spec.valueName["zh-CN"];
  const en = spec.valueName["en-US"];
  return `${flag} ${zh === en ? zh : `${zh}|${en}`}`;
}

function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([left]) => displayWidth(left))) + 2;
  return rows.map(([left, right]) => `  ${pad(left, width)}${right}`).join("\n");
}

function heading(id: keyof typeof cliMessages): string {
  return `${bilingual(id)}:`;
}

function exitCodes(): string {
  return table([
    ["0", bilingual("cli.help.exit-0")],
    ["1", bilingual("cli.help.exit-1")],
    ["2", bilingual("cli.help.exit-2")],
    ["3", bilingual("cli.help.exit-3")],
  ]);
}

function optionRows(specs: OptionSpecs): [string, string][] {
  return Object.entries(specs).map(([name, spec]) => [
    optionLabel(name, spec),
    both(spec.description, spec.descriptionParams),
  ]);
}

export function generalHelp(): string {
  const lines = [
    `postloan ${packageVersion()} — ${both(cliMessages["cli.help.title"])}`,
    "",
    heading("cli.help.usage"),
    "  postloan <命令|command> <文件|FILE>.xlsx … [选项|options]",
    ...COMMANDS.flatMap((c) => c.usage.map((u) => `  postloan ${u}`)),
    "",
    heading("cli.help.commands"),
    table(COMMANDS.map((c) => [c.name, both(c.summary)])),
    "",
    heading("cli.help.options"),
    table([...optionRows(COMMON_OPTIONS), ["-V, --version", bilingual("cli.opt.version")]]),
    "",
    heading("cli.help.exit-codes"),
    exitCodes(),
    "",
    bilingual("cli.help.more"),
    "",
  ];
  return lines.join("\n");
}

export function commandHelp(command: CliCommand): string {
  const lines = [
    `postloan ${command.name} — ${both(command.summary)}`,
    "",
    heading("cli.help.usage"),
    ...command.usage.map((u) => `  postloan ${u}`),
    "",
    heading("cli.help.options"),
    table([...optionRows(command.options), ...optionRows(COMMON_OPTIONS)]),
    "",
  ];
  if (command.examples !== undefined && command.examples.length > 0) {
    lines.push(heading("cli.help.examples"));
    for (const e of command.examples) lines.push(`  # ${both(e.description)}`, `  ${e.command}`);
    lines.push("");
  }
  lines.push(heading("cli.help.exit-codes"), exitCodes(), "");
  return lines.join("\n");
}
