import { checkLedger, type LedgerCheckResult } from "../core/ledger/check-ledger";
import type { Ledger } from "../core/ledger/ledger-types";
import { readLedger } from "../core/ledger/read-ledger";
import type { Locale } from "../core/messages/message";
import { isBlank, type CellValue } from "../core/values/cell-value";
import type { Day } from "../core/values/day";
import { ledgerCandidate, mayBeLedger, readHead } from "./find-ledger-sheets";
import { problem, problemFromPortError, ProblemError, sheetNotFoundProblem, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore, mappingFor, saveStore, type ColumnMapping } from "./settings-store";
import { findSheet } from "./sheet-names";
import type { SheetInfo, WorkbookPort } from "./workbook-port";

export interface CheckLedgerRequest {
  /** The sheet to check; by default the active sheet if it is a ledger, else the best candidate. */
  readonly sheet?: string;
  /** An as-of date the user chose; else the sheet's stated 统计日期; else today. */
  readonly asOf?: Day | null;
  /** Today, from the caller's clock (the core has none). */
  readonly today: Day;
  /** The user's column corrections; else the mapping saved for that sheet. A mapping given is saved. */
  readonly mapping?: ColumnMapping;
  readonly locale?: Locale;
  /** Fraction of the sheet read (0–1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

export type AsOfSource = "explicit" | "sheet" | "today";

export type CheckLedgerOutcome =
  | {
      readonly ok: true;
      readonly sheet: string;
      readonly asOf: Day;
      readonly asOfSource: AsOfSource;
      readonly ledger: Ledger;
      readonly result: LedgerCheckResult;
      /**
       * What did not stop the check but the user should know: settings in the
       * workbook that were damaged (their defaults were used), a mapping that
       * could not be saved.
       */
      readonly notices?: readonly Problem[];
    }
  | { readonly ok: false; readonly problem: Problem };

/**
 * More cells than this are not read in one check: a ledger of 500,000 loans
 * by 60 columns fits; a used range stretched to Excel's last row by stray
 * formatting does not, and the user is told how to trim it.
 */
export const MAX_CHECK_CELLS = 40_000_000;
/** A 合计 label may sit in the first three columns even when the header is narrower. */
const MIN_WIDTH = 3;

/** The columns worth reading below the top rows: up to the last one with anything in it, or one mapped by hand. */
function widthToRead(
  head: readonly (readonly CellValue[])[],
  mapping: ColumnMapping | undefined,
  info: SheetInfo,
): number {
  let width = MIN_WIDTH;
  for (const row of head) {
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  for (const index of Object.values(mapping ?? {})) {
    if (typeof index === "number" && Number.isInteger(index) && index >= 0) width = Math.max(width, index + 1);
  }
  return Math.min(width, info.columnCount);
}

type Choice = { readonly ok: true; readonly info: SheetInfo } | { readonly ok: false; readonly problem: Problem };

async function chooseSheet(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  request: CheckLedgerRequest,
  owned: readonly string[],
  locale: Locale,
): Promise<Choice> {
  if (request.sheet !== undefined) {
    const info = findSheet(sheets, request.sheet);
    return info === undefined
      ? { ok: false, problem: sheetNotFoundProblem(request.sheet, locale) }
      : { ok: true, info };
  }
  const selection = await port.getSelection();
  const active = selection === null ? undefined : findSheet(sheets, selection.sheet);
  if (active !== undefined && mayBeLedger(active, owned) && (await ledgerCandidate(port, active)) !== null) {
    return { ok: true, info: active };
  }
  let best: { info: SheetInfo; matched: number } | null = null;
  for (const info of sheets) {
    if (info === active || !mayBeLedger(info, owned)) continue;
    const candidate = await ledgerCandidate(port, info);
    if (candidate !== null && (best === null || candidate.matched > best.matched))
      best = { info, matched: candidate.matched };
  }
  if (best !== null) return { ok: true, info: best.info };
  return {
    ok: false,
    problem: problem("no-sheet", "usecase.problem.no-sheet", "usecase.problem.no-sheet.hint", {}, locale),
  };
}

/** A read failure as the user's problem: one they can act on, else "unreadable" with the reason. */
function readProblem(e: unknown, sheet: string, locale: Locale): Problem {
  const known = problemFromPortError(e, sheet, locale);
  if (known !== null) return known;
  const detail = e instanceof Error ? e.message || e.name : String(e);
  return problem(
    "unreadable",
    "usecase.problem.unreadable",
    "usecase.problem.unreadable.hint",
    { sheet, detail },
    locale,
  );
}

/**
 * The sheet's values from A1: the top rows at full width, the rest in blocks
 * of the width that matters; and its merged areas, whose values belong to
 * every row they cover.
 */
async function readLedgerValues(
  port: WorkbookPort,
  info: SheetInfo,
  mapping: ColumnMapping | undefined,
  request: CheckLedgerRequest,
  locale: Locale,
): Promise<{ ok: true; values: CellValue[][]; merges: readonly string[] } | { ok: false; problem: Problem }> {
  try {
    const head = await readHead(port, info);
    const width = widthToRead(head, mapping, info);
    if (info.rowCount * width > MAX_CHECK_CELLS) {
      const params = { sheet: info.name, rows: info.rowCount, columns: width, limit: MAX_CHECK_CELLS };
      return {
        ok: false,
        problem: problem("too-large", "usecase.problem.too-large", "usecase.problem.too-large.hint", params, locale),
      };
    }
    const onProgress = request.onProgress;
    const rest = await readSheetValues(port, info.name, {
      firstRow: head.length + 1,
      rowCount: info.rowCount - head.length,
      columnCount: width,
      ...(onProgress === undefined
        ? {}
        : { onProgress: (f: number) => onProgress((head.length + f * (info.rowCount - head.length)) / info.rowCount) }),
    });
    const values = head;
    for (const row of rest) values.push(row);
    const merges = await port.readMerges(info.name);
    return { ok: true, values, merges };
  } catch (e) {
    return { ok: false, problem: readProblem(e, info.name, locale) };
  }
}

/**
 * Checks a ledger sheet (台账检查): chooses the sheet, reads it through the
 * port in blocks of rows, reads it as a ledger with the user's or the saved
 * column mapping, and runs the rules as of the chosen date with the settings
 * stored in the workbook. Nothing in the workbook changes, except that a
 * mapping the caller passed is saved for next time. Whatever the sheet
 * holds, the outcome is a result or a Problem in the user's language; only a
 * bug throws.
 */
export async function checkLedgerSheet(port: WorkbookPort, request: CheckLedgerRequest): Promise<CheckLedgerOutcome> {
  const locale = request.locale ?? "zh-CN";
  try {
    const store = await loadStore(port, { locale });
    const notices: Problem[] = [...store.problems];
    const sheets = await port.listSheets();
    const choice = await chooseSheet(port, sheets, request, store.owned, locale);
    if (!choice.ok) return choice;
    const info = choice.info;
    const mapping = request.mapping ?? mappingFor(store, info.name);

    const read = await readLedgerValues(port, info, mapping, request, locale);
    if (!read.ok) return read;
    const date1904 = await port.date1904();
    const ledgerRead = readLedger(read.values, {
      sheet: info.name,
      firstRow: 1,
      date1904,
      locale,
      merges: read.merges,
      ...(mapping === undefined ? {} : { mapping }),
    });
    if (!ledgerRead.ok) {
      const code = ledgerRead.reason === "empty" ? "empty-sheet" : "no-header";
      return { ok: false, problem: { code, message: ledgerRead.message, hint: ledgerRead.hint } };
    }
    const ledger = ledgerRead.ledger;
    request.onProgress?.(1);

    const explicit = typeof request.asOf === "number";
    const asOfSource: AsOfSource = explicit ? "explicit" : ledger.layout.statedAsOf !== null ? "sheet" : "today";
    const asOf = typeof request.asOf === "number" ? request.asOf : (ledger.layout.statedAsOf ?? request.today);
    const result = checkLedger(ledger, { asOf, settings: store.settings, locale });

    if (request.mapping !== undefined) {
      try {
        await saveStore(port, { mappings: { [info.name]: request.mapping } }, { locale });
      } catch (e) {
        // The check is done and right; only remembering the mapping failed, and the user is told.
        if (!ProblemError.is(e)) throw e;
        notices.push(e.problem);
      }
    }
    return { ok: true, sheet: info.name, asOf, asOfSource, ledger, result, notices };
  } catch (e) {
    const known = problemFromPortError(e, request.sheet ?? "", locale);
    if (known !== null) return { ok: false, problem: known };
    throw e;
  }
}
