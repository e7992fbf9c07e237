import { fill, type Locale, type MessageParams, type MessageText } from "../../core/messages/message";

/**
 * The typed errors of the Office.js adapter, each with a static `is()` (the
 * error style of STYLE.md D), a `code`, and a Chinese message the task pane
 * can show as is. Situations every adapter shares (protected sheet, missing
 * sheet, bad sheet name or address) use the shared WorkbookError classes,
 * re-exported here; what only Excel can say (the user is editing a cell, an
 * API error) is ours. Our texts live here until they join the message
 * catalogue (src/core/messages/, owned elsewhere) as an `excel.*` table.
 */
export {
  AddressError,
  SheetNameError,
  SheetNotFoundError,
  SheetProtectedError,
  WorkbookError,
} from "../../usecases/workbook-errors";

export const excelMessages = {
  "excel.busy": {
    "zh-CN": "请先完成单元格编辑（按 Enter 或 Esc），然后再试",
    "en-US": "Finish editing the cell (press Enter or Esc), then try again",
  },
  "excel.protected": {
    "zh-CN": "工作表“{sheet}”受保护，无法写入。请先撤销工作表保护（审阅 → 撤销工作表保护），然后再试",
    "en-US":
      'Sheet "{sheet}" is protected and cannot be written. Unprotect it (Review → Unprotect Sheet), then try again',
  },
  "excel.sheetNotFound": {
    "zh-CN": "找不到工作表“{sheet}”",
    "en-US": 'Sheet "{sheet}" was not found',
  },
  "excel.apiError": {
    "zh-CN": "Excel 无法完成操作（{code}）：{detail}",
    "en-US": "Excel could not complete the operation ({code}): {detail}",
  },
} satisfies Record<string, MessageText>;

export type ExcelMessageId = keyof typeof excelMessages;

export function excelMessage(id: ExcelMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(excelMessages[id][locale], params);
}

/** Common shape: a message id and its parameters, so a caller can show the text in either locale. */
abstract class LocalizedExcelError extends Error {
  constructor(
    readonly messageId: ExcelMessageId,
    readonly params: MessageParams,
    options?: { cause?: unknown },
  ) {
    super(excelMessage(messageId, params), options);
  }

  localized(locale: Locale): string {
    return excelMessage(this.messageId, this.params, locale);
  }
}

/** The user is editing a cell, and Excel kept refusing the request after every retry. */
export class ExcelBusyError extends LocalizedExcelError {
  override readonly name = "ExcelBusyError";
  readonly code = "excel-busy";
  constructor(
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super("excel.busy", {}, options);
  }
  static is(err: unknown): err is ExcelBusyError {
    return err instanceof ExcelBusyError;
  }
}

/** Any other error Excel reported, with Excel's code (e.g. "RequestPayloadSizeLimitExceeded") and where it happened. */
export class ExcelApiError extends LocalizedExcelError {
  override readonly name = "ExcelApiError";
  constructor(
    readonly code: string,
    readonly detail: string,
    readonly location: string | undefined,
    options?: { cause?: unknown },
  ) {
    super("excel.apiError", { code, detail: location ? `${detail}（${location}）` : detail }, options);
  }
  static is(err: unknown): err is ExcelApiError {
    return err instanceof ExcelApiError;
  }
}
