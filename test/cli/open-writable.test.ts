import { existsSync, writeFileSync } from "node:fs";
import { XlsxOpenError } from "../../src/adapters/xlsx/open-errors";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { HEAP_BYTES_PER_SHEET_BYTE, openWritable } from "../../src/cli/open-writable";
import { writeRealisticLedger } from "../support/realistic-ledger";
import { runMain, STACK_TRACE, tempFolder } from "./harness";

const tmp = tempFolder("postloan-open-writable-");
const LEDGER = "台账.xlsx";
/** Far less than any workbook needs: every file is "too large". */
const TINY = 64 * 1024;
/** More than any test workbook needs. */
const AMPLE = 8 * 1024 ** 3;

beforeAll(async () => {
  await writeRealisticLedger(tmp.path(LEDGER));
  writeFileSync(tmp.path("导出.xlsx"), "客户名称,借据号\n张三,JJ001\n", "utf8");
});
afterAll(() => tmp.remove());

async function rejection(memory: number | undefined, name = LEDGER): Promise<unknown> {
  return openWritable(tmp.path(name), name, memory).then(
    () => null,
    (e: unknown) => e,
  );
}

describe("openWritable", () => {
  it.each([
    ["no limit given", undefined],
    ["a limit the workbook fits in", AMPLE],
  ])("opens the workbook whole with %s", async (_, memory) => {
    const book = await openWritable(tmp.path(LEDGER), LEDGER, memory);
    expect(book).toBeInstanceOf(XlsxWorkbook);
    expect((await book.listSheets()).length).toBeGreaterThan(0);
  });

  it("refuses a workbook that would not fit, naming the file, the figures and what to do, in both languages", async () => {
    const e = await rejection(TINY);
    expect(XlsxOpenError.is(e)).toBe(true);
    if (!XlsxOpenError.is(e)) return;
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(
      /^文件太大，无法整本载入内存来写副本：台账\.xlsx（工作表数据解压后约 \d+ MB，估计需要 [\d.]+ GB 内存，本次最多可用 0\.1 GB）$/,
    );
    expect(e.hint).toContain("不加 --out");
    expect(e.hint).toMatch(/--max-old-space-size=\d+/);
    const en = e.localized("en-US");
    expect(en.message).toContain("too large");
    expect(en.hint).toContain("without --out");
  });

  it("asks for as much memory as the sheets' size times the measured factor, and suggests at least that much", async () => {
    const e = await rejection(TINY);
    if (!XlsxOpenError.is(e)) throw new Error("expected a too-large error");
    const xmlMb = Number(e.params["xmlMb"]);
    const needGb = Number(e.params["needGb"]);
    expect(xmlMb).toBeGreaterThan(0);
    // needGb is rounded to 0.1 GB, and never shown below 0.1.
    expect(needGb).toBeCloseTo(Math.max(0.1, (xmlMb * HEAP_BYTES_PER_SHEET_BYTE) / 1024), 0);
    expect(Number(e.params["suggestMb"])).toBeGreaterThanOrEqual(needGb * 1024);
  });

  it("leaves a file that is not a workbook to the reader's own message, whatever the limit", async () => {
    const e = await rejection(TINY, "导出.xlsx");
    expect(XlsxOpenError.is(e) && e.code).toBe("csv");
  });

  it("says a missing file is missing", async () => {
    const e = await rejection(AMPLE, "没有这个文件.xlsx");
    expect(XlsxOpenError.is(e) && e.code).toBe("not-found");
  });
});

describe("the commands that load a workbook whole, when it would not fit", () => {
  it.each([
    ["check --out", ["check", LEDGER, "--out", "副本-check.xlsx"], "副本-check.xlsx"],
    ["score --out", ["score", LEDGER, "--out", "副本-score.xlsx"], "副本-score.xlsx"],
    ["notices --out", ["notices", LEDGER, "--out", "副本-notices.xlsx"], "副本-notices.xlsx"],
    ["targets --out", ["targets", LEDGER, "--out", "副本-targets.xlsx"], "副本-targets.xlsx"],
    ["warn --signals --out", ["warn", LEDGER, "--signals", "--out", "副本-warn.xlsx"], "副本-warn.xlsx"],
  ])("%s exits 2 with the message and writes no copy", async (_, argv, out) => {
    const run = await runMain(argv, { cwd: tmp.dir, memoryBytes: TINY });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("文件太大");
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(tmp.path(out))).toBe(false);
  });

  it("check without --out streams the same file and checks it within the same limit", async () => {
    const run = await runMain(["check", LEDGER, "--json"], { cwd: tmp.dir, memoryBytes: TINY });
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toContain("文件太大");
    expect(run.stdout).toContain('"findings"');
  });
});
