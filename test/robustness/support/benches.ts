import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { ExcelWorkbook } from "../../../src/adapters/excel/excel-workbook";
import type { WorkbookSeed } from "../../../src/adapters/memory/memory-seed";
import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { cellAddress } from "../../../src/core/sheet-model/a1";
import { dayToIso } from "../../../src/core/values/day";
import { standInFromSeed } from "../../adapters/excel/excel-under-test";
import { xlsxBytesFromSeed } from "../../adapters/xlsx/xlsx-seed";
import { runMain, tempFolder } from "../../cli/harness";
import { expectReadable } from "./observed";
import { FEATURES, type Feature, type RunContext } from "./features";

/** A cell as the workbook holds it after the commands ran (for .xlsx: once saved and opened again). */
export interface HeldCell {
  readonly address: string;
  /** The value: text, number, boolean, an error code, or null. */
  readonly value: unknown;
  /** The formula ("=…") when the cell has one, else null. */
  readonly formula: string | null;
}

export type HeldWorkbook = ReadonlyMap<string, readonly HeldCell[]>;

export type BenchName = "memory" | "stand-in" | "xlsx";
export const BENCHES: readonly BenchName[] = ["memory", "stand-in", "xlsx"];

/**
 * Runs every feature on a workbook built from the seed, through one adapter,
 * and returns every cell of every sheet as that adapter's workbook holds them
 * afterwards. The .xlsx bench runs the commands the command line has through
 * `postloan … --out`, each on the copy the previous one wrote, and the rest
 * through the .xlsx adapter on that copy, then opens the last copy with ExcelJS.
 */
export async function runFeatures(
  bench: BenchName,
  seed: WorkbookSeed,
  ctx: RunContext,
  features: readonly Feature[] = FEATURES,
): Promise<HeldWorkbook> {
  switch (bench) {
    case "memory":
      return onMemory(seed, ctx, features);
    case "stand-in":
      return onStandIn(seed, ctx, features);
    case "xlsx":
      return onXlsx(seed, ctx, features);
  }
}

async function onMemory(seed: WorkbookSeed, ctx: RunContext, features: readonly Feature[]): Promise<HeldWorkbook> {
  const book = MemoryWorkbook.from(seed);
  for (const f of features) await f.run(book, ctx);
  const held = new Map<string, HeldCell[]>();
  for (const name of book.sheetNames()) {
    const cells: HeldCell[] = [];
    for (const { row, col, cell } of book.sheet(name).entries()) {
      if (cell.value === null && cell.formula === null) continue;
      cells.push({ address: cellAddress(row, col), value: errorCode(cell.value), formula: cell.formula });
    }
    held.set(name, cells);
  }
  return held;
}

async function onStandIn(seed: WorkbookSeed, ctx: RunContext, features: readonly Feature[]): Promise<HeldWorkbook> {
  const excel = standInFromSeed(seed);
  const uninstall = excel.install();
  try {
    const port = new ExcelWorkbook({ sleep: () => Promise.resolve() });
    for (const f of features) await f.run(port, ctx);
    const held = new Map<string, HeldCell[]>();
    for (const name of excel.sheetNames()) {
      const state = excel.state.find(name);
      const cells: HeldCell[] = [];
      for (const [key, c] of state?.cells ?? []) {
        if (c.t === "Empty" && c.f === undefined) continue;
        cells.push({
          address: cellAddress(Math.floor(key / 16_384) + 1, key % 16_384),
          value: c.t === "Empty" ? null : c.v,
          formula: c.f ?? null,
        });
      }
      held.set(name, cells);
    }
    return held;
  } finally {
    uninstall();
  }
}

/** The command line's arguments for a feature it has, on `file`, writing `out`; null when it has none. */
function cliArgs(feature: Feature, file: string, out: string, ctx: RunContext): string[] | null {
  const common = ["--sheet", ctx.sheet, "--out", out, "--json"];
  const asOf = dayToIso(ctx.asOf);
  if (feature.name.startsWith("台账检查")) return ["check", file, "--as-of", asOf, ...common];
  if (feature.name.startsWith("检查评分")) return ["score", file, "--as-of", asOf, ...common];
  if (feature.name.startsWith("到期提示")) return ["notices", file, "--as-of", asOf, ...common];
  if (feature.name.startsWith("风险预警"))
    return ["warn", file, "--signals", "--as-of", dayToIso(ctx.today), ...common];
  return null;
}

async function onXlsx(seed: WorkbookSeed, ctx: RunContext, features: readonly Feature[]): Promise<HeldWorkbook> {
  const tmp = tempFolder("postloan-bench-");
  try {
    let file = tmp.path("0.xlsx");
    writeFileSync(file, await xlsxBytesFromSeed(seed));
    for (const [i, f] of features.entries()) {
      const out = tmp.path(`${i + 1}.xlsx`);
      const args = cliArgs(f, file, out, ctx);
      if (args !== null) {
        const run = await runMain(args, { today: ctx.today });
        if (run.code > 1) throw new Error(`postloan ${args[0]} exited ${run.code}: ${run.stderr}`);
        if (run.stderr.trim() !== "") expectReadable(run.stderr, `postloan ${args[0]}'s stderr`);
        // A command with nothing to do (warn, run again: every loan has its form) writes no copy.
        if (existsSync(out)) file = out;
      } else {
        await onFile(file, out, (port) => f.run(port, ctx));
        file = out;
      }
    }
    return heldXlsx(readFileSync(file));
  } finally {
    tmp.remove();
  }
}

async function onFile(from: string, to: string, step: (port: XlsxWorkbook) => Promise<unknown>): Promise<void> {
  const port = await XlsxWorkbook.open(from);
  await step(port);
  await port.save(to);
}

/** Every cell of an .xlsx file as ExcelJS reads it back. */
export async function heldXlsx(bytes: Uint8Array): Promise<HeldWorkbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const held = new Map<string, HeldCell[]>();
  for (const ws of book.worksheets) {
    const cells: HeldCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const formula = c.type === ExcelJS.ValueType.Formula ? `=${c.formula}` : null;
        cells.push({ address: c.address, value: xlsxValue(c), formula });
      }),
    );
    held.set(ws.name, cells);
  }
  return held;
}

function xlsxValue(c: ExcelJS.Cell): unknown {
  const v = c.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v !== "object" || v instanceof Date) return v;
  const o = v as { richText?: { text: string }[]; result?: unknown; error?: string; text?: unknown };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
  if ("result" in o) return o.result ?? null;
  if (typeof o.error === "string") return o.error;
  if (typeof o.text === "string") return o.text;
  return v;
}

function errorCode(value: unknown): unknown {
  return typeof value === "object" && value !== null && "code" in value ? (value as { code: unknown }).code : value;
}
