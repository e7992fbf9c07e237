import type { CellValue } from "../core/values/cell-value";
import type { WorkbookPort } from "./workbook-port";

/**
 * Cells asked for per readValues call. The adapters split a call further to
 * stay under the host's payload limit (and report progress per piece), so a
 * block can be several round trips' worth: a block no bigger than one round
 * trip would often come out a little too big for one and cost two. Bounded
 * blocks still keep a use case from asking for a whole sheet in one call.
 */
export const CELLS_PER_READ = 1_000_000;
const MIN_ROWS_PER_READ = 100;

export interface ReadBlockOptions {
  readonly firstRow: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Fraction of these rows read so far (0–1). */
  readonly onProgress?: (fraction: number) => void;
}

/** Rows [firstRow, firstRow + rowCount) of a sheet, read through the port in blocks of rows. */
export async function readSheetValues(
  port: WorkbookPort,
  sheet: string,
  options: ReadBlockOptions,
): Promise<CellValue[][]> {
  const { firstRow, rowCount, columnCount, onProgress } = options;
  const rows: CellValue[][] = [];
  if (rowCount <= 0 || columnCount <= 0) return rows;
  const perRead = Math.max(MIN_ROWS_PER_READ, Math.floor(CELLS_PER_READ / columnCount));
  for (let done = 0; done < rowCount; done += perRead) {
    const count = Math.min(perRead, rowCount - done);
    const block = await port.readValues(sheet, firstRow + done, count, columnCount, {
      onProgress: (f) => onProgress?.((done + f * count) / rowCount),
    });
    // push in a loop: spreading a block of 100,000 rows into push() can overflow the call stack.
    for (const row of block) rows.push(row);
    onProgress?.((done + count) / rowCount);
  }
  return rows;
}
