import { getHeapStatistics } from "node:v8";
import { dayFromYmd, type Day } from "../core/values/day";
import { scanLocale } from "./args";
import { cliText } from "./cli-text";
import { EXIT } from "./command";
import { main } from "./main";

/** The parts of `process` the command line uses (a stand-in in tests). */
export interface CliProcess {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream & {
    on(event: "error", listener: (e: NodeJS.ErrnoException) => void): unknown;
  };
  readonly stderr: NodeJS.WritableStream;
  cwd(): string;
  on(event: "unhandledRejection" | "uncaughtException", listener: (e: unknown) => void): unknown;
  exitCode?: number | string | null | undefined;
}

/** Today in the user's own calendar (a branch in China at 00:30 is already on the next day, whatever UTC says). */
export function localToday(now: Date): Day {
  // dayFromYmd only returns null for impossible dates; a clock reading is a real one.
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? Math.floor(now.getTime() / 86_400_000);
}

function reason(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

/**
 * The process around main(): real arguments, streams and clock; the exit
 * code set (not forced, so piped output is flushed); any error that escapes
 * becomes a short Chinese message asking for a report — the stack only with
 * POSTLOAN_DEBUG=1, because the people running this are not developers.
 */
export async function runCli(proc: CliProcess = process): Promise<void> {
  const argv = proc.argv.slice(2);
  const debug = proc.env["POSTLOAN_DEBUG"] === "1";
  const internal = (e: unknown): void => {
    const { locale } = scanLocale(argv);
    proc.stderr.write(cliText("cli.error.internal", { reason: reason(e) }, locale) + "\n");
    if (debug && e instanceof Error && e.stack) proc.stderr.write(e.stack + "\n");
    proc.exitCode = EXIT.internal;
  };
  // `postloan check … | head` closes the pipe early; that is not an error.
  proc.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") internal(e);
  });
  proc.on("unhandledRejection", internal);
  proc.on("uncaughtException", internal);
  try {
    proc.exitCode = await main(argv, {
      stdout: proc.stdout,
      stderr: proc.stderr,
      today: localToday(new Date()),
      cwd: proc.cwd(),
      debug,
      memoryBytes: getHeapStatistics().heap_size_limit,
    });
  } catch (e) {
    internal(e);
  }
}
