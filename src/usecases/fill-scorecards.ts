import type { Locale } from "../core/messages/message";
import { scoreText } from "../core/messages/score-messages";
import { branchSheetNames, type BranchSheetNames } from "../core/scorecard/branch-sheet-names";
import { computeScores, hasSpecialColumn, type BranchScore } from "../core/scorecard/compute-scores";
import { countOccurrences, itemCounts, type EvidenceEntry, type ItemCount } from "../core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../core/scorecard/default-standard";
import { evidenceMarkKey, readEvidenceMarks } from "../core/scorecard/evidence-marks";
import { buildEvidenceSheet, isSetAside, type EvidenceMark } from "../core/scorecard/evidence-sheet";
import { buildNoticeSheet } from "../core/scorecard/notice-sheet";
import { parseNoticeNumber } from "../core/scorecard/notice-number";
import { parseStandard } from "../core/scorecard/parse-standard";
import { buildScorecardSheet, type ScorecardHeader } from "../core/scorecard/scorecard-sheet";
import { readScorecardInputs, type ScorecardInputs } from "../core/scorecard/scorecard-inputs";
import {
  allocateNotice,
  buildScoreRecordsSheet,
  EMPTY_RECORDS,
  parseScoreRecords,
  previousScoring,
  recordScoring,
  SCORE_RECORDS_HEADER,
  SCORE_RECORDS_SHEET,
  type ScoreRecords,
} from "../core/scorecard/score-records";
import type { ScoringStandard, StandardProblem } from "../core/scorecard/scoring-standard";
import { buildStandardSheet } from "../core/scorecard/standard-sheet";
import { buildSummarySheet, type SummaryBranch } from "../core/scorecard/summary-sheet";
import type { CellValue } from "../core/values/cell-value";
import { addDays, dayToExcelSerial, dayToIso, ymdFromDay, type Day } from "../core/values/day";
import { parseDate } from "../core/values/parse-date";
import { parseNumber } from "../core/values/parse-number";
import { checkLedgerSheet, type AsOfSource } from "./check-ledger-sheet";
import { SHEET_LOCALE, writeOwnedSheet } from "./owned-sheets";
import { problemFromPortError, viaPort, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore, type OwnedSheet } from "./settings-store";
import { findSheet, numberedName, sameSheetName } from "./sheet-names";
import type { SheetInfo, WorkbookPort } from "./workbook-port";

export interface FillScorecardsRequest {
  /** The ledger sheet; by default the one the ledger check would choose. */
  readonly sheet?: string;
  /** An as-of date the user chose; else the ledger's 统计日期; else today. */
  readonly asOf?: Day | null;
  /** Today, from the caller's clock: the default inspection date and the notices' date. */
  readonly today: Day;
  /** Score this branch only (its sheets and notice; the summary is left as it is). Default: every branch. */
  readonly branch?: string | null;
  readonly locale?: Locale;
  /** Fraction done (0–1), for a progress bar. */
  readonly onProgress?: (fraction: number) => void;
}

/** One branch's result: its scores by the core's arithmetic (what the sheets' formulas give) and its sheets. */
export interface ScoredBranch {
  readonly branch: string;
  readonly score: BranchScore;
  /** Loans of the branch in the ledger. */
  readonly loans: number;
  /** Evidence rows (loans behind automatic deductions), and how many of them the inspector set aside. */
  readonly evidence: number;
  readonly setAside: number;
  /** The sheets written (or to be written, in a plan). */
  readonly sheets: BranchSheetNames;
  /** The total of the previous scoring, null when there is none in the workbook. */
  readonly previous: number | null;
  /**
   * The branch's rectification notice: its number (null in a plan, when the
   * notice is new), and whether it is an earlier notice kept though the
   * branch is no longer under the threshold.
   */
  readonly notice: { readonly number: string | null; readonly sheet: string; readonly kept: boolean } | null;
}

export interface ScorecardsResult {
  readonly ok: true;
  /** The ledger scored. */
  readonly sheet: string;
  /** Findings of severity error in the ledger check (the command line's exit code). */
  readonly errorFindings: number;
  readonly asOf: Day;
  readonly asOfSource: AsOfSource;
  readonly standard: ScoringStandard;
  readonly standardSheet: string;
  /** The 评分标准 sheet was missing: the default was (or, in a plan, will be) written. */
  readonly standardWritten: boolean;
  /** Best first, as the summary ranks them. */
  readonly branches: readonly ScoredBranch[];
  /** Every branch of the ledger, in its order (to choose one). */
  readonly allBranches: readonly string[];
  /** The summary sheet, null when one branch was scored. */
  readonly summarySheet: string | null;
  /** What the user should know: sheets written under another name, manual counts that could not be read … */
  readonly notes: readonly string[];
}

export type ScorecardsOutcome =
  | ScorecardsResult
  | {
      readonly ok: false;
      readonly problem: Problem;
      /** The 评分标准 sheet's problems, each naming its cell, when that is what stopped the scoring. */
      readonly standardProblems?: readonly StandardProblem[];
    };

/**
 * What generating would do, without writing anything: the scores of every
 * branch (the typed cells of the sheets already there taken into account),
 * the sheets and the notices — the pane's preview before anything is written.
 */
export function planScorecards(port: WorkbookPort, request: FillScorecardsRequest): Promise<ScorecardsOutcome> {
  return run(port, request, false);
}

/**
 * 生成评分表: checks the ledger, scores each branch by the 评分标准 sheet
 * (writing the default standard on first use), and writes per branch the
 * evidence and the scorecard, a notice for each branch under the threshold,
 * the ranked summary and the records (previous scores, notice numbers).
 * Running again updates the same sheets: the 剔除 marks, manual counts and
 * header cells the inspector typed are read first and written back. Sheets
 * of the user's are never written over (writeOwnedSheet), and notices of
 * branches that recovered are kept, never deleted — they may have been sent.
 */
export function fillScorecards(port: WorkbookPort, request: FillScorecardsRequest): Promise<ScorecardsOutcome> {
  return run(port, request, true);
}

interface Prepared {
  readonly branch: string;
  readonly loans: number;
  readonly entries: readonly EvidenceEntry[];
  readonly marks: ReadonlyMap<string, EvidenceMark>;
  readonly inputs: ScorecardInputs | null;
  /** The names asked for (writeOwnedSheet says so when it must use another). */
  readonly base: BranchSheetNames;
  /** Where they will be written: the names, or the add-in's own (2) … when the user has a sheet of that name. */
  readonly names: BranchSheetNames;
  readonly score: BranchScore;
  readonly header: ScorecardHeader;
  readonly counted: readonly EvidenceEntry[];
}

async function run(port: WorkbookPort, request: FillScorecardsRequest, write: boolean): Promise<ScorecardsOutcome> {
  const locale = request.locale ?? "zh-CN";
  const t = (id: Parameters<typeof scoreText>[0], params?: Parameters<typeof scoreText>[1]): string =>
    scoreText(id, params, locale);
  /** Words that go into the sheets (names, the branch of loans without one): Chinese, see SHEET_LOCALE. */
  const inSheet = (id: Parameters<typeof scoreText>[0]): string => scoreText(id, {}, SHEET_LOCALE);
  const progress = request.onProgress;
  try {
    const notes: string[] = [];
    let sheets = await port.listSheets();

    const standardName = inSheet("score.sheet.standard");
    const standardInfo = findSheet(sheets, standardName);
    let standard: ScoringStandard = DEFAULT_STANDARD;
    if (standardInfo !== undefined) {
      const values = await readAll(port, standardInfo, locale);
      const parsed = parseStandard(values, { sheet: standardInfo.name, locale });
      if (parsed.standard === null) {
        const count = parsed.problems.length;
        return {
          ok: false,
          problem: {
            code: "settings-invalid",
            message: t("score.problem.standard-invalid", { sheet: standardInfo.name, count }),
            hint: t("score.problem.standard-invalid.hint", { sheet: standardInfo.name }),
          },
          standardProblems: parsed.problems,
        };
      }
      standard = parsed.standard;
    }

    const outcome = await checkLedgerSheet(port, {
      ...(request.sheet === undefined ? {} : { sheet: request.sheet }),
      asOf: request.asOf ?? null,
      today: request.today,
      locale,
      ...(progress === undefined ? {} : { onProgress: (f: number) => progress(f * 0.6) }),
    });
    if (!outcome.ok) return outcome;
    for (const n of outcome.notices ?? []) notes.push(n.message);

    const evidence = countOccurrences(outcome.ledger, outcome.result.findings, standard, {
      unassigned: inSheet("score.branch.unassigned"),
    });
    const allBranches = evidence.map((b) => b.branch);
    if (evidence.length === 0) {
      return {
        ok: false,
        problem: {
          code: "empty-sheet",
          message: t("score.problem.no-loans", { sheet: outcome.sheet }),
          hint: t("score.problem.no-loans.hint"),
        },
      };
    }
    const wanted = request.branch ?? null;
    const selected = wanted === null ? evidence : evidence.filter((b) => b.branch === wanted.trim());
    if (selected.length === 0) {
      const list = allBranches.join(locale === "zh-CN" ? "、" : ", ");
      return {
        ok: false,
        problem: {
          code: "empty-sheet",
          message: t("score.problem.no-branch", { branch: wanted ?? "" }),
          hint: t("score.problem.no-branch.hint", { branches: list }),
        },
      };
    }

    const store = await loadStore(port, { locale });
    const owned = store.ownedSheets;
    const date1904 = await port.date1904();
    const names = branchSheetNames(allBranches);
    const todaySerial = dayToExcelSerial(request.today, date1904);

    const prepared: Prepared[] = [];
    for (const b of selected) {
      const base = names.get(b.branch);
      if (base === undefined) continue;
      const evidenceTarget = await ownedTarget(port, sheets, owned, base.evidence);
      const cardTarget = await ownedTarget(port, sheets, owned, base.scorecard);
      const noticeTarget = await ownedTarget(port, sheets, owned, base.notice);
      const marks =
        evidenceTarget.previous === null
          ? new Map<string, EvidenceMark>()
          : readEvidenceMarks(await readAll(port, evidenceTarget.previous, locale));
      const inputs =
        cardTarget.previous === null ? null : readScorecardInputs(await readAll(port, cardTarget.previous, locale));
      const markOf = (e: EvidenceEntry): EvidenceMark | undefined =>
        marks.get(evidenceMarkKey(e.item, e.key, e.customer));
      const counted = b.entries.filter((e) => !isSetAside(markOf(e)));
      const counts = new Map<string, ItemCount>(itemCounts(counted));
      for (const item of standard.items) {
        if (!item.manual) continue;
        const typed = inputs?.counts.get(item.item);
        const occurrences = typedCount(typed?.occurrences ?? null, item.item, cardTarget.name, notes, locale);
        const special = hasSpecialColumn(item)
          ? typedCount(typed?.special ?? null, item.item, cardTarget.name, notes, locale)
          : 0;
        counts.set(item.item, { normal: occurrences, special });
      }
      prepared.push({
        branch: b.branch,
        loans: b.loans,
        entries: b.entries,
        marks,
        inputs,
        base,
        names: { evidence: evidenceTarget.name, scorecard: cardTarget.name, notice: noticeTarget.name },
        score: computeScores(standard, b.branch, counts),
        header: {
          unit: inputs?.unit !== undefined ? inputs.unit : b.branch,
          date: inputs?.date !== undefined ? inputs.date : todaySerial,
          inspectors: inputs?.inspectors ?? null,
        },
        counted,
      });
    }

    const records = await readRecords(port, sheets, locale, notes);
    const asOfIso = dayToIso(outcome.asOf);
    const previous = previousScoring(records, asOfIso);
    const summaryTarget =
      wanted === null ? (await ownedTarget(port, sheets, owned, inSheet("score.sheet.summary"))).name : null;

    const noticeFor = (p: Prepared): ScoredBranch["notice"] => {
      const under = p.score.total < standard.penaltyThreshold;
      const issued = records.notices.filter((n) => n.branch === p.branch);
      if (under) {
        const same = issued.find((n) => n.asOf === asOfIso);
        return { number: same?.number ?? null, sheet: p.names.notice, kept: false };
      }
      // The latest notice of the branch whose sheet is still in the workbook stays, and is shown as kept.
      const kept = [...issued].reverse().find((n) => findSheet(sheets, n.sheet) !== undefined);
      return kept === undefined ? null : { number: kept.number, sheet: kept.sheet, kept: true };
    };
    const scored = (p: Prepared, sheetNames: BranchSheetNames, notice: ScoredBranch["notice"]): ScoredBranch => ({
      branch: p.branch,
      score: p.score,
      loans: p.loans,
      evidence: p.entries.length,
      setAside: p.entries.length - p.counted.length,
      sheets: sheetNames,
      previous: previous?.scores[p.branch] ?? null,
      notice,
    });

    if (!write) {
      const branches = rank(prepared.map((p) => scored(p, p.names, noticeFor(p))));
      progress?.(1);
      return {
        ok: true,
        sheet: outcome.sheet,
        errorFindings: outcome.result.summary.bySeverity.error,
        asOf: outcome.asOf,
        asOfSource: outcome.asOfSource,
        standard,
        standardSheet: standardInfo?.name ?? standardName,
        standardWritten: standardInfo === undefined,
        branches,
        allBranches,
        summarySheet: summaryTarget,
        notes,
      };
    }

    // ---- writing
    const steps = prepared.length + 2;
    let done = 0;
    const step = (): void => progress?.(0.6 + (0.4 * ++done) / steps);
    const writeSheet = async (model: Parameters<typeof writeOwnedSheet>[1]): Promise<string> => {
      const written = await writeOwnedSheet(port, model, { locale });
      if (written.message !== undefined) notes.push(written.message);
      return written.name;
    };

    let standardSheet = standardInfo?.name ?? standardName;
    if (standardInfo === undefined) {
      standardSheet = await writeSheet(buildStandardSheet(standard, { locale: SHEET_LOCALE, name: standardName }));
      notes.push(t("score.note.standard-written", { sheet: standardSheet }));
    }

    let recordsNow: ScoreRecords = records;
    const seen = await seenNoticeNumbers(port, sheets, locale);
    const results: ScoredBranch[] = [];
    const summaryRows: SummaryBranch[] = [];
    for (const p of prepared) {
      const ev = buildEvidenceSheet({
        name: p.base.evidence,
        branch: p.branch,
        ledgerSheet: outcome.sheet,
        entries: p.entries,
        markOf: (e) => p.marks.get(evidenceMarkKey(e.item, e.key, e.customer)),
        locale: SHEET_LOCALE,
      });
      const evidenceSheet = await writeSheet(ev.model);
      const card = buildScorecardSheet({
        name: p.base.scorecard,
        branch: p.branch,
        standard,
        score: p.score,
        evidenceSheet,
        evidence: ev.ranges,
        header: p.header,
        ledgerSheet: outcome.sheet,
        asOf: outcome.asOf,
        loans: p.loans,
        date1904,
        locale: SHEET_LOCALE,
      });
      const scorecardSheet = await writeSheet(card.model);

      let notice = noticeFor(p);
      let noticeSheet = p.names.notice;
      if (notice !== null && !notice.kept) {
        const issuedOn = inspectionDay(p.header.date, date1904) ?? request.today;
        const year = ymdFromDay(issuedOn).year;
        const allocated = allocateNotice(recordsNow, {
          branch: p.branch,
          asOf: asOfIso,
          year,
          sheet: p.names.notice,
          score: p.score.total,
          seenSeq: seen.get(year) ?? 0,
        });
        noticeSheet = await writeSheet(
          buildNoticeSheet({
            name: p.base.notice,
            number: allocated.notice.number,
            branch: p.branch,
            score: p.score,
            entries: p.counted,
            asOf: outcome.asOf,
            issued: issuedOn,
            deadline: addDays(issuedOn, standard.rectificationDays),
            threshold: standard.penaltyThreshold,
            amount: standard.penaltyAmount,
            locale: SHEET_LOCALE,
          }),
        );
        // The sheet name is known only once written (a user's sheet of that name sends it elsewhere).
        recordsNow = allocateNotice(allocated.records, {
          branch: p.branch,
          asOf: asOfIso,
          year,
          sheet: noticeSheet,
          score: p.score.total,
        }).records;
        notice = { number: allocated.notice.number, sheet: noticeSheet, kept: false };
      }
      const sheetNames = { evidence: evidenceSheet, scorecard: scorecardSheet, notice: noticeSheet };
      results.push(scored(p, sheetNames, notice));
      summaryRows.push({
        branch: p.branch,
        sheet: scorecardSheet,
        cells: card.cells,
        score: p.score,
        previous: previous?.scores[p.branch] ?? null,
        notice:
          notice === null || notice.number === null
            ? null
            : { number: notice.number, sheet: notice.sheet, kept: notice.kept },
      });
      step();
    }

    let summarySheet: string | null = null;
    if (wanted === null) {
      summarySheet = await writeSheet(
        buildSummarySheet({
          name: inSheet("score.sheet.summary"),
          asOf: outcome.asOf,
          ledgerSheet: outcome.sheet,
          standard,
          branches: summaryRows,
          locale: SHEET_LOCALE,
        }),
      );
    }
    step();

    const totals: Record<string, number> = {};
    for (const p of prepared) totals[p.branch] = p.score.total;
    recordsNow = recordScoring(recordsNow, asOfIso, totals);
    sheets = await port.listSheets();
    const recordsInfo = findSheet(sheets, SCORE_RECORDS_SHEET);
    if (recordsInfo === undefined || (await isRecordsSheet(port, recordsInfo, locale))) {
      await writeSheet(buildScoreRecordsSheet(recordsNow));
    }
    step();

    return {
      ok: true,
      sheet: outcome.sheet,
      errorFindings: outcome.result.summary.bySeverity.error,
      asOf: outcome.asOf,
      asOfSource: outcome.asOfSource,
      standard,
      standardSheet,
      standardWritten: standardInfo === undefined,
      branches: rank(results),
      allBranches,
      summarySheet,
      notes,
    };
  } catch (e) {
    const known = problemFromPortError(e, request.sheet ?? "", locale);
    if (known !== null) return { ok: false, problem: known };
    throw e;
  }
}

function rank(branches: readonly ScoredBranch[]): ScoredBranch[] {
  return branches
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.score.total - x.b.score.total || x.i - y.i)
    .map(({ b }) => b);
}

/** A whole sheet's values from A1. */
async function readAll(port: WorkbookPort, info: SheetInfo, locale: Locale): Promise<CellValue[][]> {
  if (info.rowCount === 0 || info.columnCount === 0) return [];
  return viaPort(info.name, locale, () =>
    readSheetValues(port, info.name, { firstRow: 1, rowCount: info.rowCount, columnCount: info.columnCount }),
  );
}

/**
 * Where writeOwnedSheet will write a model of this name, and the sheet it
 * will replace (to carry its typed cells over): the name itself or the first
 * of `name(2)`, `name(3)` … that is free or the add-in's — the same walk as
 * writeOwnedSheet's, so the cells read are those of the sheet replaced.
 */
async function ownedTarget(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  owned: readonly OwnedSheet[],
  base: string,
): Promise<{ name: string; previous: SheetInfo | null }> {
  for (let n = 1; n <= 99; n++) {
    const name = n === 1 ? base : numberedName(base, n);
    const info = findSheet(sheets, name);
    if (info === undefined) return { name, previous: null };
    const entry = owned.find((o) => sameSheetName(o.name, info.name));
    if (entry === undefined) continue;
    if (entry.a1 !== undefined) {
      const [row] = await port.readValues(info.name, 1, 1, 1);
      if ((row?.[0] ?? null) !== entry.a1) continue;
    }
    return { name: info.name, previous: info };
  }
  return { name: base, previous: null };
}

/**
 * A manual item's count as typed: a number of at least 0 (text such as "2"
 * too); blank is 0. Anything else is taken as 0 and the user is told, since
 * writing it back would leave the scorecard's formulas on #VALUE!.
 */
function typedCount(value: CellValue, item: string, sheet: string, notes: string[], locale: Locale): number {
  const parsed = parseNumber(value);
  if (parsed.ok && parsed.value >= 0) return parsed.value;
  if (!parsed.ok && parsed.reason === "empty") return 0;
  const shown = typeof value === "object" && value !== null ? value.code : String(value);
  notes.push(scoreText("score.note.manual-reset", { sheet, item, value: shown }, locale));
  return 0;
}

/** The inspection date typed on the scorecard as a Day (a date serial or a date written as text), else null. */
function inspectionDay(value: ScorecardHeader["date"], date1904: boolean): Day | null {
  const parsed = parseDate(value, { date1904 });
  return parsed.ok ? parsed.value : null;
}

async function isRecordsSheet(port: WorkbookPort, info: SheetInfo, locale: Locale): Promise<boolean> {
  if (info.rowCount === 0) return true;
  const [header = []] = await viaPort(info.name, locale, () => port.readValues(info.name, 1, 1, 2));
  return SCORE_RECORDS_HEADER.every((h, i) => header[i] === h);
}

async function readRecords(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  locale: Locale,
  notes: string[],
): Promise<ScoreRecords> {
  const info = findSheet(sheets, SCORE_RECORDS_SHEET);
  if (info === undefined || info.rowCount === 0) return EMPTY_RECORDS;
  if (!(await isRecordsSheet(port, info, locale))) return EMPTY_RECORDS;
  const values = await viaPort(info.name, locale, () => port.readValues(info.name, 1, info.rowCount, 2));
  const { records, skipped } = parseScoreRecords(values);
  if (skipped > 0) notes.push(scoreText("score.note.records-skipped", { sheet: info.name, count: skipped }, locale));
  return records;
}

/** Per year, the highest notice number on a notice sheet in the workbook (the number is in A2). */
async function seenNoticeNumbers(
  port: WorkbookPort,
  sheets: readonly SheetInfo[],
  locale: Locale,
): Promise<Map<number, number>> {
  const prefix = scoreText("score.sheet.notice-prefix", {}, SHEET_LOCALE);
  const seen = new Map<number, number>();
  for (const info of sheets) {
    if (!info.name.startsWith(prefix) || info.rowCount < 2) continue;
    const rows = await viaPort(info.name, locale, () => port.readValues(info.name, 2, 1, 1));
    const text = rows[0]?.[0];
    const parsed = typeof text === "string" ? parseNoticeNumber(text) : null;
    if (parsed !== null) seen.set(parsed.year, Math.max(seen.get(parsed.year) ?? 0, parsed.seq));
  }
  return seen;
}
