import { adapterMessages, type AdapterMessageId } from "../../core/messages/adapter-messages";
import { fill, type Locale, type MessageParams } from "../../core/messages/message";

export type XlsxSaveErrorCode = "busy" | "no-folder" | "failed";

const MESSAGES: Record<XlsxSaveErrorCode, { message: AdapterMessageId; hint: AdapterMessageId }> = {
  busy: { message: "adapter.save.busy", hint: "adapter.save.busy-hint" },
  "no-folder": { message: "adapter.save.no-folder", hint: "adapter.save.no-folder-hint" },
  failed: { message: "adapter.save.failed", hint: "adapter.save.failed-hint" },
};

/**
 * A workbook that could not be written to `file`. The usual cause on Windows
 * is the file being open in Excel, which locks it (EBUSY/EPERM).
 */
export class XlsxSaveError extends Error {
  override readonly name = "XlsxSaveError";
  readonly hint: string;
  readonly params: MessageParams;

  constructor(
    readonly code: XlsxSaveErrorCode,
    readonly file: string,
    detail = "",
  ) {
    const params = { file, detail };
    super(fill(adapterMessages[MESSAGES[code].message]["zh-CN"], params));
    this.params = params;
    this.hint = fill(adapterMessages[MESSAGES[code].hint]["zh-CN"], params);
  }

  localized(locale: Locale): { readonly message: string; readonly hint: string } {
    const ids = MESSAGES[this.code];
    return {
      message: fill(adapterMessages[ids.message][locale], this.params),
      hint: fill(adapterMessages[ids.hint][locale], this.params),
    };
  }

  static is(e: unknown): e is XlsxSaveError {
    return e instanceof XlsxSaveError;
  }

  static from(error: unknown, file: string): XlsxSaveError {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "EBUSY" || code === "EPERM") return new XlsxSaveError("busy", file);
    if (code === "ENOENT") return new XlsxSaveError("no-folder", file);
    return new XlsxSaveError("failed", file, error instanceof Error ? error.message : String(error));
  }
}
