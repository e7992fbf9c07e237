import { ExcelApiError, ExcelBusyError } from "./excel-errors";

export { ExcelApiError, ExcelBusyError } from "./excel-errors";

/**
 * The one door to `Excel.run` (STYLE.md recommendation 7). Excel refuses every
 * request while the user is typing in a cell (InvalidOperationInCellEditMode);
 * that is not a failure of ours, so we wait and try again a few times, as
 * script-lab does, and then tell the user what to do (ExcelBusyError). Every
 * other Office error becomes an ExcelApiError carrying Excel's code; errors
 * that are not Office's (our own typed errors, bugs) pass through unchanged.
 * Nothing is swallowed.
 */

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

export interface RetryOptions {
  /** Retries after the first attempt while Excel is in cell-edit mode. */
  readonly retries?: number;
  /** Wait before each retry, in milliseconds. */
  readonly delayMs?: number;
  /** How to wait (tests pass an instant one). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How to run a batch; `Excel.run` by default. */
  readonly run?: ExcelRunner;
}

export const DEFAULT_RETRIES = 4;
export const DEFAULT_DELAY_MS = 1500;

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
  readonly debugInfo?: { readonly errorLocation?: string; readonly message?: string };
}

/**
 * Office's errors are `OfficeExtension.Error` (name "RichApi.Error") with a
 * string `code`. Checked by shape as well as by class, because the class only
 * exists where office.js is loaded.
 */
export function isOfficeError(err: unknown): err is OfficeErrorLike {
  if (typeof err !== "object" || err === null) return false;
  const ext = (globalThis as { OfficeExtension?: { Error?: unknown } }).OfficeExtension;
  if (typeof ext?.Error === "function" && err instanceof (ext.Error as new () => object)) return true;
  return (err as { name?: unknown }).name === "RichApi.Error" && typeof (err as { code?: unknown }).code === "string";
}

export function isCellEditModeError(err: unknown): boolean {
  return isOfficeError(err) && err.code === CELL_EDIT_MODE;
}

/** An Office error as an ExcelApiError; anything else as it is. */
export function toExcelError(err: unknown): unknown {
  if (!isOfficeError(err)) return err;
  return new ExcelApiError(err.code, err.message || err.debugInfo?.message || err.code, err.debugInfo?.errorLocation, {
    cause: err,
  });
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const excelRun: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/**
 * Runs a batch in `Excel.run`, retrying while the user edits a cell. The batch
 * is re-run from the start, so it must not depend on anything a failed attempt
 * left behind (Excel rejects the whole request in cell-edit mode).
 */
export async function withExcel<T>(batch: ExcelBatch<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? DEFAULT_RETRIES;
  const delayMs = options.delayMs ?? DEFAULT_DELAY_MS;
  const sleep = options.sleep ?? realSleep;
  const run = options.run ?? excelRun;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run(batch);
    } catch (err) {
      if (!isCellEditModeError(err)) throw toExcelError(err);
      if (attempt > retries) throw new ExcelBusyError(attempt, { cause: err });
      await sleep(delayMs);
    }
  }
}
