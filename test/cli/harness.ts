import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { dayFromYmd, type Day } from "../../src/core/values/day";

export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A day other than the realistic ledger's 统计日期, so a test can tell which one was used. */
export const TEST_TODAY: Day = dayFromYmd(2026, 12, 5) ?? 0;

/** Calls main() as the command would run, with in-memory stdout and stderr. */
export async function runMain(
  argv: readonly string[],
  options: { cwd?: string; today?: Day; memoryBytes?: number } = {},
): Promise<MainRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    today: options.today ?? TEST_TODAY,
    cwd: options.cwd ?? process.cwd(),
    ...(options.memoryBytes === undefined ? {} : { memoryBytes: options.memoryBytes }),
  });
  return { code, stdout, stderr };
}

/** A fresh folder under the OS temp folder, removed by the returned function. */
export function tempFolder(prefix = "postloan-"): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What no user-facing message may contain: a stack trace. */
export const STACK_TRACE = /\n\s+at .+\(.+:\d+:\d+\)|\bat Object\.<anonymous>|node:internal/;
