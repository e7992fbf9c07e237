import type { FormulaMode } from "./formula-engine";
import { report } from "./probe";

/**
 * One measurement, in a process of its own (so that its peak memory is its
 * own): `node bench/out/bench/measure.js <task> [args…]`. Prints one
 * BENCH_RESULT line of JSON for bench/run.ts.
 */
// Each task loads only its own modules: ExcelJS and HyperFormula take seconds to load on a busy machine.
const TASKS: Record<string, (args: string[]) => Promise<object>> = {
  "engine-floor": async ([n]) => (await import("./engine")).engineFloor(Number(n)),
  "engine-check": async ([n]) => (await import("./engine")).engineCheck(Number(n)),
  office: async ([n]) => (await import("./office")).officePath(Number(n)),
  "xlsx-write": async ([n, file]) => (await import("./xlsx-file")).writeLedgerXlsx(Number(n), file ?? "ledger.xlsx"),
  "custom-functions": async ([n]) => (await import("./custom-functions")).customFunctions(Number(n)),
  "formula-engine": async ([n, mode]) =>
    (await import("./formula-engine")).formulaEngine(Number(n), (mode ?? "data") as FormulaMode),
};

async function main(): Promise<void> {
  const [task, ...args] = process.argv.slice(2);
  const run = task === undefined ? undefined : TASKS[task];
  if (run === undefined) throw new Error(`Unknown task ${task ?? "(none)"}; tasks: ${Object.keys(TASKS).join(", ")}`);
  report(await run(args));
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
