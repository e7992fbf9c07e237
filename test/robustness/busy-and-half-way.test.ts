import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { clearMarks, markFindings } from "../../src/usecases/marks";
import { problemFromPortError, ProblemError } from "../../src/usecases/problem";
import { checkLedgerSheet } from "../../src/usecases/check-ledger-sheet";
import { writeCheckResults } from "../../src/usecases/write-check-results";
import type { WorkbookPort } from "../../src/usecases/workbook-port";
import { standInFromSeed } from "../adapters/excel/excel-under-test";
import { WARNING_LEDGER_SHEET, warningLedgerSeed } from "../support/warning-ledger";
import { snapshotSheet } from "../usecases/support/ledger-workbook";
import { FEATURES, type RunContext } from "./support/features";
import { expectReadable } from "./support/observed";

/**
 * Excel busy: while the user edits a cell, Excel refuses every request; the
 * add-in waits and tries again, then says so in words. A command that fails
 * half-way (Excel closed, the connection dropped) leaves the user's data as
 * it was, runs again cleanly, and its marks can still be cleared exactly.
 */

function day(y: number, m: number, d: number): Day {
  const v = dayFromYmd(y, m, d);
  if (v === null) throw new Error("bad date");
  return v;
}

const CTX: RunContext = { sheet: WARNING_LEDGER_SHEET, asOf: day(2026, 12, 15), today: day(2026, 12, 16) };

describe("Excel busy (the user is editing a cell)", () => {
  function excelWith(cellEditRuns: number): { port: ExcelWorkbook; runs: () => number; uninstall: () => void } {
    const excel = standInFromSeed(warningLedgerSeed());
    excel.cellEditRuns = cellEditRuns;
    const uninstall = excel.install();
    const port = new ExcelWorkbook({ sleep: () => Promise.resolve(), retries: 4 });
    return { port, runs: () => excel.runCount, uninstall };
  }

  it("waits and tries again, and the check goes through when the editing ends", async () => {
    const { port, runs, uninstall } = excelWith(3);
    try {
      const outcome = await checkLedgerSheet(port, { sheet: CTX.sheet, asOf: CTX.asOf, today: CTX.today });
      expect(outcome.ok).toBe(true);
      expect(runs()).toBeGreaterThan(3);
    } finally {
      uninstall();
    }
  });

  it("says, in Chinese, to finish editing the cell when Excel stays busy", async () => {
    const { port, uninstall } = excelWith(1_000);
    try {
      const outcome = await checkLedgerSheet(port, { sheet: CTX.sheet, asOf: CTX.asOf, today: CTX.today });
      if (outcome.ok) throw new Error("the check went through while Excel was busy");
      expect(outcome.problem.code).toBe("busy");
      expectReadable(outcome.problem.message, "the busy message");
      expect(outcome.problem.hint).toContain("Enter 或 Esc");
    } finally {
      uninstall();
    }
  });

  it("says the same when writing 检查结果 or marking runs into a busy Excel", async () => {
    const excel = standInFromSeed(warningLedgerSeed());
    const uninstall = excel.install();
    try {
      const port = new ExcelWorkbook({ sleep: () => Promise.resolve(), retries: 2 });
      const outcome = await checkLedgerSheet(port, { sheet: CTX.sheet, asOf: CTX.asOf, today: CTX.today });
      if (!outcome.ok) throw new Error(outcome.problem.message);
      excel.cellEditRuns = 1_000;
      for (const step of [
        () => writeCheckResults(port, outcome),
        () => markFindings(port, outcome.sheet, outcome.result.findings),
      ]) {
        const error = await step().then(
          () => null,
          (e: unknown) => e,
        );
        const problem = ProblemError.is(error) ? error.problem : problemFromPortError(error, CTX.sheet, "zh-CN");
        expect(problem?.code).toBe("busy");
        expectReadable(problem?.message ?? "", "the busy message");
      }
      excel.cellEditRuns = 0;
      expect(excel.sheetNames()).not.toContain("检查结果");
    } finally {
      uninstall();
    }
  });
});

/** The port, failing at its n-th write (counting writeSheet, writeFormats and deleteSheet calls). */
function failingAt(inner: WorkbookPort, n: number): { port: WorkbookPort; writes: () => number } {
  let writes = 0;
  const port = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const isWrite = prop === "writeSheet" || prop === "writeFormats" || prop === "deleteSheet";
      return (...args: unknown[]) => {
        if (isWrite && ++writes === n) return Promise.reject(new Error("模拟：与 Excel 的连接中断"));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port, writes: () => writes };
}

/** Every cell of the user's sheets: value, formula, fill, note, style. */
function userSheets(book: MemoryWorkbook): Record<string, unknown[][]> {
  return Object.fromEntries(warningLedgerSeed().sheets.map((s) => [s.name, snapshotSheet(book, s.name)]));
}

/** The values of the user's sheets (marks change fills and notes, never values). */
function userValues(book: MemoryWorkbook): Record<string, unknown[][]> {
  return Object.fromEntries(warningLedgerSeed().sheets.map((s) => [s.name, book.snapshotValues(s.name)]));
}

describe.each(FEATURES.map((f) => [f.name, f] as const))("%s failing half-way", (_name, feature) => {
  /** Every feature before this one, so that it finds the workbook as it would (forms to update …). */
  const before = FEATURES.slice(0, FEATURES.indexOf(feature));

  async function prepared(): Promise<MemoryWorkbook> {
    const book = MemoryWorkbook.from(warningLedgerSeed());
    for (const f of before) await f.run(book, CTX);
    // Without the check's marks, so that "as the user left it" is the workbook before any marking.
    await clearMarks(book);
    return book;
  }

  it("leaves the user's sheets as they were at every point it can fail, and runs again cleanly", async () => {
    const counting = failingAt(await prepared(), 0);
    await feature.run(counting.port, CTX);
    const total = counting.writes();
    expect(total).toBeGreaterThan(0);

    for (let n = 1; n <= total; n++) {
      const book = await prepared();
      const original = userSheets(book);
      const values = userValues(book);
      const { port } = failingAt(book, n);
      await expect(feature.run(port, CTX)).rejects.toBeDefined();
      expect(userValues(book)).toEqual(values);
      // Run again on the workbook as the failure left it: it works, and the marks come off exactly.
      await feature.run(book, CTX);
      await clearMarks(book);
      expect({ failedAtWrite: n, sheets: userSheets(book) }).toEqual({ failedAtWrite: n, sheets: original });
    }
  }, 120_000);
});
