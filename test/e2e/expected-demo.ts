import { existsSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { Finding } from "../../src/core/findings/finding";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { demoWorkbookSeed, LEDGER_SHEET } from "../../src/preview/demo/demo-workbook";

/**
 * What the ledger check finds in the demo workbook, computed in Node by the
 * same use case the task pane runs, on a MemoryWorkbook built from the same
 * seed and as-of date as the page's — the number the pane must show.
 */
export const CHECK_USE_CASE = join(__dirname, "..", "..", "src", "usecases", "check-ledger-sheet.ts");

export function useCaseAvailable(): boolean {
  return existsSync(CHECK_USE_CASE);
}

interface CheckOutcome {
  readonly ok: boolean;
  readonly result?: { readonly findings: readonly Finding[] };
  readonly problem?: { readonly message: string };
}

export async function expectedDemoFindings(asOfIso: string): Promise<readonly Finding[]> {
  const [y, m, d] = asOfIso.split("-").map(Number);
  const asOf = dayFromYmd(y ?? 0, m ?? 0, d ?? 0) as Day;
  const book = MemoryWorkbook.from(demoWorkbookSeed({ asOf }));
  // Loaded here, not imported above, so that the other tests run while the use case is still being written.
  const { checkLedgerSheet } = require(CHECK_USE_CASE) as {
    checkLedgerSheet: (port: MemoryWorkbook, request: object) => Promise<CheckOutcome>;
  };
  const outcome = await checkLedgerSheet(book, { sheet: LEDGER_SHEET, today: asOf, locale: "zh-CN" });
  if (!outcome.ok || !outcome.result) throw new Error(`The check failed in Node: ${outcome.problem?.message}`);
  return outcome.result.findings;
}
