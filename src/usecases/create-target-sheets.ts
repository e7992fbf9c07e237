import type { Ledger } from "../core/ledger/ledger-types";
import type { Locale } from "../core/messages/message";
import { targetText } from "../core/messages/target-messages";
import {
  buildAssessmentParamsSheet,
  readAssessmentParams,
  type AssessmentParams,
  type ParamsProblem,
} from "../core/targets/assessment-params-sheet";
import { buildAssessmentSummarySheet, type SummaryEntry } from "../core/targets/assessment-summary-sheet";
import { officerPortfolios, type OfficerPortfolio } from "../core/targets/portfolio";
import { DEFAULT_GRADES, DEFAULT_PAY } from "../core/targets/quarter-payout";
import {
  newTargetInputs,
  readTargetInputs,
  type ReadTargetSheet,
  type TargetSheetInputs,
} from "../core/targets/target-inputs";
import { LAST_COL, targetSheetLayout, type TargetSheetLayout } from "../core/targets/target-layout";
import { scoreTargetInputs, type TargetSheetScores } from "../core/targets/target-scores";
import { buildTargetSheet } from "../core/targets/target-sheet";
import { PARAMS_SHEET, SUMMARY_SHEET, TARGET_SHEET_PREFIX, targetSheetNames } from "../core/targets/target-sheet-names";
import type { CellValue } from "../core/values/cell-value";
import { ymdFromDay, type Day } from "../core/values/day";
import { checkLedgerSheet, type AsOfSource } from "./check-ledger-sheet";
import { SHEET_LOCALE, writeOwnedSheet } from "./owned-sheets";
import { viaPort, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore } from "./settings-store";
import { findSheet, sameSheetName } from "./sheet-names";
import type { WorkbookPort } from "./workbook-port";

export interface TargetSheetsRequest {
  /** The ledger sheet; by default the one the ledger check would choose. */
  readonly sheet?: string;
  /** An as-of date the user chose; else the ledger's 统计日期; else today. */
  readonly asOf?: Day | null;
  /** Today, from the caller's clock. */
  readonly today: Day;
  /** The assessment year; by default the year of the as-of date. */
  readonly year?: number | null;
  readonly locale?: Locale;
  /** Fraction done (0–1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

/** One officer's 目标责任书, as planned and as written. */
export interface OfficerTargets {
  readonly officer: string;
  /** The sheet it goes to (in a result: the sheet it went to). */
  readonly sheet: string;
  readonly portfolio: OfficerPortfolio;
  /** True when the add-in's sheet for this officer is already in the workbook and is updated. */
  readonly update: boolean;
  /** Why the sheet is left as it is (another year's, or restructured), in the locale; null when it is written. */
  readonly blocked: string | null;
  /** What the sheet holds in its typed cells: carried over, or a new sheet's defaults. */
  readonly inputs: TargetSheetInputs;
  /** The scores of those inputs, by the core. */
  readonly scores: TargetSheetScores;
  /** True when any actual is typed on the sheet. */
  readonly hasActuals: boolean;
}

/** What generating the sheets will do: shown in the pane before anything is written. */
export interface TargetSheetsPlan {
  readonly ok: true;
  readonly year: number;
  readonly ledgerSheet: string;
  readonly asOf: Day;
  readonly asOfSource: AsOfSource;
  readonly amountUnit: "元" | "万元" | null;
  readonly officers: readonly OfficerTargets[];
  readonly summarySheet: string;
  readonly paramsSheet: string;
  /** The cap (from the settings), the grade table and default pay (from 考核参数 when it is there). */
  readonly params: AssessmentParams;
  /** The add-in's 目标责任书 of officers the ledger no longer names: kept as they are. */
  readonly orphans: readonly string[];
  /** Error findings of the ledger check (the command line's exit code 1, as for every command). */
  readonly errorFindings: number;
  /** Things the user should know that did not stop the plan, in the locale. */
  readonly notices: readonly string[];
  /** Carried into the write, so that it needs no second ledger check. */
  readonly ledger: Ledger;
  readonly locale: Locale;
}

export type TargetSheetsPlanOutcome = TargetSheetsPlan | { readonly ok: false; readonly problem: Problem };

export interface TargetSheetsResult {
  readonly plan: TargetSheetsPlan;
  /** Each officer as written (the sheet name writeOwnedSheet used); blocked ones as planned. */
  readonly officers: readonly OfficerTargets[];
  readonly written: number;
  readonly summarySheet: string;
  readonly paramsSheet: string;
  /** Renames writeOwnedSheet made and what the write found, each in words. */
  readonly messages: readonly string[];
}

/** A name without the `(2)` writeOwnedSheet adds beside a sheet of the user's. */
function unnumbered(name: string): string {
  return name.replace(/\(\d+\)$/, "");
}

function isTargetSheetName(name: string): boolean {
  return name.toUpperCase().startsWith(TARGET_SHEET_PREFIX.toUpperCase());
}

interface ExistingTargetSheet {
  readonly name: string;
  /** The officer the sheet names as 乙方; null when its layout cannot be found. */
  readonly officer: string | null;
  readonly read: ReadTargetSheet | null;
}

interface Existing {
  readonly targets: readonly ExistingTargetSheet[];
  readonly params: { readonly name: string; readonly values: CellValue[][] } | null;
  readonly summary: string | null;
}

/**
 * The add-in's own sheets of the feature, read back: only sheets recorded as
 * its own and still holding in A1 what it wrote there, so that a sheet the
 * user named 目标责任书-… or 考核参数 is never read as one of ours.
 */
async function readExisting(port: WorkbookPort, locale: Locale): Promise<Existing> {
  const store = await loadStore(port, { locale });
  const sheets = await port.listSheets();
  const targets: ExistingTargetSheet[] = [];
  let params: Existing["params"] = null;
  let summary: string | null = null;
  for (const owned of store.ownedSheets) {
    const info = findSheet(sheets, owned.name);
    if (info === undefined || info.rowCount === 0) continue;
    const base = unnumbered(info.name);
    const isParams = sameSheetName(base, PARAMS_SHEET);
    const isSummary = sameSheetName(base, SUMMARY_SHEET);
    if (!isParams && !isSummary && !isTargetSheetName(info.name)) continue;
    const values = await viaPort(info.name, locale, () =>
      readSheetValues(port, info.name, {
        firstRow: 1,
        rowCount: info.rowCount,
        columnCount: Math.min(info.columnCount, LAST_COL + 1),
      }),
    );
    if (owned.a1 !== undefined && (values[0]?.[0] ?? null) !== owned.a1) continue;
    if (isParams) params ??= { name: info.name, values };
    else if (isSummary) summary ??= info.name;
    else {
      const read = readTargetInputs(values);
      const officerCell =
        read === null ? null : values[targetSheetLayout(read.inputs.indicators.length).officerRow - 1]?.[1];
      const officer = typeof officerCell === "string" && officerCell.trim() !== "" ? officerCell.trim() : null;
      targets.push({ name: info.name, officer, read });
    }
  }
  return { targets, params, summary };
}

function paramsProblemText(p: ParamsProblem, sheet: string, locale: Locale): string {
  if (p.kind === "pay") return targetText("targets.params.invalid.pay", { sheet }, locale);
  const reason = targetText(
    p.reason === "order" ? "targets.params.invalid.order" : "targets.params.invalid.not-number",
    { row: p.row },
    locale,
  );
  return targetText("targets.params.invalid", { sheet, reason }, locale);
}

function paramsFrom(existing: Existing, cap: number, locale: Locale): { params: AssessmentParams; notices: string[] } {
  if (existing.params === null) return { params: { cap, grades: DEFAULT_GRADES, ...DEFAULT_PAY }, notices: [] };
  const read = readAssessmentParams(existing.params.values);
  const sheet = existing.params.name;
  return {
    params: { cap, grades: read.grades, basePay: read.basePay, performancePay: read.performancePay },
    notices: read.problems.map((p) => paramsProblemText(p, sheet, locale)),
  };
}

/** The existing sheet of an officer: the one naming them as 乙方, else one under the name they would get. */
function sheetOf(existing: Existing, officer: string, plannedName: string): ExistingTargetSheet | undefined {
  return (
    existing.targets.find((t) => t.officer === officer) ??
    existing.targets.find((t) => t.officer === null && sameSheetName(unnumbered(t.name), plannedName))
  );
}

interface OfficerDraft {
  readonly sheet: string;
  readonly update: boolean;
  readonly blocked: string | null;
  readonly inputs: TargetSheetInputs;
}

/** What to write for an officer, given the sheet already there (if any). */
function draftFor(
  officer: string,
  plannedName: string,
  existing: Existing,
  year: number,
  params: AssessmentParams,
  locale: Locale,
): OfficerDraft {
  const fresh = (): TargetSheetInputs =>
    newTargetInputs(undefined, { basePay: params.basePay, performancePay: params.performancePay });
  const found = sheetOf(existing, officer, plannedName);
  if (found === undefined) return { sheet: plannedName, update: false, blocked: null, inputs: fresh() };
  if (found.read === null) {
    const blocked = targetText("targets.blocked.unreadable", { sheet: found.name }, locale);
    return { sheet: found.name, update: false, blocked, inputs: fresh() };
  }
  if (found.read.year !== null && found.read.year !== year) {
    const blocked = targetText(
      "targets.blocked.other-year",
      { sheet: found.name, found: found.read.year, year },
      locale,
    );
    return { sheet: found.name, update: false, blocked, inputs: found.read.inputs };
  }
  return { sheet: found.name, update: true, blocked: null, inputs: found.read.inputs };
}

function hasActuals(inputs: TargetSheetInputs): boolean {
  return inputs.indicators.some((i) => i.actuals.some((a) => a !== null));
}

/**
 * Plans the 目标责任书 (rules.md §7, work plan §1): checks the ledger, finds
 * every officer its 管户客户经理 column names with their portfolio as of the
 * as-of date, and reads the add-in's sheets already in the workbook for what
 * was typed in them. Nothing is written: the pane shows the plan, and
 * writeTargetSheets carries it out.
 */
export async function planTargetSheets(
  port: WorkbookPort,
  request: TargetSheetsRequest,
): Promise<TargetSheetsPlanOutcome> {
  const locale = request.locale ?? "zh-CN";
  const checked = await checkLedgerSheet(port, {
    ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
    asOf: request.asOf ?? null,
    today: request.today,
    locale,
    onProgress: (f) => request.onProgress?.(f * 0.8),
  });
  if (!checked.ok) return checked;
  const year = request.year ?? ymdFromDay(checked.asOf).year;
  const portfolios = officerPortfolios(checked.ledger, { asOf: checked.asOf, year });
  if (portfolios.length === 0) {
    return {
      ok: false,
      // The closest of the shared codes: the ledger has nothing this feature can use.
      problem: {
        code: "empty-sheet",
        message: targetText("targets.problem.no-officers", { ledger: checked.sheet }, locale),
        hint: targetText("targets.problem.no-officers.hint", {}, locale),
      },
    };
  }
  const store = await loadStore(port, { locale });
  const existing = await readExisting(port, locale);
  request.onProgress?.(1);

  const { params, notices: paramsNotices } = paramsFrom(existing, store.settings.targets.attainmentCap, locale);
  const names = targetSheetNames(portfolios.map((p) => p.officer));
  const officers: OfficerTargets[] = portfolios.map((portfolio) => {
    const planned = names.get(portfolio.officer) ?? portfolio.officer;
    const draft = draftFor(portfolio.officer, planned, existing, year, params, locale);
    return {
      officer: portfolio.officer,
      portfolio,
      ...draft,
      scores: scoreTargetInputs(draft.inputs, params),
      hasActuals: hasActuals(draft.inputs),
    };
  });
  const used = new Set(officers.map((o) => o.sheet.toUpperCase()));
  const orphans = existing.targets.map((t) => t.name).filter((n) => !used.has(n.toUpperCase()));
  const notices = [
    ...(checked.notices ?? []).map((p) => p.message),
    ...paramsNotices,
    ...officers.flatMap((o) => (o.blocked === null ? [] : [o.blocked])),
    ...(orphans.length === 0 ? [] : [targetText("targets.orphans", { sheets: orphans.join("、") }, locale)]),
  ];
  return {
    ok: true,
    year,
    ledgerSheet: checked.sheet,
    asOf: checked.asOf,
    asOfSource: checked.asOfSource,
    amountUnit: checked.ledger.layout.amountUnit,
    officers,
    summarySheet: existing.summary ?? SUMMARY_SHEET,
    paramsSheet: existing.params?.name ?? PARAMS_SHEET,
    params,
    orphans,
    errorFindings: checked.result.summary.bySeverity.error,
    notices,
    ledger: checked.ledger,
    locale,
  };
}

/**
 * Writes a plan: the 考核参数 sheet first (the officers' formulas name it as
 * it is written), then each officer's 目标责任书 — the portfolio refreshed
 * from the ledger, everything typed on the sheet already there carried over
 * (read again now, so that what was typed after the preview is kept too) —
 * and the 考核汇总, whose formulas name the sheets as written. A sheet of
 * another year or one whose layout was changed is left as it is; a sheet the
 * user made under one of these names is never touched (writeOwnedSheet
 * writes beside it and says so).
 */
export async function writeTargetSheets(
  port: WorkbookPort,
  plan: TargetSheetsPlan,
  options: { readonly onProgress?: (fraction: number) => void } = {},
): Promise<TargetSheetsResult> {
  const { locale, year } = plan;
  const existing = await readExisting(port, locale);
  const { params } = paramsFrom(existing, plan.params.cap, locale);
  const messages: string[] = [];
  const steps = plan.officers.length + 2;

  const paramsWritten = await writeOwnedSheet(
    port,
    buildAssessmentParamsSheet(existing.params?.name ?? plan.paramsSheet, params, SHEET_LOCALE),
    { locale },
  );
  if (paramsWritten.message !== undefined) messages.push(paramsWritten.message);
  options.onProgress?.(1 / steps);

  const officers: OfficerTargets[] = [];
  const entries: SummaryEntry[] = [];
  for (const [i, planned] of plan.officers.entries()) {
    const draft = draftFor(planned.officer, planned.sheet, existing, year, params, locale);
    const now = {
      ...planned,
      ...draft,
      scores: scoreTargetInputs(draft.inputs, params),
      hasActuals: hasActuals(draft.inputs),
    };
    if (draft.blocked !== null) {
      officers.push(now);
      continue;
    }
    const model = buildTargetSheet({
      name: draft.sheet,
      officer: planned.officer,
      year,
      asOf: plan.asOf,
      ledgerSheet: plan.ledgerSheet,
      amountUnit: plan.amountUnit,
      portfolio: planned.portfolio,
      paramsSheet: paramsWritten.name,
      inputs: draft.inputs,
      locale: SHEET_LOCALE,
    });
    const written = await writeOwnedSheet(port, model, { locale });
    if (written.message !== undefined) messages.push(written.message);
    officers.push({ ...now, sheet: written.name });
    entries.push({ officer: planned.officer, sheet: written.name, layout: layoutOf(draft.inputs) });
    options.onProgress?.((i + 2) / steps);
  }

  const summary = await writeOwnedSheet(
    port,
    buildAssessmentSummarySheet({ name: existing.summary ?? plan.summarySheet, year, entries, locale: SHEET_LOCALE }),
    { locale },
  );
  if (summary.message !== undefined) messages.push(summary.message);
  options.onProgress?.(1);
  return {
    plan,
    officers,
    written: entries.length,
    summarySheet: summary.name,
    paramsSheet: paramsWritten.name,
    messages,
  };
}

function layoutOf(inputs: TargetSheetInputs): TargetSheetLayout {
  return targetSheetLayout(inputs.indicators.length);
}

/** Plans and writes in one go (the command line; the pane shows the plan first). */
export async function createTargetSheets(
  port: WorkbookPort,
  request: TargetSheetsRequest,
): Promise<
  { readonly ok: true; readonly result: TargetSheetsResult } | { readonly ok: false; readonly problem: Problem }
> {
  const plan = await planTargetSheets(port, request);
  if (!plan.ok) return plan;
  return { ok: true, result: await writeTargetSheets(port, plan) };
}
