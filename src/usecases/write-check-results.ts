import { textOf } from "../core/ledger/field-access";
import type { Locale } from "../core/messages/message";
import { buildCheckResultSheet } from "../core/sheets/check-result-sheet";
import type { CheckLedgerOutcome } from "./check-ledger-sheet";
import { SHEET_LOCALE, writeOwnedSheet } from "./owned-sheets";
import type { WorkbookPort } from "./workbook-port";

export type CheckedLedger = Extract<CheckLedgerOutcome, { ok: true }>;

export interface WriteCheckResultsResult {
  /** The sheet the results were written to (检查结果, or 检查结果(2) … when the user has a sheet of that name). */
  readonly sheet: string;
  /** Why the sheet has another name than asked, in the user's locale. */
  readonly message?: string;
}

/** 客户名称 of the rows that have findings: the findings carry the 借据号, the sheet shows the name too. */
function customersOf(outcome: CheckedLedger): Map<number, string> {
  const wanted = new Set(outcome.result.findings.map((f) => f.row));
  const customers = new Map<number, string>();
  for (const row of outcome.ledger.rows) {
    if (!wanted.has(row.sheetRow)) continue;
    const name = textOf(row, "customer");
    if (name !== null) customers.set(row.sheetRow, name);
  }
  return customers;
}

/**
 * Writes the 检查结果 sheet of a check: replaces the one the add-in wrote
 * before, and never a sheet of the user's (see writeOwnedSheet). The sheet is
 * Chinese whatever the locale (SHEET_LOCALE), which is for the message.
 */
export async function writeCheckResults(
  port: WorkbookPort,
  outcome: CheckedLedger,
  options: { readonly locale?: Locale } = {},
): Promise<WriteCheckResultsResult> {
  const locale = options.locale ?? "zh-CN";
  const model = buildCheckResultSheet(outcome.result, {
    ledgerSheet: outcome.sheet,
    asOf: outcome.asOf,
    locale: SHEET_LOCALE,
    customers: customersOf(outcome),
  });
  const written = await writeOwnedSheet(port, model, { locale });
  return written.message === undefined ? { sheet: written.name } : { sheet: written.name, message: written.message };
}
