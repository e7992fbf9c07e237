import { ledgerReadMessages, type LedgerReadMessageId } from "../messages/ledger-read-messages";
import { fill, type Locale, type MessageParams } from "../messages/message";
import type { CellValue } from "../values/cell-value";
import { parsedEmpty } from "../values/parsed";
import { COLUMN_CATALOGUE } from "./column-catalogue";
import { columnParser, isBlankCell, type ColumnParser } from "./column-parser";
import { mergeFills } from "./data-merges";
import { findHeaderRow, headerAt, type HeaderRowMatch, type UnmappedHeader } from "./find-header-row";
import {
  COLUMN_KEYS,
  type ColumnBinding,
  type ColumnKey,
  type DataMerge,
  type Field,
  type Ledger,
  type LoanRow,
} from "./ledger-types";
import { rowKind } from "./row-kind";
import { findAmountUnit, findStatedAsOf } from "./stated-as-of";

export interface ReadLedgerOptions {
  readonly sheet: string;
  /** Sheet row number of values[0] (1-based); 1 when the values start at A1. */
  readonly firstRow?: number;
  /** The workbook uses the 1904 date system. */
  readonly date1904?: boolean;
  /** The user's corrections: key → 0-based column, null = the sheet has no such column. */
  readonly mapping?: Readonly<Partial<Record<ColumnKey, number | null>>>;
  /** Sheet row (1-based) of the header when the user points at it; the header is then not searched for. */
  readonly headerRow?: number;
  /** Language of the message when the sheet cannot be read; zh-CN by default. */
  readonly locale?: Locale;
  /**
   * The sheet's merged areas ("D5:D9", sheet rows), as the port reads them.
   * A merge in the data gives its value to every loan it covers, in its
   * top-left cell's column only (see mergeFills).
   */
  readonly merges?: readonly string[];
}

export type ReadLedgerResult =
  | { readonly ok: true; readonly ledger: Ledger }
  | { readonly ok: false; readonly reason: "empty" | "no-header"; readonly message: string; readonly hint: string };

type Rows = readonly (readonly CellValue[])[];

/** How far down the header is looked for. */
const HEADER_SCAN_ROWS = 30;
/**
 * Distinct cell values remembered per column. Columns such as 机构, 五级分类,
 * 担保方式, 管户客户经理, dates and round amounts repeat down 500,000 rows;
 * sharing one Field per value saves parsing and most of the memory (the
 * objects, not the parsing, are what a large sheet costs). A column whose
 * values seldom repeat (借据号, 客户名称) stops being remembered.
 */
const FIELD_MEMO_LIMIT = 65_536;
/** How often (in cells not found) a column's memo is reviewed, and the share of hits that keeps it. */
const MEMO_REVIEW_EVERY = 4_096;
const MEMO_MIN_HIT_RATE = 0.2;

const NO_CELLS: readonly CellValue[] = [];

/** One Field for every empty cell: Fields are read-only, so sharing is safe. */
const EMPTY_FIELD: Field = { raw: null, parsed: parsedEmpty };

/** Reading one column: its parser and the Fields it has already built. */
class ColumnReader {
  private memo: Map<string | number | boolean, Field> | null = new Map();
  private lookups = 0;
  private hits = 0;

  constructor(
    readonly key: ColumnKey,
    readonly index: number,
    private readonly parse: ColumnParser,
  ) {}

  field(raw: CellValue | undefined): Field {
    if (raw === null || raw === undefined) return EMPTY_FIELD;
    if (typeof raw === "object" || this.memo === null) return { raw, parsed: this.parse(raw) };
    const known = this.memo.get(raw);
    if (known !== undefined) {
      this.hits++;
      return known;
    }
    const made: Field = { raw, parsed: this.parse(raw) };
    if (this.memo.size < FIELD_MEMO_LIMIT) this.memo.set(raw, made);
    if (++this.lookups % MEMO_REVIEW_EVERY === 0) this.review();
    return made;
  }

  /** A column whose values rarely repeat (借据号, 客户名称) costs a lookup per cell for nothing: stop remembering. */
  private review(): void {
    if (this.hits < (this.lookups + this.hits) * MEMO_MIN_HIT_RATE) this.memo = null;
  }
}

/**
 * An object with the row's keys, in binding order, every one an empty cell,
 * for each row's fields to be cloned from. Built by JSON.parse, which gives
 * it V8's compact layout (a fixed shape); an object given 30 keys one by one
 * under computed names becomes a hash table instead ("dictionary mode").
 */
function fieldsShape(readers: readonly ColumnReader[]): Partial<Record<ColumnKey, Field>> {
  const keys: Record<string, null> = {};
  for (const reader of readers) keys[reader.key] = null;
  const shape = JSON.parse(JSON.stringify(keys)) as Partial<Record<ColumnKey, Field>>;
  for (const reader of readers) shape[reader.key] = EMPTY_FIELD;
  return shape;
}

function text(id: LedgerReadMessageId, locale: Locale, params: MessageParams): string {
  return fill(ledgerReadMessages[id][locale], params);
}

function failure(reason: "empty" | "no-header", options: ReadLedgerOptions): ReadLedgerResult {
  const locale = options.locale ?? "zh-CN";
  const params = { sheet: options.sheet, rows: HEADER_SCAN_ROWS };
  const [message, hint]: readonly [LedgerReadMessageId, LedgerReadMessageId] =
    reason === "empty"
      ? ["ledger.read.empty", "ledger.read.empty.hint"]
      : ["ledger.read.no-header", "ledger.read.no-header.hint"];
  return { ok: false, reason, message: text(message, locale, params), hint: text(hint, locale, params) };
}

function isEmptySheet(values: Rows): boolean {
  for (const row of values) for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

function validColumn(index: number): boolean {
  return Number.isInteger(index) && index >= 0;
}

/**
 * Applies the user's mapping over the detected one. A column belongs to one
 * key, so mapping a key onto a column takes it from whatever key held it; a
 * header that loses its key is listed as unmapped again.
 */
function applyMapping(
  found: HeaderRowMatch,
  mapping: Readonly<Partial<Record<ColumnKey, number | null>>>,
): { bindings: ColumnBinding[]; unmapped: UnmappedHeader[] } {
  const headers = new Map<number, string>();
  for (const u of found.unmapped) headers.set(u.index, u.header);
  for (const b of found.bindings) headers.set(b.index, b.header);
  const byKey = new Map<ColumnKey, ColumnBinding>();
  for (const b of found.bindings) byKey.set(b.key, b);

  for (const key of COLUMN_KEYS) {
    const target = mapping[key];
    // Not a correction: no entry, or an index that cannot be a column (the detected mapping stands).
    if (target === undefined || (target !== null && !validColumn(target))) continue;
    byKey.delete(key);
    if (target === null) continue;
    for (const [other, b] of byKey) if (b.index === target) byKey.delete(other);
    // A column with no header still needs a name in findings: the catalogue's label.
    byKey.set(key, { key, index: target, header: headers.get(target) ?? COLUMN_CATALOGUE[key].label });
  }

  const bindings = [...byKey.values()].sort((a, b) => a.index - b.index);
  const boundColumns = new Set(bindings.map((b) => b.index));
  const unmapped: UnmappedHeader[] = [];
  for (const [index, header] of headers) if (!boundColumns.has(index)) unmapped.push({ index, header });
  unmapped.sort((a, b) => a.index - b.index);
  return { bindings, unmapped };
}

/**
 * Reads a sheet's values as a 贷后管理台账: finds the header (below title
 * rows and a 统计日期 line, one or two rows high), maps its columns by
 * tolerant matching, applies the user's corrections, then reads every row
 * below it, each cell parsed once by its column's kind. Blank rows,
 * 合计/小计 rows and rows repeating the header are kept, marked by kind;
 * empty rows after the last non-empty one (formatting that stretches the
 * used range) are not rows of the ledger and are dropped. A merge in the data (机构 or 客户经理 merged
 * down over a branch's loans) gives its value to each loan it covers, and
 * is listed in the layout for the merged-cells rule to report once. Never
 * throws on what a sheet contains.
 */
export function readLedger(values: Rows, options: ReadLedgerOptions): ReadLedgerResult {
  if (isEmptySheet(values)) return failure("empty", options);
  const firstRow = options.firstRow ?? 1;
  const date1904 = options.date1904 ?? false;
  const found =
    options.headerRow === undefined
      ? findHeaderRow(values, HEADER_SCAN_ROWS)
      : headerAt(values, options.headerRow - firstRow);
  if (found === null) return failure("no-header", options);

  const { bindings, unmapped } =
    options.mapping === undefined
      ? { bindings: found.bindings, unmapped: found.unmapped }
      : applyMapping(found, options.mapping);

  const readers = bindings.map((b) => new ColumnReader(b.key, b.index, columnParser(b.key, date1904)));
  let last = values.length - 1;
  while (last > found.rowIndex && rowKind(values[last] ?? NO_CELLS, bindings) === "blank") last--;

  // Merged cells in the data: Excel keeps the value in the top-left cell only; each covered row reads it too.
  const headerRow = firstRow + found.rowIndex;
  const fills = mergeFills(options.merges ?? [], bindings, headerRow, (row, col) => values[row - firstRow]?.[col]);
  const readerAt = new Map<number, ColumnReader>();
  for (const reader of readers) if (!readerAt.has(reader.index)) readerAt.set(reader.index, reader);
  const filled = new Map<number, { reader: ColumnReader; raw: CellValue }[]>();
  for (const f of fills) {
    const reader = readerAt.get(f.left);
    if (reader === undefined) continue;
    for (let row = f.top + 1; row <= Math.min(f.bottom, firstRow + last); row++) {
      const r = row - firstRow;
      const list = filled.get(r) ?? [];
      list.push({ reader, raw: f.value });
      filled.set(r, list);
    }
  }

  // Every row's fields have the same keys in the same order. Cloned from one compact object, they share
  // its shape; built key by key, each was a hash table: about twice the memory (580 MB more for 500,000
  // rows) and slower to build and to read in every rule.
  const shape = fieldsShape(readers);
  const rows: LoanRow[] = [];
  for (let r = found.rowIndex + 1; r <= last; r++) {
    const cells = values[r] ?? NO_CELLS;
    const fields = { ...shape };
    // What kind a row is, is judged on its own cells: a row holding nothing but a merge's value is no loan.
    const kind = rowKind(cells, bindings);
    // A repeated header's cells are column names, not a loan's values: its fields stay empty.
    if (kind !== "header") for (const reader of readers) fields[reader.key] = reader.field(cells[reader.index]);
    const over = kind === "data" ? filled.get(r) : undefined;
    if (over !== undefined) for (const { reader, raw } of over) fields[reader.key] = reader.field(raw);
    rows.push({ sheetRow: firstRow + r, kind, fields });
  }

  const merges: DataMerge[] = [];
  for (const f of fills) {
    for (let row = f.top; row <= f.bottom; row++) {
      const loan = rows[row - headerRow - 1];
      if (loan === undefined) break;
      if (loan.kind !== "data") continue;
      merges.push({ range: f.range, key: f.key, top: f.top, bottom: f.bottom, firstDataRow: row });
      break;
    }
  }

  return {
    ok: true,
    ledger: {
      layout: {
        sheet: options.sheet,
        headerRow: firstRow + found.rowIndex,
        columns: bindings,
        unmapped,
        statedAsOf: findStatedAsOf(values, found.topRowIndex, date1904),
        amountUnit: findAmountUnit(values, found.rowIndex, bindings),
        ...(merges.length > 0 ? { merges } : {}),
      },
      rows,
    },
  };
}
