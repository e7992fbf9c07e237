import type { Locale } from "../core/messages/message";
import { noticeText } from "../core/messages/notice-messages";
import { followUpWindow, periodLabel, type NoticePeriod } from "../core/maturity/notice-period";
import { buildNoticeSheet, type TypedEntries } from "../core/maturity/notice-sheet";
import {
  isNoticeSheetName,
  NOTICE_SHEET_PREFIX,
  NOTICE_SUMMARY_SHEET,
  noticeSheetNames,
} from "../core/maturity/notice-sheet-names";
import { buildNoticeSummarySheet, type SummaryBranch } from "../core/maturity/notice-summary-sheet";
import { readUndecidedBlock } from "../core/maturity/read-notice-summary";
import { readNoticeSheet, type NoticeSheetContent } from "../core/maturity/read-notice-sheet";
import { selectMaturing, type MaturingLoan } from "../core/maturity/select-maturing";
import {
  findUndecided,
  ledgerLoans,
  mergeUndecided,
  type LedgerNow,
  type UndecidedLoan,
} from "../core/maturity/undecided";
import type { Ledger } from "../core/ledger/ledger-types";
import type { Day } from "../core/values/day";
import { checkLedgerSheet, type AsOfSource } from "./check-ledger-sheet";
import { SHEET_LOCALE, writeOwnedSheet } from "./owned-sheets";
import { viaPort, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore } from "./settings-store";
import { findSheet, sameSheetName } from "./sheet-names";
import type { WorkbookPort } from "./workbook-port";

export interface MaturityNoticesRequest {
  /** The ledger sheet; by default the one the ledger check would choose. */
  readonly sheet?: string;
  /** An as-of date the user chose; else the ledger's 统计日期; else today. */
  readonly asOf?: Day | null;
  /** Today, from the caller's clock: the date the letters are signed. */
  readonly today: Day;
  /** Who signs the letters; 信贷管理部 by default. */
  readonly issuer?: string;
  readonly locale?: Locale;
  /** Fraction done (0–1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

/** One branch's notice, as planned and as written. */
export interface BranchNotice {
  /** The branch as the letter names it (未注明机构 for loans without one). */
  readonly branch: string;
  /** The sheet it goes to (in a result: the sheet it went to). */
  readonly sheet: string;
  readonly loans: readonly MaturingLoan[];
  readonly count: number;
  /** In the ledger's unit. */
  readonly balance: number;
  /** True when the add-in's notice of that name is already in the workbook and is updated. */
  readonly update: boolean;
}

/** An undecided loan with where it stands in the ledger now (null: repaid or gone). */
export interface UndecidedNotice extends UndecidedLoan {
  readonly now: LedgerNow | null;
}

/** What generating the notices will do: shown in the pane before anything is written. */
export interface MaturityNoticePlan {
  readonly ok: true;
  readonly ledgerSheet: string;
  readonly asOf: Day;
  readonly asOfSource: AsOfSource;
  readonly today: Day;
  readonly period: NoticePeriod;
  /** The period's name in the request's locale, e.g. 2027年1月, for the pane (the sheets name it in Chinese). */
  readonly periodLabel: string;
  readonly notices: readonly BranchNotice[];
  readonly summarySheet: string;
  /** Notices of branches with nothing maturing now: deleted, after their undecided loans are listed. */
  readonly remove: readonly string[];
  readonly undecided: readonly UndecidedNotice[];
  readonly count: number;
  readonly balance: number;
  /** Ledger rows maturing in the period whose balance could not be read. */
  readonly skippedRows: readonly number[];
  readonly amountUnit: "元" | "万元" | null;
  /** Error findings of the ledger check (the command line's exit code 1, as for every command). */
  readonly errorFindings: number;
  /** Things the user should know that did not stop the plan (damaged settings). */
  readonly problems: readonly Problem[];
  /** Carried into the write, so that it needs no second ledger check. */
  readonly ledger: Ledger;
  readonly issuer?: string;
  readonly locale: Locale;
}

export type MaturityNoticePlanOutcome = MaturityNoticePlan | { readonly ok: false; readonly problem: Problem };

export interface MaturityNoticesResult {
  readonly plan: MaturityNoticePlan;
  /** Each branch's notice as written (the sheet name writeOwnedSheet used). */
  readonly notices: readonly BranchNotice[];
  readonly summarySheet: string;
  readonly removed: readonly string[];
  /** The undecided loans as listed in the summary (re-read at writing time). */
  readonly undecided: readonly UndecidedNotice[];
  /** Renames writeOwnedSheet made, each in words. */
  readonly messages: readonly string[];
}

/** Columns read of a notice sheet: the 附表's twelve and a few someone may have inserted. */
const NOTICE_READ_COLUMNS = 30;

interface ExistingSheets {
  readonly notices: readonly { readonly name: string; readonly content: NoticeSheetContent }[];
  /** What the last summary listed as 已到期未定处理方式. */
  readonly listedBefore: readonly UndecidedLoan[];
}

/**
 * The notices and summary the add-in wrote before, read back: only sheets
 * recorded as its own and still holding in A1 what it wrote there, so that a
 * sheet the user named 到期提示-… is never read as one of ours or deleted.
 */
async function readExisting(port: WorkbookPort, locale: Locale): Promise<ExistingSheets> {
  const store = await loadStore(port, { locale });
  const sheets = await port.listSheets();
  const date1904 = await port.date1904();
  const notices: { name: string; content: NoticeSheetContent }[] = [];
  let listedBefore: UndecidedLoan[] = [];
  for (const owned of store.ownedSheets) {
    const info = findSheet(sheets, owned.name);
    const isSummary = info !== undefined && isSummaryName(info.name);
    if (info === undefined || info.rowCount === 0 || (!isSummary && !isNoticeSheetName(info.name))) continue;
    const values = await viaPort(info.name, locale, () =>
      readSheetValues(port, info.name, {
        firstRow: 1,
        rowCount: info.rowCount,
        columnCount: Math.min(info.columnCount, NOTICE_READ_COLUMNS),
      }),
    );
    if (owned.a1 !== undefined && (values[0]?.[0] ?? null) !== owned.a1) continue;
    if (isSummary) {
      listedBefore = readUndecidedBlock(values, { date1904 });
      continue;
    }
    const content = readNoticeSheet(values, { date1904 });
    if (content !== null) notices.push({ name: info.name, content });
  }
  return { notices, listedBefore };
}

/** A name without the `(2)` writeOwnedSheet adds beside a sheet of the user's (the add-in's names leave room for it). */
function unnumbered(name: string): string {
  return name.replace(/\(\d+\)$/, "");
}

function isSummaryName(name: string): boolean {
  return sameSheetName(unnumbered(name), NOTICE_SUMMARY_SHEET);
}

/** The branch an earlier notice was for: its salutation, else its sheet name without the prefix. */
function branchOfSheet(name: string, content: NoticeSheetContent): string {
  return content.branch ?? name.slice(NOTICE_SHEET_PREFIX.length);
}

/**
 * What people typed into earlier notices, by loan: a decision belongs to a
 * maturity date, so it is carried only while the loan still matures that day
 * (a loan extended since is a new decision). Field by field, the first
 * notice that has one wins.
 */
function typedEntries(existing: ExistingSheets, notices: readonly BranchNotice[]): Map<string, TypedEntries> {
  const maturities = new Map<string, Day>();
  for (const n of notices) for (const l of n.loans) maturities.set(l.match, l.maturity);
  const typed = new Map<string, TypedEntries>();
  for (const { content } of existing.notices) {
    for (const loan of content.loans) {
      const maturity = maturities.get(loan.match);
      if (maturity === undefined || (loan.maturity !== null && loan.maturity !== maturity)) continue;
      if (loan.handling === null && loan.responsible === null && loan.remark === null) continue;
      const before = typed.get(loan.match);
      typed.set(loan.match, {
        handling: before?.handling ?? loan.handling,
        responsible: before?.responsible ?? loan.responsible,
        remark: before?.remark ?? loan.remark,
      });
    }
  }
  return typed;
}

function undecidedNow(
  existing: ExistingSheets,
  asOf: Day,
  plan: { readonly period: NoticePeriod; readonly ledger: Ledger },
): UndecidedNotice[] {
  const found = findUndecided(
    existing.notices.map(({ name, content }) => ({ branch: branchOfSheet(name, content), loans: content.loans })),
    asOf,
  );
  const merged = mergeUndecided(found, existing.listedBefore, followUpWindow(asOf, plan.period.mode));
  const index = ledgerLoans(plan.ledger);
  return merged.map((loan) => {
    const now = index.get(loan.match);
    return { ...loan, now: now === undefined || (now.balance !== null && now.balance <= 0) ? null : now };
  });
}

/**
 * Plans the 次月到期贷款提示 (work plan §3): checks the ledger, selects the
 * loans with money out that mature in the notices' period (the next calendar
 * month, or the next 30 days per settings.maturity.window), one notice per
 * branch, and reads the notices already in the workbook for the loans that
 * matured with no 处理方式. Nothing is written: the pane shows the plan, and
 * writeMaturityNotices carries it out.
 */
export async function planMaturityNotices(
  port: WorkbookPort,
  request: MaturityNoticesRequest,
): Promise<MaturityNoticePlanOutcome> {
  const locale = request.locale ?? "zh-CN";
  const checked = await checkLedgerSheet(port, {
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    asOf: request.asOf ?? null,
    today: request.today,
    locale,
    onProgress: (f) => request.onProgress?.(f * 0.8),
  });
  if (!checked.ok) return checked;
  const store = await loadStore(port, { locale });
  const selection = selectMaturing(checked.ledger, { asOf: checked.asOf, mode: store.settings.maturity.window });
  const existing = await readExisting(port, locale);
  request.onProgress?.(1);

  // The branch names the sheet and is written on it: in the sheets' language (SHEET_LOCALE).
  const label = (branch: string | null): string => branch ?? noticeText("notice.branch.none", {}, SHEET_LOCALE);
  const names = noticeSheetNames(selection.branches.map((b) => label(b.branch)));
  const existingNames = existing.notices.map((n) => n.name);
  const notices: BranchNotice[] = selection.branches.map((b) => {
    const sheet = names.get(label(b.branch)) ?? label(b.branch);
    return {
      branch: label(b.branch),
      sheet,
      loans: b.loans,
      count: b.count,
      balance: b.balance,
      update: existingNames.some((n) => sameSheetName(n, sheet)),
    };
  });
  const planned = (name: string): boolean => notices.some((n) => sameSheetName(n.sheet, unnumbered(name)));
  const ledgerPart = { period: selection.period, ledger: checked.ledger };
  return {
    ok: true,
    ledgerSheet: checked.sheet,
    asOf: checked.asOf,
    asOfSource: checked.asOfSource,
    today: request.today,
    period: selection.period,
    periodLabel: periodLabel(selection.period, locale),
    notices,
    summarySheet: NOTICE_SUMMARY_SHEET,
    remove: existingNames.filter((n) => !planned(n)),
    undecided: undecidedNow(existing, checked.asOf, ledgerPart),
    count: selection.count,
    balance: selection.balance,
    skippedRows: selection.skippedRows,
    amountUnit: checked.ledger.layout.amountUnit,
    errorFindings: checked.result.summary.bySeverity.error,
    problems: checked.notices ?? [],
    ledger: checked.ledger,
    ...(request.issuer === undefined ? {} : { issuer: request.issuer }),
    locale,
  };
}

/**
 * Writes a plan: each branch's 提示函 with its 附表, carrying over every
 * 处理方式 / 责任人 / 备注 typed in the notices already there (read again now,
 * so that what was typed after the preview is kept too); deletes the add-in's
 * notices of branches with nothing maturing any more; then the 到期提示汇总,
 * whose formulas name the sheets as actually written. Re-running updates the
 * same sheets. A sheet the user made under one of these names is never
 * touched (writeOwnedSheet writes beside it and says so).
 */
export async function writeMaturityNotices(
  port: WorkbookPort,
  plan: MaturityNoticePlan,
  options: { readonly onProgress?: (fraction: number) => void } = {},
): Promise<MaturityNoticesResult> {
  const { locale } = plan;
  // The pane shows the plan's period in the user's language; the sheets say it in theirs.
  const period = periodLabel(plan.period, SHEET_LOCALE);
  const existing = await readExisting(port, locale);
  const date1904 = await port.date1904();
  const typed = typedEntries(existing, plan.notices);
  const undecided = undecidedNow(existing, plan.asOf, plan);
  const messages: string[] = [];
  const written: BranchNotice[] = [];
  const steps = plan.notices.length + 2;

  for (const [i, notice] of plan.notices.entries()) {
    const model = buildNoticeSheet({
      sheetName: notice.sheet,
      branch: notice.branch,
      loans: notice.loans,
      typed,
      period,
      asOf: plan.asOf,
      issued: plan.today,
      ...(plan.issuer === undefined ? {} : { issuer: plan.issuer }),
      amountUnit: plan.amountUnit,
      date1904,
      locale: SHEET_LOCALE,
    });
    const result = await writeOwnedSheet(port, model, { locale });
    if (result.message !== undefined) messages.push(result.message);
    const update = existing.notices.some((n) => sameSheetName(n.name, result.name));
    written.push({ ...notice, sheet: result.name, update });
    options.onProgress?.((i + 1) / steps);
  }

  const removed: string[] = [];
  for (const { name } of existing.notices) {
    if (written.some((w) => sameSheetName(w.sheet, name))) continue;
    await viaPort(name, locale, () => port.deleteSheet(name));
    removed.push(name);
  }
  options.onProgress?.((steps - 1) / steps);

  const branches: SummaryBranch[] = written.map((w) => ({ branch: w.branch, sheet: w.sheet, loanCount: w.count }));
  const now = new Map<string, LedgerNow>();
  for (const loan of undecided) if (loan.now !== null) now.set(loan.match, loan.now);
  const summary = await writeOwnedSheet(
    port,
    buildNoticeSummarySheet({
      sheetName: plan.summarySheet,
      period,
      asOf: plan.asOf,
      issued: plan.today,
      ledgerSheet: plan.ledgerSheet,
      amountUnit: plan.amountUnit,
      branches,
      undecided,
      now,
      date1904,
      locale: SHEET_LOCALE,
    }),
    { locale },
  );
  if (summary.message !== undefined) messages.push(summary.message);
  options.onProgress?.(1);
  return { plan, notices: written, summarySheet: summary.name, removed, undecided, messages };
}

/** Plans and writes in one go (the command line; the pane shows the plan first). */
export async function createMaturityNotices(
  port: WorkbookPort,
  request: MaturityNoticesRequest,
): Promise<
  { readonly ok: true; readonly result: MaturityNoticesResult } | { readonly ok: false; readonly problem: Problem }
> {
  const plan = await planMaturityNotices(port, request);
  if (!plan.ok) return plan;
  return { ok: true, result: await writeMaturityNotices(port, plan) };
}
