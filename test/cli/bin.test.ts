import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeRealisticLedger } from "../support/realistic-ledger";
import { STACK_TRACE, tempFolder } from "./harness";

const ROOT = join(__dirname, "..", "..");
const BUILT = join(ROOT, "lib", "cli", "run.js");
const BIN = join(ROOT, "bin", "postloan.js");
/** What tsconfig.cli.json compiles into lib/. */
const SOURCES = ["src/cli", "src/core", "src/usecases", "src/adapters/xlsx", "src/adapters/memory"];

function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** lib/ is missing on a fresh clone until `npm run build:cli`, and stale after a source edit: build it then. */
function ensureBuilt(): void {
  const sources = Math.max(...SOURCES.map((s) => newestSource(join(ROOT, s))));
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= sources) return;
  // A type error elsewhere in the project still emits JS; the run below says whether the CLI works.
  spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (!existsSync(BUILT)) throw new Error("npx tsc -p tsconfig.cli.json did not produce lib/cli/run.js");
}

function postloan(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, POSTLOAN_DEBUG: "", ...env },
  });
}

const tmp = tempFolder("postloan-bin-");

beforeAll(async () => {
  ensureBuilt();
  await writeRealisticLedger(tmp.path("台账.xlsx"));
  await writeRealisticLedger(tmp.path("干净.xlsx"), { defects: false });
}, 180_000);

afterAll(() => tmp.remove());

describe("bin/postloan.js", () => {
  it("checks a real file as a process: JSON on stdout, exit 1 for error findings", () => {
    const r = postloan(["check", "台账.xlsx", "--json"], tmp.dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { file: string; findings: unknown[]; summary: { asOf: string } };
    expect(report.file).toBe("台账.xlsx");
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.summary.asOf).toBe("2026-11-30");
  });

  it("exits 0 on a clean ledger", () => {
    const r = postloan(["check", "干净.xlsx"], tmp.dir);
    expect(r.stdout).toContain("结论：通过");
    expect(r.status).toBe(0);
  });

  it("exits 2 with a Chinese message and no stack trace for a missing file", () => {
    const r = postloan(["check", "不存在.xlsx"], tmp.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("找不到文件：不存在.xlsx。请检查路径和文件名是否正确。\n");
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("prints the help and the version", () => {
    const help = postloan(["--help"], tmp.dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("用法 / Usage:");
    const version = postloan(["--version"], tmp.dir);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^postloan \d+\.\d+\.\d+\n$/);
  });
});
