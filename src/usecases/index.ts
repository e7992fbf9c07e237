/**
 * What other layers (task pane, command line, preview) may import from the
 * use cases of the ledger check. The port is declared here too; adapters
 * implement it.
 */
export type { CellFormat, FormatChange, ReadOptions, Selection, SheetInfo, WorkbookPort } from "./workbook-port";
export { ProblemError, problemFromPortError } from "./problem";
export type { Problem, ProblemCode } from "./problem";
export { loadStore, saveStore, mappingFor, STORE_SHEET } from "./settings-store";
export type { ColumnMapping, OwnedSheet, Store, StorePatch, StoreOptions } from "./settings-store";
export { writeOwnedSheet } from "./owned-sheets";
export type { WriteOwnedSheetResult } from "./owned-sheets";
export { findLedgerSheets } from "./find-ledger-sheets";
export type { LedgerCandidate } from "./find-ledger-sheets";
export { checkLedgerSheet, MAX_CHECK_CELLS } from "./check-ledger-sheet";
export type { AsOfSource, CheckLedgerOutcome, CheckLedgerRequest } from "./check-ledger-sheet";
export { writeCheckResults } from "./write-check-results";
export type { CheckedLedger, WriteCheckResultsResult } from "./write-check-results";
export { clearMarks, markFindings, MARK_FILL } from "./marks";
export type { ClearResult, MarkOptions, MarkResult } from "./marks";
export { MARKS_SHEET } from "./mark-registry";
