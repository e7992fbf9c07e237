import { isBlank, type CellValue } from "../values/cell-value";
import { displayValue } from "./field-access";
import { matchHeader } from "./header-match";
import type { ColumnBinding, ColumnKey } from "./ledger-types";

export interface UnmappedHeader {
  readonly index: number;
  readonly header: string;
}

export interface HeaderRowMatch {
  /** 0-based index into values of the (last) header row; data starts below it. */
  readonly rowIndex: number;
  /** 0-based index of the first header row: rowIndex − 1 for a two-row grouped header, else rowIndex. */
  readonly topRowIndex: number;
  readonly bindings: ColumnBinding[];
  readonly unmapped: UnmappedHeader[];
}

type Rows = readonly (readonly CellValue[])[];

/** One column's header after reading one or two header rows. */
interface HeaderCell {
  readonly index: number;
  readonly header: string;
  readonly key: ColumnKey | null;
}

interface Reading {
  readonly cells: readonly HeaderCell[];
  readonly score: number;
  readonly anchored: boolean;
  /** A column was only recognised by joining a group label with its sub-header (五级分类 + 本期). */
  readonly usedGroup: boolean;
}

/** A header needs this many recognised columns, one of them 客户名称 or 借据号, to be taken for a ledger's. */
const MIN_MATCHED = 3;
const EMPTY_ROW: readonly CellValue[] = [];

/** A header cell's text as written (line breaks kept), or null for an empty cell or an error value. */
function headerText(cell: CellValue | undefined): string | null {
  if (cell === undefined || typeof cell === "object" || isBlank(cell)) return null;
  return typeof cell === "string" ? cell : displayValue(cell);
}

function rowAt(values: Rows, index: number): readonly CellValue[] {
  return values[index] ?? EMPTY_ROW;
}

function reading(cells: readonly HeaderCell[], usedGroup: boolean): Reading {
  const keys = new Set<ColumnKey>();
  for (const c of cells) if (c.key !== null) keys.add(c.key);
  return { cells, score: keys.size, anchored: keys.has("customer") || keys.has("loanNo"), usedGroup };
}

function readOneRow(row: readonly CellValue[]): Reading {
  const cells: HeaderCell[] = [];
  for (let i = 0; i < row.length; i++) {
    const header = headerText(row[i]);
    if (header !== null) cells.push({ index: i, header, key: matchHeader(header) });
  }
  return reading(cells, false);
}

/**
 * Reads a two-row header. Where the lower row is empty, the upper cell is a
 * header merged down over both rows (Excel keeps a merged value in its top
 * cell only). Where the lower row has text, it is a sub-header; if it is not
 * recognised alone (`本期` under `五级分类`), the group label it sits under
 * (the nearest upper text to its left within the same run of sub-headers)
 * is put in front of it.
 */
function readTwoRows(upper: readonly CellValue[], lower: readonly CellValue[]): Reading {
  const cells: HeaderCell[] = [];
  const width = Math.max(upper.length, lower.length);
  let group: string | null = null;
  let usedGroup = false;
  for (let i = 0; i < width; i++) {
    const top = headerText(upper[i]);
    const sub = headerText(lower[i]);
    if (sub === null) {
      group = null;
      if (top !== null) cells.push({ index: i, header: top, key: matchHeader(top) });
      continue;
    }
    if (top !== null) group = top;
    const alone = matchHeader(sub);
    if (alone !== null || group === null) {
      cells.push({ index: i, header: sub, key: alone });
      continue;
    }
    const joined = `${group}\n${sub}`;
    const key = matchHeader(joined);
    if (key !== null) usedGroup = true;
    cells.push({ index: i, header: joined, key });
  }
  return reading(cells, usedGroup);
}

/** A row that could be half of a header: text only (a number or a date means data). */
function isTextRow(row: readonly CellValue[]): boolean {
  let any = false;
  for (const cell of row) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell !== "string") return false;
    if (!isBlank(cell)) any = true;
  }
  return any;
}

/** The two-row reading, if joining the rows tells more than the chosen row alone. */
function joined(upper: readonly CellValue[], lower: readonly CellValue[], alone: Reading): Reading | null {
  if (!isTextRow(upper) || !isTextRow(lower)) return null;
  const both = readTwoRows(upper, lower);
  if (!both.anchored) return null;
  return both.score > alone.score || (both.score === alone.score && both.usedGroup) ? both : null;
}

function toMatch(rowIndex: number, topRowIndex: number, found: Reading): HeaderRowMatch {
  const bindings: ColumnBinding[] = [];
  const unmapped: UnmappedHeader[] = [];
  const bound = new Set<ColumnKey>();
  for (const { index, header, key } of found.cells) {
    // The first column wins a key: it is the one a reader of the sheet sees first.
    if (key === null || bound.has(key)) {
      unmapped.push({ index, header });
    } else {
      bound.add(key);
      bindings.push({ key, index, header });
    }
  }
  return { rowIndex, topRowIndex, bindings, unmapped };
}

/**
 * Finds a ledger's header among the first `maxScan` rows: the row with the
 * most recognised columns (at least 3, including 客户名称 or 借据号; the
 * topmost wins a tie). Title rows, a 统计日期 line and blank rows above it are
 * skipped. A grouped header over two rows (`贷后检查` merged over
 * `首次检查日期`/`最近检查日期`, or headers merged down beside sub-headers)
 * is read as one when joining the chosen row with the row above or below it
 * recognises more columns, or places a group label's column correctly.
 */
export function findHeaderRow(values: Rows, maxScan = 30): HeaderRowMatch | null {
  const limit = Math.min(values.length, maxScan);
  let bestIndex = -1;
  let best: Reading | null = null;
  for (let r = 0; r < limit; r++) {
    const candidate = readOneRow(rowAt(values, r));
    if (!candidate.anchored || candidate.score < MIN_MATCHED) continue;
    if (best === null || candidate.score > best.score) {
      best = candidate;
      bestIndex = r;
    }
  }
  if (best === null) return findSplitHeader(values, limit);

  const chosen = rowAt(values, bestIndex);
  const withAbove = bestIndex > 0 ? joined(rowAt(values, bestIndex - 1), chosen, best) : null;
  const withBelow = bestIndex + 1 < values.length ? joined(chosen, rowAt(values, bestIndex + 1), best) : null;
  if (withBelow !== null && (withAbove === null || withBelow.score > withAbove.score)) {
    return toMatch(bestIndex + 1, bestIndex, withBelow);
  }
  if (withAbove !== null) return toMatch(bestIndex, bestIndex - 1, withAbove);
  return toMatch(bestIndex, bestIndex, best);
}

/**
 * A header that no single row carries: `客户名称` and `借据号` merged down
 * beside group labels, with every other column in the row below. The pair
 * of rows with the most recognised columns wins.
 */
function findSplitHeader(values: Rows, limit: number): HeaderRowMatch | null {
  let best: Reading | null = null;
  let bestIndex = -1;
  for (let r = 0; r + 1 < Math.min(values.length, limit + 1); r++) {
    const upper = rowAt(values, r);
    const lower = rowAt(values, r + 1);
    if (!isTextRow(upper) || !isTextRow(lower)) continue;
    const both = readTwoRows(upper, lower);
    if (!both.anchored || both.score < MIN_MATCHED) continue;
    if (best === null || both.score > best.score) {
      best = both;
      bestIndex = r;
    }
  }
  return best === null ? null : toMatch(bestIndex + 1, bestIndex, best);
}

/** The header of a row the user has pointed at: read as it is, with no search and no joining. */
export function headerAt(values: Rows, rowIndex: number): HeaderRowMatch | null {
  if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= values.length) return null;
  return toMatch(rowIndex, rowIndex, readOneRow(rowAt(values, rowIndex)));
}
