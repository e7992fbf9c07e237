import { ExcelWorkbook } from "../src/adapters/excel/excel-workbook";
import { isExcelError, type CellValue } from "../src/core/values/cell-value";
import { checkLedgerSheet } from "../src/usecases/check-ledger-sheet";
import { markFindings } from "../src/usecases/marks";
import { writeCheckResults } from "../src/usecases/write-check-results";
import { ExcelStandIn, type SeedValue, type SyncStats } from "../test/support/excel-stand-in";
import { AS_OF, benchLedger, SHEET } from "./ledger";
import { startClock, type Timing } from "./probe";

/**
 * The Office.js path against the recording stand-in of the Excel API (the
 * tests' own, which enforces load/sync and the 5 MB payload limit and counts
 * every round trip): 检查台账 (read the sheet and check it), mark the cells,
 * write the 检查结果 sheet. Times are the adapter's and the stand-in's work in
 * Node, not Excel's; the round trips and bytes are what Excel would get.
 */
function seedValue(v: CellValue): SeedValue {
  return isExcelError(v) ? { error: v.code } : v;
}

interface Phase extends SyncStats, Timing {
  readonly getRangesCalls?: number;
  readonly fillWrites?: number;
}

export async function officePath(loans: number): Promise<object> {
  const ledger = benchLedger(loans);
  const rows = ledger.values.map((row) => row.map(seedValue));
  const excel = new ExcelStandIn({ sheets: [{ name: SHEET, rows, merges: ledger.merges }] });
  ledger.values.length = 0; // the stand-in holds the sheet now
  const restore = excel.install();
  try {
    const port = new ExcelWorkbook({ sleep: () => Promise.resolve() });
    const phase = async (work: () => Promise<unknown>): Promise<Phase> => {
      excel.resetStats();
      const clock = startClock();
      await work();
      return { ...excel.stats, ...clock.stop() };
    };
    let outcome: Awaited<ReturnType<typeof checkLedgerSheet>> | undefined;
    const check = await phase(async () => {
      outcome = await checkLedgerSheet(port, { today: AS_OF, asOf: AS_OF });
    });
    if (outcome === undefined || !outcome.ok) throw new Error("the check failed");
    const checked = outcome;
    let marked = 0;
    const mark = await phase(async () => {
      marked = (await markFindings(port, checked.sheet, checked.result.findings)).marked;
    });
    const markCalls = {
      getRangesCalls: excel.calls("Worksheet.getRanges"),
      fillWrites: excel.calls("RangeFill.color="),
    };
    const results = await phase(() => writeCheckResults(port, checked));
    return {
      task: "office",
      rows: rows.length,
      findings: checked.result.findings.length,
      marked,
      check,
      mark: { ...mark, ...markCalls },
      results,
    };
  } finally {
    restore();
  }
}
