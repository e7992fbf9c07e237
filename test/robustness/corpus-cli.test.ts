import { writeFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import type { CellValue } from "../../src/core/values/cell-value";
import { AS_OF_ISO, isExpectedProblem, type Expectation, type HostileCase } from "../fixtures/hostile/hostile-case";
import { runMain, tempFolder, type MainRun } from "../cli/harness";
import { corpusFor, timeoutFor } from "./support/corpus";
import { hostileXlsxBytes } from "./support/hostile-xlsx";
import { expectOutcome, expectReadable, MAX_CELL_TEXT, type Observed, type ObservedFinding } from "./support/observed";

/**
 * The hostile corpus through the command line: each case written as an .xlsx
 * file (or, for files that are not workbooks, as the bytes they are) and
 * checked by `postloan check --json`, then again with `--out`, whose copy is
 * opened again to see what was written.
 */

interface JsonLine {
  readonly file: string;
  readonly error?: { readonly code: string; readonly message: string; readonly hint: string };
  readonly findings?: readonly ObservedFinding[];
  readonly summary?: { readonly dataRows: number };
  readonly notices?: readonly { readonly code: string; readonly message: string; readonly hint: string }[];
  readonly out?: string;
}

const tmp = tempFolder("postloan-hostile-");
afterAll(() => tmp.remove());

function jsonLine(run: MainRun): JsonLine {
  const lines = run.stdout.split("\n").filter((l) => l.trim() !== "");
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] ?? "") as JsonLine;
}

function observeJson(line: JsonLine): Observed {
  if (line.error !== undefined) return { kind: "problem", ...line.error };
  return { kind: "checked", sheet: "", findings: line.findings ?? [], dataRows: line.summary?.dataRows ?? -1 };
}

/** No stack trace, no internal error: whatever went wrong is said in Chinese on stderr. */
function expectCleanRun(run: MainRun): void {
  expect(run.code).not.toBe(3);
  if (run.stderr.trim() !== "") expectReadable(run.stderr, "stderr");
}

function args(file: string, hostile: HostileCase, extra: readonly string[] = []): string[] {
  return [
    "check",
    file,
    "--json",
    "--as-of",
    AS_OF_ISO,
    ...(hostile.sheet === undefined ? [] : ["--sheet", hostile.sheet]),
    ...extra,
  ];
}

async function sheetValues(path: string, sheet: string): Promise<CellValue[][]> {
  const book = await XlsxWorkbook.open(path);
  const info = (await book.listSheets()).find((s) => s.name === sheet);
  if (info === undefined) throw new Error(`${path} has no sheet ${sheet}`);
  return book.readValues(sheet, 1, info.rowCount, info.columnCount);
}

/** The copy --out wrote: 检查结果 with no cell over Excel's limit, the ledger's values as they were. */
async function expectCopy(input: string, out: string, line: JsonLine, hostile: HostileCase, expected: Expectation) {
  if (isExpectedProblem(expected)) return;
  const copy = await XlsxWorkbook.open(out);
  const names = (await copy.listSheets()).map((s) => s.name);
  expect(names).toContain("检查结果");
  const results = await sheetValues(out, "检查结果");
  for (const row of results) {
    for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  }
  const mark = expected.mark ?? "ok";
  if (mark !== "ok") {
    const notice = (line.notices ?? []).find((n) => n.code === mark.problem);
    if (notice === undefined) throw new Error(`no "${mark.problem}" notice: ${JSON.stringify(line.notices ?? [])}`);
    expectReadable(notice.message, "the marking notice");
    expect(`${notice.message}\n${notice.hint}`).toContain(mark.fragment);
  }
  if (hostile.large) return;
  const original = await XlsxWorkbook.open(input);
  for (const info of await original.listSheets()) {
    expect(await sheetValues(out, info.name)).toEqual(await sheetValues(input, info.name));
  }
}

describe("the hostile corpus through the command line (.xlsx files)", () => {
  describe.each(corpusFor("cli"))("%s", (name, hostile) => {
    it(
      hostile.description,
      async () => {
        const file = tmp.path(`${name}.xlsx`);
        writeFileSync(file, await hostileXlsxBytes(await hostile.build("cli")));
        const expected = hostile.expected("cli");

        const checked = await runMain(args(file, hostile));
        expectCleanRun(checked);
        const line = jsonLine(checked);
        expectOutcome(observeJson(line), expected);
        expect(checked.code).toBe(
          isExpectedProblem(expected) ? 2 : line.findings?.some((f) => f.severity === "error") ? 1 : 0,
        );

        // A large case may give the --out run (which opens the workbook whole) a smaller workbook; it says why.
        const input = hostile.large ? tmp.path(`${name}.for-out.xlsx`) : file;
        if (input !== file) writeFileSync(input, await hostileXlsxBytes(await hostile.build("cli-out")));
        const expectedOut = hostile.large ? hostile.expected("cli-out") : expected;
        const out = tmp.path(`${name}.out.xlsx`);
        const written = await runMain(args(input, hostile, ["--out", out]));
        expectCleanRun(written);
        const writtenLine = jsonLine(written);
        expectOutcome(observeJson(writtenLine), expectedOut);
        if (input === file) expect(written.code).toBe(checked.code);
        await expectCopy(input, out, writtenLine, hostile, expectedOut);
      },
      timeoutFor(hostile),
    );
  });
});
