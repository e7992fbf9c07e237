import { checkLedgerSheet, type CheckLedgerOutcome } from "../../../src/usecases/check-ledger-sheet";
import { clearMarks, markFindings } from "../../../src/usecases/marks";
import { ProblemError } from "../../../src/usecases/problem";
import { writeCheckResults } from "../../../src/usecases/write-check-results";
import type { WorkbookPort } from "../../../src/usecases/workbook-port";
import type { CellValue } from "../../../src/core/values/cell-value";
import { dayFromYmd, type Day } from "../../../src/core/values/day";
import { AS_OF_ISO, isExpectedProblem, type Expectation, type HostileCase } from "../../fixtures/hostile/hostile-case";
import { expectReadable, MAX_CELL_TEXT, type Observed } from "./observed";

function isoDay(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  const day = dayFromYmd(y ?? NaN, m ?? NaN, d ?? NaN);
  if (day === null) throw new Error(`bad date ${iso}`);
  return day;
}

/** Every case is checked as of the same date, given explicitly; "today" is another day, so a mix-up shows. */
export const AS_OF: Day = isoDay(AS_OF_ISO);
export const TODAY: Day = isoDay("2026-12-15");

/** checkLedgerSheet over a port, as the task pane calls it. */
export function checkCase(port: WorkbookPort, hostile: HostileCase): Promise<CheckLedgerOutcome> {
  return checkLedgerSheet(port, {
    ...(hostile.sheet === undefined ? {} : { sheet: hostile.sheet }),
    asOf: AS_OF,
    today: TODAY,
  });
}

export function observe(outcome: CheckLedgerOutcome): Observed {
  if (!outcome.ok) return { kind: "problem", ...outcome.problem };
  return {
    kind: "checked",
    sheet: outcome.sheet,
    findings: outcome.result.findings,
    dataRows: outcome.result.summary.dataRows,
  };
}

async function usedValues(port: WorkbookPort, sheet: string): Promise<CellValue[][]> {
  const info = (await port.listSheets()).find((s) => s.name === sheet);
  if (info === undefined) throw new Error(`no sheet ${sheet}`);
  return port.readValues(sheet, 1, info.rowCount, info.columnCount);
}

/**
 * What follows a check in the task pane: write 检查结果, mark the ledger,
 * clear the marks. 检查结果 is written whatever the ledger holds, with no
 * cell longer than Excel allows; marking works or is refused with the
 * expected problem; and the ledger's values are the same afterwards.
 */
export async function expectWritesAndMarks(
  port: WorkbookPort,
  outcome: CheckLedgerOutcome,
  hostile: HostileCase,
  expected: Expectation,
): Promise<void> {
  if (!outcome.ok || isExpectedProblem(expected)) return;
  // Comparing a sheet of a million rows twice costs more than it tells; the small cases cover it.
  const before = hostile.large ? null : await usedValues(port, outcome.sheet);

  const results = await writeCheckResults(port, outcome);
  expect(results.sheet).toBe("检查结果");
  const written = await usedValues(port, results.sheet);
  expect(written.length).toBeGreaterThan(outcome.result.findings.length);
  for (const row of written) {
    for (const v of row) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
  }
  const messages = new Set(written.flat().filter((v): v is string => typeof v === "string"));
  for (const f of outcome.result.findings) expect(messages.has(f.message)).toBe(true);

  const mark = expected.mark ?? "ok";
  // The fill and note of every cell a finding points at, to see that clearing the marks puts them back exactly.
  const cells = [...new Set(outcome.result.findings.flatMap((f) => (f.cell === null ? [] : [f.cell])))];
  const formats = await port.readFormats(outcome.sheet, cells);
  const marking = markFindings(port, outcome.sheet, outcome.result.findings);
  if (mark === "ok") {
    const marked = await marking;
    const markable = new Set(
      outcome.result.findings.filter((f) => f.severity !== "info" && f.cell !== null).map((f) => f.cell),
    );
    expect(marked.marked).toBe(markable.size);
  } else {
    const error = await marking.then(
      () => null,
      (e: unknown) => e,
    );
    if (!ProblemError.is(error))
      throw new Error(`marking should have been refused with "${mark.problem}", got ${String(error)}`);
    expect(error.problem.code).toBe(mark.problem);
    expectReadable(error.problem.message, "the marking problem");
    expectReadable(error.problem.hint, "the marking problem's hint");
    expect(`${error.problem.message}\n${error.problem.hint}`).toContain(mark.fragment);
  }
  await clearMarks(port);
  expect(await port.readFormats(outcome.sheet, cells)).toEqual(formats);

  if (before !== null) {
    const after = await usedValues(port, outcome.sheet);
    expect(after).toEqual(before);
  }
}
