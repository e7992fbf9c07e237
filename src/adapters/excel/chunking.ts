/**
 * How much work goes into one `context.sync()`. Excel on the web rejects a
 * request or a response over 5 MB (RequestPayloadSizeLimitExceeded) and every
 * platform caps a read at 5,000,000 cells, sometimes answering `null` instead
 * of failing (OFFICE.md §5). We aim well under both: at most CELL_BUDGET cells
 * and BYTE_BUDGET bytes of estimated JSON per round trip. Pure functions, so the
 * arithmetic is tested without Excel.
 */

/** Cells per read or write chunk: 25× under the 5,000,000-cell read cap, and a few MB of JSON for ordinary ledgers. */
export const CELL_BUDGET = 200_000;

/** Bytes of estimated JSON per request or response: 4 MB leaves a fifth of the 5 MB limit for protocol overhead and estimation error. */
export const BYTE_BUDGET = 4_000_000;

/**
 * Bytes one queued operation costs on the wire besides its data (action id,
 * object path, property name, argument wrapper). Deliberately generous: an
 * under-estimate is what breaks the 5 MB limit.
 */
export const OP_BYTES = 200;

export interface ChunkBudget {
  readonly cells: number;
  readonly bytes: number;
}

export const DEFAULT_BUDGET: ChunkBudget = { cells: CELL_BUDGET, bytes: BYTE_BUDGET };

/** UTF-8 length of a string: what the 5 MB limit counts (a Chinese character is 3 bytes, not 1). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      // A surrogate pair is one 4-byte code point; count it on the high half and skip the low half.
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 length of a value's JSON, as it would travel in a request or response. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 4 : utf8Bytes(json);
}

/** Whole rows per chunk so that a chunk holds at most `cellBudget` cells; at least one row. */
export function rowsPerChunk(columnCount: number, cellBudget: number = CELL_BUDGET): number {
  if (columnCount <= 0) return Math.max(1, cellBudget);
  return Math.max(1, Math.floor(cellBudget / columnCount));
}

/**
 * Rows for the next read chunk: within the cell budget and, given the bytes a
 * cell has cost so far (values plus value types), within the byte budget.
 */
export function readChunkRows(columnCount: number, bytesPerCell: number, budget: ChunkBudget = DEFAULT_BUDGET): number {
  const byCells = rowsPerChunk(columnCount, budget.cells);
  const perRow = Math.max(1, columnCount) * Math.max(1, bytesPerCell);
  const byBytes = Math.max(1, Math.floor(budget.bytes / perRow));
  return Math.min(byCells, byBytes);
}

export interface Span {
  /** First index, inclusive. */
  readonly start: number;
  /** Last index, exclusive. */
  readonly end: number;
}

/**
 * Splits consecutive items (rows of a block, operations of a batch) into spans
 * whose summed size stays within `byteBudget` and whose count stays within
 * `maxItems`. An item bigger than the budget on its own gets a span of its own:
 * it cannot be split here, and the caller decides what to do with it.
 */
export function chunkBySize(
  sizes: readonly number[],
  byteBudget: number = BYTE_BUDGET,
  maxItems: number = Number.POSITIVE_INFINITY,
): Span[] {
  const spans: Span[] = [];
  let start = 0;
  let used = 0;
  sizes.forEach((size, i) => {
    const count = i - start;
    if (count > 0 && (used + size > byteBudget || count >= maxItems)) {
      spans.push({ start, end: i });
      start = i;
      used = 0;
    }
    used += size;
  });
  if (start < sizes.length) spans.push({ start, end: sizes.length });
  return spans;
}
