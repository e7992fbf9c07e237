import { readFile } from "node:fs/promises";
import { sheetDataBytes } from "../adapters/xlsx/exceljs-stream-internals";
import { readFailure, sniffWorkbookBytes, XlsxOpenError } from "../adapters/xlsx/open-errors";
import { XlsxWorkbook } from "../adapters/xlsx/xlsx-workbook";

/**
 * Memory a command takes per byte of sheet XML (uncompressed sheets and
 * shared strings) when it loads the workbook whole with ExcelJS, writes its
 * sheets and saves a copy. Measured with `postloan check --out` on the bench
 * ledgers: 52 MB of sheet XML (50,000 loans) runs in a 2 GB heap and fails in
 * 1 GB; 32 keeps every size that ran on the side that runs.
 */
export const HEAP_BYTES_PER_SHEET_BYTE = 32;

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** "1.7" GB: one decimal, never shown as 0. */
function gigabytes(bytes: number): string {
  return Math.max(0.1, bytes / GB).toFixed(1);
}

/**
 * Opens `path` whole, as an XlsxWorkbook that a command can write to and save
 * as a copy — unless loading it whole would take more memory than the run
 * has (`memoryBytes`: V8's heap limit in the real command): then it rejects
 * with a "too-large" XlsxOpenError that gives the figures and what to do,
 * instead of the process dying half-way with V8's out-of-memory trace.
 * `file` is the name as the user typed it, for the messages.
 */
export async function openWritable(path: string, file: string, memoryBytes?: number): Promise<XlsxWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw readFailure(e, file);
  }
  if (memoryBytes !== undefined && sniffWorkbookBytes(bytes) === null) {
    // A zip whose directory cannot be read is left to XlsxWorkbook.open, which says what is wrong with it.
    const xml = await sheetDataBytes(bytes).catch(() => 0);
    const need = xml * HEAP_BYTES_PER_SHEET_BYTE;
    if (need > memoryBytes) {
      throw new XlsxOpenError("too-large", file, "", {
        xmlMb: Math.ceil(xml / MB),
        needGb: gigabytes(need),
        haveGb: gigabytes(memoryBytes),
        suggestMb: Math.ceil(need / GB + 1) * 1024,
      });
    }
  }
  return XlsxWorkbook.open(bytes, { fileName: file });
}
