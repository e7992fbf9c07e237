import { parseArgs } from "node:util";
import { cliMessages } from "../core/messages/cli-messages";
import type { Locale, MessageText } from "../core/messages/message";
import { parseDate } from "../core/values/parse-date";
import type { Day } from "../core/values/day";
import { cliText } from "./cli-text";

/** One option of a command: how it is parsed and how the help describes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The value's placeholder in the help (string options). */
  readonly valueName?: MessageText;
  /** An example value, used in the "needs a value" message. */
  readonly example?: string;
  /** What the option does; `{placeholders}` are filled from descriptionParams. */
  readonly description: MessageText;
  readonly descriptionParams?: Readonly<Record<string, string | number>>;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionSpecs = {
  json: { type: "boolean", description: cliMessages["cli.opt.json"] },
  "as-of": {
    type: "string",
    valueName: cliMessages["cli.value.date"],
    example: "2026-11-30",
    description: cliMessages["cli.opt.as-of"],
  },
  out: {
    type: "string",
    valueName: cliMessages["cli.value.path"],
    example: "结果.xlsx",
    description: cliMessages["cli.opt.out"],
  },
  lang: {
    type: "string",
    valueName: { "zh-CN": "zh-CN|en-US", "en-US": "zh-CN|en-US" },
    example: "en-US",
    description: cliMessages["cli.opt.lang"],
  },
  help: { type: "boolean", short: "h", description: cliMessages["cli.opt.help"] },
};

export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export type ArgsResult =
  | { readonly ok: true; readonly values: OptionValues; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly message: string };

/** The option named in one of util.parseArgs' error messages (`Unknown option '--foo'`, `Option '--as-of <value>' …`). */
function optionIn(text: string): string {
  const m = /'(-{1,2}[^'\s]+)/.exec(text);
  return m?.[1] ?? "";
}

function findSpec(specs: OptionSpecs, option: string): [string, OptionSpec] | null {
  const bare = option.replace(/^-+/, "").replace(/=.*$/, "");
  for (const [name, spec] of Object.entries(specs)) {
    if (name === bare || spec.short === bare) return [name, spec];
  }
  return null;
}

/**
 * Parses a command's arguments with Node's util.parseArgs (strict), turning
 * its English errors into a message for the user: which option, what to do.
 */
export function parseCommandArgs(
  args: readonly string[],
  specs: OptionSpecs,
  context: { readonly command: string; readonly locale: Locale },
): ArgsResult {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  try {
    const parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
    const values: Record<string, string | boolean | undefined> = {};
    for (const [name, value] of Object.entries(parsed.values)) {
      // Non-multiple options give one value; an array would only come from `multiple`, which no spec sets.
      values[name] = Array.isArray(value) ? value[value.length - 1] : value;
    }
    return { ok: true, values, positionals: parsed.positionals };
  } catch (e) {
    return { ok: false, message: describeArgsError(e, args, specs, context) };
  }
}

function describeArgsError(
  e: unknown,
  args: readonly string[],
  specs: OptionSpecs,
  context: { readonly command: string; readonly locale: Locale },
): string {
  const code = (e as { code?: unknown }).code;
  const text = e instanceof Error ? e.message : String(e);
  const { locale, command } = context;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = optionIn(text) || (args.find((a) => a.startsWith("-")) ?? "");
    return cliText("cli.error.unknown-option", { option, command }, locale);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = optionIn(text);
    const found = findSpec(specs, option);
    if (found && found[1].type === "boolean") {
      return cliText("cli.error.flag-with-value", { option: `--${found[0]}` }, locale);
    }
    return cliText(
      "cli.error.missing-value",
      { option: found ? `--${found[0]}` : option, example: found?.[1].example ?? "…" },
      locale,
    );
  }
  return cliText("cli.error.bad-option", { detail: text, command }, locale);
}

/** A bare Excel serial typed as text (`46356`) is not a date anyone means on a command line. */
const SERIAL_LIKE = /^\d{1,7}(?:\.\d+)?$/;

/**
 * Reads `--as-of`: YYYY-MM-DD, and the other forms the core date parser
 * knows (2026/11/30, 2026年11月30日, full-width digits). Null when invalid.
 */
export function parseAsOfOption(text: string): Day | null {
  const trimmed = text.trim();
  if (SERIAL_LIKE.test(trimmed)) return null;
  const parsed = parseDate(trimmed);
  return parsed.ok ? parsed.value : null;
}

const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** Reads `--lang`, accepting `zh`, `en`, `en_US`, any case. Null when unsupported. */
export function parseLocaleOption(text: string): Locale | null {
  const t = text.trim().replace("_", "-").toLowerCase();
  if (t === "zh" || t === "cn") return "zh-CN";
  if (t === "en") return "en-US";
  return LOCALES.find((l) => l.toLowerCase() === t) ?? null;
}

/**
 * Finds `--lang` anywhere in the arguments before they are parsed, so that
 * even an error about the other arguments is given in the language asked for.
 */
export function scanLocale(argv: readonly string[]): { locale: Locale; bad: string | null } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    if (a === "--") break;
    let value: string | undefined;
    if (a === "--lang") value = argv[i + 1];
    else if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
    if (value !== undefined) {
      const locale = parseLocaleOption(value);
      return locale === null ? { locale: "zh-CN", bad: value } : { locale, bad: null };
    }
  }
  return { locale: "zh-CN", bad: null };
}
