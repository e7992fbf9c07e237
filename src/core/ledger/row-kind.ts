import type { CellValue } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { COLUMN_CATALOGUE } from "./column-catalogue";
import { isBlankCell } from "./column-parser";
import { matchHeader, normalizeHeader } from "./header-match";
import type { ColumnBinding, ColumnKey } from "./ledger-types";

export type RowKind = "data" | "blank" | "total" | "header";

/** A mapped column as a repeated header would name it. */
interface HeaderCell {
  readonly index: number;
  readonly key: ColumnKey;
  /** The header as written, and in normalizeHeader's form. */
  readonly header: string;
  readonly normal: string;
}

/** Where to look in a row, worked out once per set of bindings rather than once per row. */
interface RowPlan {
  /** Every mapped column. */
  readonly mapped: readonly number[];
  /** Mapped text columns plus the first three columns, where a 合计/小计 label is written. */
  readonly labels: readonly number[];
  /** Every mapped column with its header. */
  readonly headers: readonly HeaderCell[];
  /** Mapped number and date columns: where a repeated header has words and a loan has figures. */
  readonly typed: readonly number[];
}

/**
 * The text columns a 合计 label is written in: those that name the loan. Free
 * text (备注, 存在问题, 预警信号 …) is left out, because a remark such as
 * `逾期本息合计` would otherwise turn a loan into a total row.
 */
const LABEL_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  "seq",
  "branch",
  "customer",
  "customerType",
  "industry",
  "contractNo",
  "loanNo",
  "product",
  "officer",
]);
/** Columns a 合计 label may sit in even when they are unmapped (序号 or a merged A:C label cell). */
const LEADING_LABEL_COLUMNS = 3;
/** Whole labels of a total row, after compactText (`合 计` → `合计`). */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  "合计",
  "小计",
  "总计",
  "累计",
  "共计",
  "总合计",
  "本页合计",
  "全部合计",
]);
/** A label beginning or ending with these is a total: `合计：`, `合计(128户)`, `城关支行小计`. */
const TOTAL_AFFIXES: readonly string[] = ["合计", "小计", "总计"];
/** Longer text is a name or a remark, not a total label. */
const MAX_LABEL_LENGTH = 40;
const TRAILING_COLONS = /[:：]+$/;

const plans = new WeakMap<readonly ColumnBinding[], RowPlan>();

function planFor(bindings: readonly ColumnBinding[]): RowPlan {
  const known = plans.get(bindings);
  if (known !== undefined) return known;
  const mapped = [...new Set(bindings.map((b) => b.index))];
  const labels = new Set<number>();
  for (let i = 0; i < LEADING_LABEL_COLUMNS; i++) labels.add(i);
  for (const b of bindings) if (LABEL_KEYS.has(b.key)) labels.add(b.index);
  const headers: HeaderCell[] = [];
  const seen = new Set<number>();
  for (const b of bindings) {
    if (seen.has(b.index)) continue;
    seen.add(b.index);
    headers.push({ index: b.index, key: b.key, header: b.header, normal: normalizeHeader(b.header) });
  }
  const typed = headers
    .filter((h) => COLUMN_CATALOGUE[h.key].kind === "number" || COLUMN_CATALOGUE[h.key].kind === "date")
    .map((h) => h.index);
  const plan: RowPlan = { mapped, labels: [...labels], headers, typed };
  plans.set(bindings, plan);
  return plan;
}

/** True for the label of a 合计/小计 row. */
export function isTotalLabel(cell: CellValue | undefined): boolean {
  // Every total word has 计; checking for it first keeps this cheap on names and numbers.
  if (typeof cell !== "string" || cell.length > MAX_LABEL_LENGTH || !cell.includes("计")) return false;
  const label = compactText(cell).replace(TRAILING_COLONS, "");
  if (TOTAL_WORDS.has(label)) return true;
  for (const affix of TOTAL_AFFIXES) if (label.startsWith(affix) || label.endsWith(affix)) return true;
  return false;
}

/** A repeated header has at least this many cells naming their own columns (as a header needs 3 recognised columns). */
const MIN_HEADER_CELLS = 3;
const DIGIT = /\d/;

/** The cell names its own column: the header as written, the same after normalising, or a header matching the same key. */
function namesColumn(cell: CellValue | undefined, h: HeaderCell): boolean {
  if (typeof cell !== "string") return false;
  return cell === h.header || normalizeHeader(cell) === h.normal || matchHeader(cell) === h.key;
}

/**
 * Whether a row repeats the header (two tables pasted one under the other):
 * most of its filled mapped cells, and at least three, name their own
 * column. One header-like cell (a customer really named 客户名称) is not
 * enough. Checked cheaply first: a header's number and date columns hold
 * words without digits, where a loan holds figures, so an ordinary loan row
 * never reaches the header matcher.
 */
function repeatsHeader(cells: readonly CellValue[], plan: RowPlan): boolean {
  if (plan.typed.length > 0) {
    let words = false;
    for (const i of plan.typed) {
      const cell = cells[i];
      if (typeof cell === "string" && !DIGIT.test(cell) && !isBlankCell(cell)) {
        words = true;
        break;
      }
    }
    if (!words) return false;
  }
  let filled = 0;
  let named = 0;
  for (const h of plan.headers) {
    const cell = cells[h.index];
    if (isBlankCell(cell)) continue;
    filled++;
    if (namesColumn(cell, h)) named++;
  }
  return named >= Math.min(MIN_HEADER_CELLS, plan.headers.length) && named * 2 > filled;
}

/**
 * What a row below the header is. A total when a label cell (a mapped column
 * that names the loan, or one of the first three columns) reads 合计/小计/总计/累计 or
 * begins or ends with 合计/小计/总计; blank when every mapped cell is empty
 * (text in an unmapped column, such as a note beside the table, does not
 * make a loan); a header when it repeats the header (see repeatsHeader);
 * otherwise data. A total is recognised even if its figures are in unmapped
 * columns, so a total label wins over blank.
 */
export function rowKind(cells: readonly CellValue[], bindings: readonly ColumnBinding[]): RowKind {
  const plan = planFor(bindings);
  for (const i of plan.labels) if (isTotalLabel(cells[i])) return "total";
  for (const i of plan.mapped) {
    if (!isBlankCell(cells[i])) return repeatsHeader(cells, plan) ? "header" : "data";
  }
  return "blank";
}
