import { adapterMessages, type AdapterMessageId } from "../../core/messages/adapter-messages";
import { fill, type Locale, type MessageParams } from "../../core/messages/message";

/** Why a file could not be opened as a workbook; the command line maps every one to exit code 2. */
export type XlsxOpenErrorCode =
  "not-found" | "not-xlsx" | "csv" | "truncated" | "encrypted" | "xls" | "unreadable" | "too-large";

/** The finer reason, which picks the message; several share a code (an HTML ".xls" is "not-xlsx"). */
export type OpenProblem =
  | "not-found"
  | "directory"
  | "denied"
  | "busy"
  | "no-file-system"
  | "csv"
  | "html"
  | "xlsb"
  | "not-xlsx"
  | "empty"
  | "truncated"
  | "encrypted"
  | "xls"
  | "unreadable"
  | "too-large";

const PROBLEMS: Record<OpenProblem, { code: XlsxOpenErrorCode; message: AdapterMessageId; hint: AdapterMessageId }> = {
  "not-found": { code: "not-found", message: "adapter.open.not-found", hint: "adapter.open.not-found-hint" },
  directory: { code: "unreadable", message: "adapter.open.directory", hint: "adapter.open.directory-hint" },
  denied: { code: "unreadable", message: "adapter.open.denied", hint: "adapter.open.unreadable-hint" },
  busy: { code: "unreadable", message: "adapter.open.busy", hint: "adapter.open.busy-hint" },
  "no-file-system": {
    code: "unreadable",
    message: "adapter.open.no-file-system",
    hint: "adapter.open.unreadable-hint",
  },
  csv: { code: "csv", message: "adapter.open.csv", hint: "adapter.open.csv-hint" },
  html: { code: "not-xlsx", message: "adapter.open.html", hint: "adapter.open.html-hint" },
  xlsb: { code: "not-xlsx", message: "adapter.open.xlsb", hint: "adapter.open.xls-hint" },
  "not-xlsx": { code: "not-xlsx", message: "adapter.open.not-xlsx", hint: "adapter.open.not-xlsx-hint" },
  empty: { code: "truncated", message: "adapter.open.empty", hint: "adapter.open.truncated-hint" },
  truncated: { code: "truncated", message: "adapter.open.truncated", hint: "adapter.open.truncated-hint" },
  encrypted: { code: "encrypted", message: "adapter.open.encrypted", hint: "adapter.open.encrypted-hint" },
  xls: { code: "xls", message: "adapter.open.xls", hint: "adapter.open.xls-hint" },
  unreadable: { code: "unreadable", message: "adapter.open.unreadable", hint: "adapter.open.unreadable-hint" },
  "too-large": { code: "too-large", message: "adapter.open.too-large", hint: "adapter.open.too-large-hint" },
};

/**
 * A file that cannot be opened as an .xlsx workbook, with what is wrong
 * (`message`) and what to do (`hint`), both zh-CN; `localized` gives en-US.
 */
export class XlsxOpenError extends Error {
  override readonly name = "XlsxOpenError";
  readonly code: XlsxOpenErrorCode;
  readonly hint: string;
  readonly messageId: AdapterMessageId;
  readonly hintId: AdapterMessageId;
  readonly params: MessageParams;

  constructor(
    readonly problem: OpenProblem,
    readonly file: string,
    detail = "",
    /** Figures the problem's message names (the "too-large" sizes). */
    extra: MessageParams = {},
  ) {
    const { code, message, hint } = PROBLEMS[problem];
    const params = { ...extra, file, detail };
    super(fill(adapterMessages[message]["zh-CN"], params));
    this.code = code;
    this.messageId = message;
    this.hintId = hint;
    this.params = params;
    this.hint = fill(adapterMessages[hint]["zh-CN"], params);
  }

  localized(locale: Locale): { readonly message: string; readonly hint: string } {
    return {
      message: fill(adapterMessages[this.messageId][locale], this.params),
      hint: fill(adapterMessages[this.hintId][locale], this.params),
    };
  }

  static is(e: unknown): e is XlsxOpenError {
    return e instanceof XlsxOpenError;
  }
}

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: legacy .xls, and also password-encrypted .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65,535. */
const ZIP_END_SEARCH = 22 + 65_535;
const TEXT_SAMPLE = 8_192;

/**
 * What the bytes are, when they are not an .xlsx package: null means "looks
 * like a zip holding a workbook; let ExcelJS read it". Checked before ExcelJS
 * so that each failure gets its own advice instead of a zip library's error.
 */
export function sniffWorkbookBytes(bytes: Uint8Array): OpenProblem | null {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) {
    if (lastIndexOf(bytes, ZIP_END, Math.max(0, bytes.length - ZIP_END_SEARCH)) < 0) return "truncated";
    if (indexOf(bytes, ascii("xl/workbook.xml")) >= 0) return null;
    if (indexOf(bytes, ascii("xl/workbook.bin")) >= 0) return "xlsb";
    return "not-xlsx";
  }
  if (startsWith(bytes, CFB)) {
    // An encrypted OOXML package is a CFB file holding an "EncryptionInfo" stream; directory names are UTF-16LE.
    return indexOf(bytes, utf16le("EncryptionInfo")) >= 0 ? "encrypted" : "xls";
  }
  if (looksLikeText(bytes)) return looksLikeMarkup(bytes) ? "html" : "csv";
  return "not-xlsx";
}

/** Why ExcelJS could not read a file that looked like a workbook: a damaged zip, or something it cannot parse. */
export function loadFailure(error: unknown, file: string): XlsxOpenError {
  const text = error instanceof Error ? error.message : String(error);
  const damagedZip =
    /end of central directory|corrupted zip|end of data|invalid signature|crc32|size mismatch|invalid (?:block|code|distance|stored|bit)|unexpected end|too far back/i;
  return damagedZip.test(text) ? new XlsxOpenError("truncated", file) : new XlsxOpenError("unreadable", file, text);
}

/** A file-system error while reading `file`, in the user's terms. */
export function readFailure(error: unknown, file: string): XlsxOpenError {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new XlsxOpenError("not-found", file);
    case "EISDIR":
      return new XlsxOpenError("directory", file);
    case "EACCES":
    case "EPERM":
      return new XlsxOpenError("denied", file);
    case "EBUSY":
      return new XlsxOpenError("busy", file);
    default:
      return new XlsxOpenError("unreadable", file, error instanceof Error ? error.message : String(error));
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOf(bytes: Uint8Array, needle: readonly number[], from = 0): number {
  const first = needle[0];
  if (first === undefined) return -1;
  for (
    let i = bytes.indexOf(first, from);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    if (needle.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: readonly number[], notBefore: number): number {
  for (let i = bytes.length - needle.length; i >= notBefore; i--) {
    if (needle.every((b, k) => bytes[i + k] === b)) return i;
  }
  return -1;
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function utf16le(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

/**
 * Text in any encoding a bank system exports (UTF-8, GBK, UTF-16 with a BOM):
 * a BOM, or no NUL bytes and hardly any control characters.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return true;
  }
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control <= sample.length / 100;
}

/** HTML, XML (SpreadsheetML 2003) or MHT: what many systems save under an .xls name. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024).filter((b) => b !== 0 && b < 0x80))
    .replace(/^\s+/, "")
    .toLowerCase();
  return head.startsWith("<") || head.startsWith("mime-version:") || /<(?:html|table)\b/.test(head);
}
