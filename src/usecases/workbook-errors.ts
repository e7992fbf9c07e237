import { adapterMessages, type AdapterMessageId } from "../core/messages/adapter-messages";
import { fill, type Locale, type MessageParams } from "../core/messages/message";

/**
 * Errors every workbook adapter throws for the same situations, so that a use
 * case or the task pane can tell them apart with `X.is(e)` whichever adapter
 * it runs on. `message` is the zh-CN text; `localized()` gives en-US.
 * (Kept here until they move to src/usecases/errors.ts.)
 */
export abstract class WorkbookError extends Error {
  abstract readonly code: string;
  protected constructor(
    readonly messageId: AdapterMessageId,
    readonly params: MessageParams,
  ) {
    super(fill(adapterMessages[messageId]["zh-CN"], params));
  }

  localized(locale: Locale): string {
    return fill(adapterMessages[this.messageId][locale], this.params);
  }
}

/** A write (sheet, formats, cell) was refused because the sheet is protected. */
export class SheetProtectedError extends WorkbookError {
  override readonly name = "SheetProtectedError";
  readonly code = "sheet-protected";
  constructor(readonly sheet: string) {
    super("adapter.sheet-protected", { sheet });
  }
  static is(e: unknown): e is SheetProtectedError {
    return e instanceof SheetProtectedError;
  }
}

/** The named sheet does not exist (names compare without case, as in Excel). */
export class SheetNotFoundError extends WorkbookError {
  override readonly name = "SheetNotFoundError";
  readonly code = "sheet-not-found";
  constructor(readonly sheet: string) {
    super("adapter.sheet-not-found", { sheet });
  }
  static is(e: unknown): e is SheetNotFoundError {
    return e instanceof SheetNotFoundError;
  }
}

/** A sheet name Excel would refuse (empty, too long, forbidden characters…). */
export class SheetNameError extends WorkbookError {
  override readonly name = "SheetNameError";
  readonly code = "sheet-name";
  constructor(
    readonly sheet: string,
    problem: AdapterMessageId,
  ) {
    super(problem, { sheet });
  }
  static is(e: unknown): e is SheetNameError {
    return e instanceof SheetNameError;
  }
}

/** An A1 address the adapter cannot parse: a bug in the caller, reported in words. */
export class AddressError extends WorkbookError {
  override readonly name = "AddressError";
  readonly code = "address";
  constructor(readonly address: string) {
    super("adapter.address-invalid", { address });
  }
  static is(e: unknown): e is AddressError {
    return e instanceof AddressError;
  }
}
