import type { SheetModel } from "../sheet-model/sheet-model";
import type { CellValue } from "../values/cell-value";
import { formatNoticeNumber, parseNoticeNumber } from "./notice-number";

/**
 * What the scorecards remember between runs, kept in a hidden sheet of the
 * workbook (键 | 值, one entry per row, values as JSON text): the totals of
 * each scoring by as-of date, for the summary's change from the previous
 * scoring, and the rectification notices issued with the yearly counter, so
 * that a notice number is never given twice.
 */
export const SCORE_RECORDS_SHEET = "贷后助手评分记录";
export const SCORE_RECORDS_HEADER = ["键", "值"] as const;

export interface ScoringRecord {
  /** ISO date of the ledger's as-of date. */
  readonly asOf: string;
  /** Branch → total. */
  readonly scores: Readonly<Record<string, number>>;
}

export interface IssuedNotice {
  readonly number: string;
  readonly year: number;
  readonly seq: number;
  readonly branch: string;
  /** ISO as-of date of the scoring it was issued for. */
  readonly asOf: string;
  readonly sheet: string;
  readonly score: number;
}

export interface ScoreRecords {
  readonly scorings: readonly ScoringRecord[];
  readonly notices: readonly IssuedNotice[];
  /** Year → the last number given that year. */
  readonly counters: Readonly<Record<string, number>>;
}

export const EMPTY_RECORDS: ScoreRecords = { scorings: [], notices: [], counters: {} };

/** Scorings kept: two years of monthly inspections. */
const MAX_SCORINGS = 24;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function json(text: CellValue | undefined): unknown {
  if (typeof text !== "string") return typeof text === "number" ? text : undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads the records back (values from A1). The sheet can be unhidden and
 * edited, so every entry is checked and a damaged one is skipped — counted
 * in `skipped` — rather than trusted: a lost score only loses a comparison,
 * and numbering also looks at the notices found in the workbook.
 */
export function parseScoreRecords(values: readonly (readonly CellValue[])[]): {
  records: ScoreRecords;
  skipped: number;
} {
  const scorings: ScoringRecord[] = [];
  const notices: IssuedNotice[] = [];
  const counters: Record<string, number> = {};
  let skipped = 0;
  for (const row of values.slice(1)) {
    const key = row[0];
    if (typeof key !== "string" || key.trim() === "") continue;
    const value = json(row[1]);
    const [kind, rest = ""] = splitKey(key.trim());
    if (kind === "scoring" && ISO.test(rest) && isRecord(value)) {
      const scores: Record<string, number> = {};
      for (const [branch, total] of Object.entries(value)) {
        if (typeof total === "number" && Number.isFinite(total)) scores[branch] = total;
      }
      scorings.push({ asOf: rest, scores });
    } else if (kind === "notice" && isRecord(value)) {
      const n = noticeOf(rest, value);
      if (n === null) skipped++;
      else notices.push(n);
    } else if (
      kind === "counter" &&
      /^\d{4}$/.test(rest) &&
      typeof value === "number" &&
      Number.isInteger(value) &&
      value >= 0
    ) {
      counters[rest] = value;
    } else if (kind !== "format") {
      skipped++;
    }
  }
  scorings.sort((a, b) => a.asOf.localeCompare(b.asOf));
  return { records: { scorings, notices, counters }, skipped };
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(":");
  return at < 0 ? [key, ""] : [key.slice(0, at), key.slice(at + 1)];
}

function noticeOf(number: string, v: Record<string, unknown>): IssuedNotice | null {
  const parsed = parseNoticeNumber(number);
  const { branch, asOf, sheet, score } = v;
  if (parsed === null || typeof branch !== "string" || typeof asOf !== "string" || !ISO.test(asOf)) return null;
  return {
    number,
    year: parsed.year,
    seq: parsed.seq,
    branch,
    asOf,
    sheet: typeof sheet === "string" ? sheet : "",
    score: typeof score === "number" ? score : 0,
  };
}

/** The records as their hidden sheet. */
export function buildScoreRecordsSheet(records: ScoreRecords): SheetModel {
  const rows: string[][] = [[...SCORE_RECORDS_HEADER], ["format", "1"]];
  for (const [year, n] of Object.entries(records.counters)) rows.push([`counter:${year}`, JSON.stringify(n)]);
  for (const s of records.scorings) rows.push([`scoring:${s.asOf}`, JSON.stringify(s.scores)]);
  for (const n of records.notices) {
    rows.push([
      `notice:${n.number}`,
      JSON.stringify({ branch: n.branch, asOf: n.asOf, sheet: n.sheet, score: n.score }),
    ]);
  }
  return {
    name: SCORE_RECORDS_SHEET,
    rows,
    formats: [
      { range: "A1:B1", style: { bold: true } },
      { range: `A1:B${rows.length}`, style: { numberFormat: "@" } },
    ],
    columnWidths: [30, 80],
    visibility: "hidden",
  };
}

/** The latest scoring before `asOf` (the one to compare with), or null. */
export function previousScoring(records: ScoreRecords, asOf: string): ScoringRecord | null {
  let found: ScoringRecord | null = null;
  for (const s of records.scorings) if (s.asOf < asOf && (found === null || s.asOf > found.asOf)) found = s;
  return found;
}

/**
 * Records this scoring's totals under its as-of date. Running again for the
 * same date (the ledger corrected) replaces the branches scored, keeping the
 * others (a run for one branch), so the comparison base stays the earlier
 * scoring, not the previous run.
 */
export function recordScoring(
  records: ScoreRecords,
  asOf: string,
  scores: Readonly<Record<string, number>>,
): ScoreRecords {
  const same = records.scorings.find((s) => s.asOf === asOf);
  const merged: ScoringRecord = { asOf, scores: { ...(same?.scores ?? {}), ...scores } };
  const scorings = [...records.scorings.filter((s) => s.asOf !== asOf), merged]
    .sort((a, b) => a.asOf.localeCompare(b.asOf))
    .slice(-MAX_SCORINGS);
  return { ...records, scorings };
}

export interface NoticeRequest {
  readonly branch: string;
  readonly asOf: string;
  /** The year of issue (of the inspection date). */
  readonly year: number;
  readonly sheet: string;
  readonly score: number;
  /** The highest number of that year found on notice sheets in the workbook: numbering never goes back below it. */
  readonly seenSeq?: number;
}

/**
 * The number of a branch's notice for a scoring. The same branch and as-of
 * date keep their number across runs (the notice is rewritten, not issued
 * again); a new notice takes the next number of its year — after the counter,
 * every number recorded and every number seen in the workbook — so a number
 * is never given twice, even when a notice sheet or the records were lost.
 */
export function allocateNotice(
  records: ScoreRecords,
  request: NoticeRequest,
): { records: ScoreRecords; notice: IssuedNotice } {
  const existing = records.notices.find((n) => n.branch === request.branch && n.asOf === request.asOf);
  if (existing !== undefined) {
    const notice: IssuedNotice = { ...existing, sheet: request.sheet, score: request.score };
    return { records: { ...records, notices: records.notices.map((n) => (n === existing ? notice : n)) }, notice };
  }
  const year = String(request.year);
  const last = Math.max(
    records.counters[year] ?? 0,
    request.seenSeq ?? 0,
    ...records.notices.filter((n) => n.year === request.year).map((n) => n.seq),
  );
  const seq = last + 1;
  const notice: IssuedNotice = {
    number: formatNoticeNumber(request.year, seq),
    year: request.year,
    seq,
    branch: request.branch,
    asOf: request.asOf,
    sheet: request.sheet,
    score: request.score,
  };
  return {
    records: { ...records, notices: [...records.notices, notice], counters: { ...records.counters, [year]: seq } },
    notice,
  };
}
