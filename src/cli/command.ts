import type { Locale, MessageText } from "../core/messages/message";
import type { Day } from "../core/values/day";
import type { OptionSpecs, OptionValues } from "./args";

/** Where the command line writes: process.stdout/stderr in the real command, strings in tests. */
export interface TextSink {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Today's date, passed in so that the engine never reads the clock. */
  readonly today: Day;
  /** The folder relative paths are resolved against. */
  readonly cwd: string;
  /** POSTLOAN_DEBUG=1: show stack traces of internal errors. */
  readonly debug?: boolean;
  /**
   * The memory a command may fill with a workbook loaded whole (V8's heap
   * limit in the real command): a file that would need more is refused with
   * a message instead of crashing the process. Unset: no limit is checked.
   */
  readonly memoryBytes?: number;
}

/** The exit-code contract (DESIGN.md "Contracts that must not drift"), plus 3 for our own bugs. */
export const EXIT = {
  /** No `error` finding. */
  ok: 0,
  /** At least one `error` finding. */
  findings: 1,
  /** A file cannot be read, or the arguments are wrong. */
  unusable: 2,
  /** An internal error: a bug to report, not the user's input. */
  internal: 3,
} as const;

/** The worst of several exit codes (3 > 2 > 1 > 0). */
export function worstExit(codes: readonly number[]): number {
  return codes.reduce((a, b) => Math.max(a, b), EXIT.ok);
}

export interface CommandContext {
  readonly io: CliIo;
  readonly locale: Locale;
  /** Parsed options, common ones included (`json`, `as-of`, `out`, `lang`). */
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/**
 * One subcommand of `postloan`. A command is a file under src/cli/commands/
 * listed in commands/index.ts; main.ts parses the arguments (the common
 * options plus the command's own), prints help, and calls `run`.
 */
export interface CliCommand {
  readonly name: string;
  readonly summary: MessageText;
  /** Usage lines after `postloan `, e.g. "check FILE.xlsx [FILE.xlsx …] [options]". */
  readonly usage: readonly string[];
  /** The command's own options; the common ones are added by main. */
  readonly options: OptionSpecs;
  readonly examples?: readonly { readonly command: string; readonly description: MessageText }[];
  run(context: CommandContext): Promise<number>;
}
