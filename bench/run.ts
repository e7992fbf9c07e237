import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { AS_OF_ISO, SIZES, sizeLabel } from "./ledger";
import { RESULT_PREFIX, type Timing } from "./probe";

/**
 * `npm run bench`: every measurement in a child process of its own (so that
 * its peak memory is its own), one after the other (so that they do not
 * compete for the machine's two cores), then one table, printed and written
 * to bench/RESULTS.md with the machine's description.
 *
 * The .xlsx files the command line is measured on are written once and kept
 * in the system's temporary folder, named by a hash of what generates them
 * (the ledger generator, the writer, ExcelJS's version): writing 500,000 rows
 * with ExcelJS takes about as long as reading them, and is preparation, not
 * a measurement. BENCH_FRESH=1 writes them again.
 *
 * BENCH_QUICK=1 runs small sizes only (for working on the bench itself).
 */
// bench/out/bench/run.js → the project folder.
const ROOT = resolve(__dirname, "../../..");
const OUT = join(ROOT, "bench/out/bench");
const QUICK = process.env["BENCH_QUICK"] === "1";
const FRESH = process.env["BENCH_FRESH"] === "1";
const ENGINE_SIZES: readonly number[] = QUICK ? [2_000, 10_000, 50_000] : SIZES;
/** The stand-in keeps every cell as an object in a Map: 500,000 × 32 cells would take ~5 GB and minutes. */
const OFFICE_SIZES: readonly number[] = QUICK ? [2_000, 10_000, 25_000] : [10_000, 100_000, 250_000];
const CLI_SIZES = ENGINE_SIZES;
/** ExcelJS's in-memory load is measured where it fits: at 500,000 rows it needs far more than 2 GB. */
const MEMORY_FLOOR_MAX = 100_000;
const FUNCTION_ROWS = QUICK ? 10_000 : 100_000;
const CLI_HEAP_MB = 2048;
const BIG_HEAP_MB = 12_288;

// ---------------------------------------------------------------- children

interface ChildResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly wallMs: number;
  /** From report-rss.js, when the child was run with it. */
  readonly usage?: { readonly peakRssMb: number; readonly cpuMs: number };
}

function runNode(args: readonly string[], options: { heapMb: number; usage?: boolean }): Promise<ChildResult> {
  const usageFile = options.usage ? join(os.tmpdir(), `postloan-bench-${process.pid}-${Date.now()}.json`) : null;
  const argv = [
    `--max-old-space-size=${options.heapMb}`,
    ...(usageFile === null ? [] : ["-r", join(OUT, "report-rss.js")]),
    ...args,
  ];
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, {
      cwd: ROOT,
      env: { ...process.env, ...(usageFile === null ? {} : { BENCH_USAGE_FILE: usageFile }) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => {
      const wallMs = performance.now() - started;
      let usage: ChildResult["usage"];
      if (usageFile !== null) {
        try {
          usage = JSON.parse(readFileSync(usageFile, "utf8")) as ChildResult["usage"];
          rmSync(usageFile, { force: true });
        } catch {
          usage = undefined;
        }
      }
      done({ code, stdout, stderr, wallMs, ...(usage === undefined ? {} : { usage }) });
    });
  });
}

type Json = Record<string, unknown>;

interface CliEntry {
  file?: Json | null;
  /** The file was kept from an earlier run. */
  reused?: boolean;
  bytes?: number;
  stream?: ChildResult;
  memory?: ChildResult;
  check?: ChildResult;
}

/** The findings the command's summary counts: 按级别：错误 N · 警告 N · 提示 N. */
function cliFindings(r: ChildResult | undefined): number | undefined {
  const m = /按级别：错误 (\d+) · 警告 (\d+) · 提示 (\d+)/.exec(r?.stdout ?? "");
  return m === null ? undefined : Number(m[1]) + Number(m[2]) + Number(m[3]);
}

/** What the .xlsx files depend on: the generator, the writer and ExcelJS. */
function inputsHash(): string {
  const hash = createHash("sha256");
  const parts = [
    "bench/ledger.ts",
    "bench/xlsx-file.ts",
    "src/preview/demo/demo-ledger.ts",
    "node_modules/exceljs/package.json",
  ];
  for (const file of parts) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest("hex").slice(0, 12);
}

function progress(text: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** Runs one measurement task; null (and the error on stderr) when it fails. */
async function measure(task: string, args: readonly (string | number)[], heapMb = BIG_HEAP_MB): Promise<Json | null> {
  progress(`${task} ${args.join(" ")}`);
  const r = await runNode([join(OUT, "measure.js"), task, ...args.map(String)], { heapMb });
  const line = r.stdout.split("\n").find((l) => l.startsWith(RESULT_PREFIX));
  if (r.code !== 0 || line === undefined) {
    progress(`  FAILED (exit ${String(r.code)}): ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    return null;
  }
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as Json;
}

// ---------------------------------------------------------------- formatting

const s = (ms: number | undefined): string => (ms === undefined ? "–" : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1));
const mb = (n: number | undefined): string => (n === undefined ? "–" : n.toFixed(0));
const ratio = (n: number | undefined): string => (n === undefined || !Number.isFinite(n) ? "–" : `${n.toFixed(2)}×`);
const kb = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / 1024).toFixed(0)} KiB`);
const megabytes = (bytes: number | undefined): string => (bytes === undefined ? "–" : `${(bytes / 1e6).toFixed(1)} MB`);
const us = (ms: number | undefined, rows: number): string =>
  ms === undefined ? "–" : `${((ms * 1000) / rows).toFixed(1)} µs`;
/** CPU seconds, with wall seconds after it: on a loaded machine the CPU figure is the steadier one. */
const cpuWall = (t: Timing | undefined): string => (t === undefined ? "–" : `${s(t.cpuMs)} (${s(t.wallMs)})`);

function get<T>(o: Json | null | undefined, path: string): T | undefined {
  let cur: unknown = o;
  for (const key of path.split(".")) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Json)[key];
  }
  return cur as T | undefined;
}

interface Row {
  readonly section: string;
  readonly measure: string;
  readonly cells: readonly string[];
  readonly target: string;
  readonly met: string;
}

function verdict(values: readonly (boolean | undefined)[]): string {
  if (values.length === 0 || values.some((v) => v === undefined)) return values.some((v) => v === false) ? "no" : "–";
  return values.every(Boolean) ? "yes" : "no";
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

// ---------------------------------------------------------------- the run

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const started = performance.now();

  // 1. The engine in memory.
  const floor = new Map<number, Json | null>();
  const check = new Map<number, Json | null>();
  for (const n of ENGINE_SIZES) {
    floor.set(n, await measure("engine-floor", [n]));
    check.set(n, await measure("engine-check", [n]));
  }

  // 2. The Office.js path against the stand-in.
  const office = new Map<number, Json | null>();
  for (const n of OFFICE_SIZES) office.set(n, await measure("office", [n]));

  // 3. The command line on .xlsx files.
  const dir = join(os.tmpdir(), `postloan-bench-${inputsHash()}`);
  mkdirSync(dir, { recursive: true });
  const cli = new Map<number, CliEntry>();
  for (const n of CLI_SIZES) {
    const file = join(dir, `台账-${sizeLabel(n)}.xlsx`);
    const entry: CliEntry = {};
    cli.set(n, entry);
    if (FRESH || !existsSync(file)) {
      // Written under another name and renamed when complete: an interrupted run leaves no half file to reuse.
      entry.file = await measure("xlsx-write", [n, `${file}.part`]);
      if (entry.file === null) continue;
      renameSync(`${file}.part`, file);
    } else {
      progress(`reusing ${file}`);
      entry.reused = true;
    }
    {
      entry.bytes = statSync(file).size;
      progress(`floor: ExcelJS stream read ${sizeLabel(n)}`);
      // ExcelJS's streaming reader fails now and then on a file its own writer made (exceljs#3064: it loses
      // workbook.xml, the zip's last entry); a failed read is no floor, so it is tried again, up to three times.
      for (let attempt = 1; attempt <= 3; attempt++) {
        entry.stream = await runNode([join(OUT, "xlsx-floor.js"), "stream", file], {
          heapMb: CLI_HEAP_MB,
          usage: true,
        });
        if (entry.stream.code === 0) break;
        progress(
          `  the floor's read failed (attempt ${attempt}): ${entry.stream.stderr.trim().split("\n").pop() ?? ""}`,
        );
      }
      if (n <= MEMORY_FLOOR_MAX) {
        progress(`floor: ExcelJS in-memory load ${sizeLabel(n)}`);
        entry.memory = await runNode([join(OUT, "xlsx-floor.js"), "memory", file], {
          heapMb: CLI_HEAP_MB,
          usage: true,
        });
      }
      progress(`postloan check ${sizeLabel(n)}`);
      entry.check = await runNode([join(ROOT, "bin/postloan.js"), "check", file, "--as-of", AS_OF_ISO], {
        heapMb: CLI_HEAP_MB,
        usage: true,
      });
      if (entry.check.code !== 1 && entry.check.code !== 0) progress(`  postloan check failed: ${entry.check.stderr}`);
    }
  }

  // 4. The custom functions; 5. native formulas in the formula engine.
  const functions = await measure("custom-functions", [FUNCTION_ROWS]);
  const engine: Record<string, Json | null> = {};
  for (const mode of ["data", "ifs", "dh-rows", "dh-spill"]) {
    engine[mode] = await measure("formula-engine", [FUNCTION_ROWS, mode]);
  }

  const totalMs = performance.now() - started;
  const loadAfter = os.loadavg();

  // ---------------------------------------------------------------- the table
  const rows: Row[] = [];
  const at = (sizes: readonly number[], cell: (n: number) => string): string[] => {
    const cells = sizes.map((n) => cell(n));
    while (cells.length < 3) cells.push("");
    return cells;
  };
  const sized = (sizes: readonly number[], text: (n: number) => string): string[] =>
    at(sizes, (n) => (SIZES.includes(n as (typeof SIZES)[number]) ? text(n) : `${sizeLabel(n)}: ${text(n)}`));

  // 1. Engine
  const engineRatio = (n: number): number | undefined => {
    const f = get<number>(floor.get(n), "cpuMs");
    const c = get<number>(check.get(n), "cpuMs");
    return f === undefined || c === undefined ? undefined : c / f;
  };
  rows.push({
    section: "1 Engine",
    measure: "Parse floor: every mapped cell through its column's parser, CPU s (wall s)",
    cells: sized(ENGINE_SIZES, (n) => cpuWall(floor.get(n) as unknown as Timing)),
    target: "",
    met: "",
  });
  rows.push({
    section: "1 Engine",
    measure: "readLedger + checkLedger, CPU s (wall s)",
    cells: sized(ENGINE_SIZES, (n) => cpuWall(check.get(n) as unknown as Timing)),
    target: "",
    met: "",
  });
  rows.push({
    section: "1 Engine",
    measure: "… of which readLedger / checkLedger, CPU s",
    cells: sized(ENGINE_SIZES, (n) => `${s(get(check.get(n), "read.cpuMs"))} / ${s(get(check.get(n), "check.cpuMs"))}`),
    target: "",
    met: "",
  });
  rows.push({
    section: "1 Engine",
    measure: "Check ÷ parse floor (CPU)",
    cells: sized(ENGINE_SIZES, (n) => ratio(engineRatio(n))),
    target: "≤ 2×",
    met: verdict(ENGINE_SIZES.map((n) => (engineRatio(n) === undefined ? undefined : (engineRatio(n) ?? 0) <= 2))),
  });
  const big = ENGINE_SIZES[2];
  const mid = ENGINE_SIZES[1];
  const scale =
    big !== undefined && mid !== undefined
      ? (get<number>(check.get(big), "cpuMs") ?? NaN) / (get<number>(check.get(mid), "cpuMs") ?? NaN)
      : undefined;
  rows.push({
    section: "1 Engine",
    measure: `Linear in rows: check time ${big === undefined ? "" : sizeLabel(big)} ÷ ${mid === undefined ? "" : sizeLabel(mid)} (CPU)`,
    cells: ["", "", ratio(scale)],
    target: `≤ ${(((big ?? 0) / (mid ?? 1)) * 1.1).toFixed(1)}×`,
    met: scale === undefined || !Number.isFinite(scale) ? "–" : scale <= ((big ?? 0) / (mid ?? 1)) * 1.1 ? "yes" : "no",
  });
  rows.push({
    section: "1 Engine",
    measure: "Peak RSS MB: check (floor), generated ledger included",
    cells: sized(ENGINE_SIZES, (n) => `${mb(get(check.get(n), "peakRssMb"))} (${mb(get(floor.get(n), "peakRssMb"))})`),
    target: "",
    met: "",
  });
  rows.push({
    section: "1 Engine",
    measure: "Sheet rows / findings",
    cells: sized(
      ENGINE_SIZES,
      (n) => `${String(get(check.get(n), "rows") ?? "–")} / ${String(get(check.get(n), "findings") ?? "–")}`,
    ),
    target: "",
    met: "",
  });

  // 2. Office.js
  const phases = ["check", "mark", "results"] as const;
  const perPhase = (n: number, key: string, fmt: (v: number | undefined) => string): string =>
    phases.map((p) => fmt(get<number>(office.get(n), `${p}.${key}`))).join(" / ");
  rows.push({
    section: "2 Office.js",
    measure: "Round trips (context.sync): check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "syncs", (v) => String(v ?? "–"))),
    target:
      "grow with rows ÷ chunk: rows per check round trip never fall; mark and 检查结果 at most 2× from smallest to largest",
    met: officeRoundTripsVerdict(),
  });
  /**
   * Round trips grow with rows ÷ chunk, not with cells or findings: each
   * check round trip carries at least as many rows on a larger sheet (a
   * per-cell or per-row sync would carry fewer), and marking and writing
   * 检查结果 take at most twice as many round trips on the largest sheet as
   * on the smallest, while the findings grow 25-fold.
   */
  function officeRoundTripsVerdict(): string {
    const first = OFFICE_SIZES[0];
    const last = OFFICE_SIZES[OFFICE_SIZES.length - 1];
    if (first === undefined || last === undefined) return "–";
    const perSync = OFFICE_SIZES.map((n) => {
      const syncs = get<number>(office.get(n), "check.syncs");
      const r = get<number>(office.get(n), "rows");
      return syncs === undefined || r === undefined ? undefined : r / syncs;
    });
    const growth = (phase: string): boolean | undefined => {
      const a = get<number>(office.get(first), `${phase}.syncs`);
      const b = get<number>(office.get(last), `${phase}.syncs`);
      return a === undefined || b === undefined ? undefined : b <= 2 * a;
    };
    const rising = perSync.every((v) => v !== undefined)
      ? perSync.every((v, i) => i === 0 || (v ?? 0) >= (perSync[i - 1] ?? 0))
      : undefined;
    return verdict([rising, growth("mark"), growth("results")]);
  }
  rows.push({
    section: "2 Office.js",
    measure: "Sheet rows per check round trip",
    cells: sized(OFFICE_SIZES, (n) => {
      const syncs = get<number>(office.get(n), "check.syncs");
      const r = get<number>(office.get(n), "rows");
      return syncs === undefined || r === undefined ? "–" : (r / syncs).toFixed(0);
    }),
    target: "",
    met: "",
  });
  const maxRequest = (n: number): number | undefined => {
    const v = phases.map((p) => get<number>(office.get(n), `${p}.maxRequestBytes`));
    return v.some((x) => x === undefined) ? undefined : Math.max(...(v as number[]));
  };
  rows.push({
    section: "2 Office.js",
    measure: "Largest request: check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "maxRequestBytes", kb)),
    target: "< 4 MiB (4,194,304 B)",
    met: verdict(
      OFFICE_SIZES.map((n) => (maxRequest(n) === undefined ? undefined : (maxRequest(n) ?? 0) < 4 * 1024 * 1024)),
    ),
  });
  rows.push({
    section: "2 Office.js",
    measure: "Largest response: check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "maxResponseBytes", kb)),
    target: "< 5 MB (Excel's limit)",
    met: verdict(
      OFFICE_SIZES.map((n) => {
        const v = phases.map((p) => get<number>(office.get(n), `${p}.maxResponseBytes`));
        return v.some((x) => x === undefined) ? undefined : Math.max(...(v as number[])) < 5 * 1024 * 1024;
      }),
    ),
  });
  rows.push({
    section: "2 Office.js",
    measure: "Total bytes sent: check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "totalRequestBytes", megabytes)),
    target: "",
    met: "",
  });
  rows.push({
    section: "2 Office.js",
    measure: "Total bytes received: check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "totalResponseBytes", megabytes)),
    target: "",
    met: "",
  });
  rows.push({
    section: "2 Office.js",
    measure: "Cells marked / getRanges calls / fill writes",
    cells: sized(
      OFFICE_SIZES,
      (n) =>
        `${String(get(office.get(n), "marked") ?? "–")} / ${String(get(office.get(n), "mark.getRangesCalls") ?? "–")} / ${String(get(office.get(n), "mark.fillWrites") ?? "–")}`,
    ),
    target: "grouped: ≤ 2 + cells ÷ 500 calls",
    met: verdict(
      OFFICE_SIZES.map((n) => {
        const calls = get<number>(office.get(n), "mark.getRangesCalls");
        const marked = get<number>(office.get(n), "marked");
        // Grouped: each getRanges call carries hundreds of cells on average (one call per cell would be `marked`).
        return calls === undefined || marked === undefined ? undefined : calls <= 2 + marked / 500;
      }),
    ),
  });
  rows.push({
    section: "2 Office.js",
    measure: "Node CPU s, adapter + stand-in (not Excel's time): check / mark / 检查结果",
    cells: sized(OFFICE_SIZES, (n) => perPhase(n, "cpuMs", s)),
    target: "",
    met: "",
  });

  // 3. Command line
  const cliRatio = (n: number): number | undefined => {
    const e = cli.get(n);
    return e?.check === undefined || e.stream === undefined ? undefined : e.check.wallMs / e.stream.wallMs;
  };
  const cliCpuRatio = (n: number): number | undefined => {
    const e = cli.get(n);
    const a = e?.check?.usage?.cpuMs;
    const b = e?.stream?.usage?.cpuMs;
    return a === undefined || b === undefined ? undefined : a / b;
  };
  const wallPeak = (r: ChildResult | undefined): string =>
    r === undefined
      ? "–"
      : r.code !== 0 && r.code !== 1
        ? `failed (exit ${String(r.code)})`
        : `${s(r.wallMs)} s, ${mb(r.usage?.peakRssMb)} MB`;
  rows.push({
    section: "3 CLI",
    measure: ".xlsx written by ExcelJS's streaming writer: size / wall time (preparation, not measured)",
    cells: sized(CLI_SIZES, (n) => {
      const e = cli.get(n);
      return `${megabytes(e?.bytes)} / ${e?.reused === true ? "kept from an earlier run" : `${s(get(e?.file, "wallMs"))} s`}`;
    }),
    target: "",
    met: "",
  });
  rows.push({
    section: "3 CLI",
    measure: "Floor: ExcelJS streaming reader, every row, nothing else — wall s, peak MB",
    cells: sized(CLI_SIZES, (n) => wallPeak(cli.get(n)?.stream)),
    target: "",
    met: "",
  });
  rows.push({
    section: "3 CLI",
    measure: "For reference: ExcelJS in-memory load (XlsxWorkbook's reader) — wall s, peak MB",
    cells: sized(CLI_SIZES, (n) => (n <= MEMORY_FLOOR_MAX ? wallPeak(cli.get(n)?.memory) : "not run: > 2 GB")),
    target: "",
    met: "",
  });
  rows.push({
    section: "3 CLI",
    measure: `postloan check FILE (streamed; --max-old-space-size=${CLI_HEAP_MB}) — wall s, peak MB`,
    cells: sized(CLI_SIZES, (n) => wallPeak(cli.get(n)?.check)),
    target: "peak fits 2 GB",
    met: verdict(
      CLI_SIZES.map((n) => {
        const c = cli.get(n)?.check;
        return c === undefined || c.usage === undefined
          ? undefined
          : (c.code === 0 || c.code === 1) && c.usage.peakRssMb < 2048;
      }),
    ),
  });
  rows.push({
    section: "3 CLI",
    measure: "postloan check ÷ floor: wall (CPU)",
    cells: sized(CLI_SIZES, (n) => `${ratio(cliRatio(n))} (${ratio(cliCpuRatio(n))})`),
    target: "≤ 1.3×",
    met: verdict(CLI_SIZES.map((n) => (cliRatio(n) === undefined ? undefined : (cliRatio(n) ?? 0) <= 1.3))),
  });
  rows.push({
    section: "3 CLI",
    measure: "Findings: readLedger + checkLedger on the ledger in memory / postloan check on its .xlsx",
    cells: sized(
      CLI_SIZES,
      (n) => `${String(get(check.get(n), "findings") ?? "–")} / ${String(cliFindings(cli.get(n)?.check) ?? "–")}`,
    ),
    target: "the same",
    met: verdict(
      CLI_SIZES.map((n) => {
        const a = get<number>(check.get(n), "findings");
        const b = cliFindings(cli.get(n)?.check);
        return a === undefined || b === undefined ? undefined : a === b;
      }),
    ),
  });

  // 4. Custom functions
  const fnRows = FUNCTION_ROWS;
  const fnCell = (text: string): string[] => ["", text, ""];
  for (const [name, key] of [
    ["DH.CLASSIFY", "classify"],
    ["DH.CLASS_CHECK", "classCheck"],
  ] as const) {
    rows.push({
      section: "4 Functions",
      measure: `${name} per row, CPU: one call over ${sizeLabel(fnRows)} rows / ${sizeLabel(fnRows)} single-cell calls`,
      cells: fnCell(
        `${us(get(functions, `${key}.range.cpuMs`), fnRows)} / ${us(get(functions, `${key}.cells.cpuMs`), fnRows)}`,
      ),
      target: "",
      met: "",
    });
  }

  // 5. Native formulas against DH.CLASSIFY in the formula engine
  const build = (mode: string): number | undefined => get<number>(engine[mode], "build.cpuMs");
  const over = (mode: string): string => {
    const b = build(mode);
    const d = build("data");
    return b === undefined || d === undefined ? "–" : us(b - d, fnRows);
  };
  rows.push({
    section: "5 Formulas",
    measure: `HyperFormula, ${sizeLabel(fnRows)} rows built and calculated, CPU s: data only / +IFS per row / +DH.CLASSIFY per row / +one DH.CLASSIFY spill`,
    cells: fnCell(["data", "ifs", "dh-rows", "dh-spill"].map((m) => s(build(m))).join(" / ")),
    target: "",
    met: "",
  });
  rows.push({
    section: "5 Formulas",
    measure: "… per row beyond the data: IFS / DH.CLASSIFY per row / DH.CLASSIFY spill",
    cells: fnCell(`${over("ifs")} / ${over("dh-rows")} / ${over("dh-spill")}`),
    target: "",
    met: "",
  });
  rows.push({
    section: "5 Formulas",
    measure: "Recalculation after editing one 逾期天数, CPU ms: IFS / DH per row / DH spill",
    cells: fnCell(
      ["ifs", "dh-rows", "dh-spill"]
        .map((m) => {
          const v = get<number>(engine[m], "edit.cpuMs");
          return v === undefined ? "–" : v.toFixed(1);
        })
        .join(" / "),
    ),
    target: "",
    met: "",
  });
  const ifsResults = get<unknown[]>(engine["ifs"], "results");
  const dhResults = get<unknown[]>(engine["dh-spill"], "results");
  let agree: string = "–";
  if (ifsResults !== undefined && dhResults !== undefined && ifsResults.length > 0) {
    let same = 0;
    ifsResults.forEach((v, i) => {
      if (v === dhResults[i]) same++;
    });
    agree = `${((100 * same) / ifsResults.length).toFixed(2)}% (${ifsResults.length - same} rows differ)`;
  }
  rows.push({
    section: "5 Formulas",
    measure: "IFS gives the same class as DH.CLASSIFY (it ignores conditions, ECL and 技术性逾期)",
    cells: fnCell(agree),
    target: "",
    met: "",
  });

  // ---------------------------------------------------------------- output
  const header = ["§", "Measure", ...SIZES.map(sizeLabel), "Target", "Met"];
  const table = markdownTable(
    header,
    rows.map((r) => [r.section, r.measure, ...r.cells, r.target, r.met]),
  );
  const cpus = os.cpus();
  const machine = [
    `- CPU: ${cpus[0]?.model ?? "unknown"} × ${cpus.length} cores`,
    `- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
    `- Date: ${startedAt.toISOString()}`,
    `- Load average (1/5/15 min) at start: ${loadBefore.map((l) => l.toFixed(2)).join(" / ")}; at end: ${loadAfter.map((l) => l.toFixed(2)).join(" / ")}`,
    `- Whole bench: ${(totalMs / 60_000).toFixed(1)} min${QUICK ? " (BENCH_QUICK: small sizes)" : ""}`,
  ].join("\n");
  const notes = [
    "Times are CPU seconds of the measured work (user + system, from process.cpuUsage), with wall seconds in brackets:",
    "on a machine shared with other work, wall time stretches with the load average while CPU time stays put.",
    "Peak memory is the process's maximum resident set (process.resourceUsage().maxRSS); each measurement runs in a process of its own.",
    `Ledgers: the preview's seeded demo ledger (32 columns: title rows, 统计日期, 小计/合计 rows, text dates in six forms, amounts as text and full-width, ~8% of loans with a planted defect) plus an #N/A every 997 loans. Office.js sizes: ${OFFICE_SIZES.map(sizeLabel).join(" / ")}.`,
  ].join("\n");
  const doc = `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.ts). What the figures mean and what to expect at each size: the README's Performance section.\n\n## Machine\n\n${machine}\n\n## Results\n\n${table}\n\n${notes}\n`;
  process.stdout.write(`\n${machine}\n\n${table}\n\n${notes}\n`);
  if (!QUICK) writeFileSync(join(ROOT, "bench/RESULTS.md"), doc);
  else writeFileSync(join(ROOT, "bench/out/RESULTS.quick.md"), doc);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
