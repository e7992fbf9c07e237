import type { Stream } from "node:stream";
import ExcelJS from "exceljs";
// ExcelJS's own SAX loop and cell helpers: the streaming reader reads the XML
// with them so that every value is decoded exactly as ExcelJS decodes it when
// it loads a whole workbook (xlsx-workbook.ts), without ExcelJS building a
// Row and a Cell object for every cell of a 500,000-row sheet.
import parseSaxModule from "exceljs/lib/utils/parse-sax";
import iterateStreamModule from "exceljs/lib/utils/iterate-stream";
import utilsModule from "exceljs/lib/utils/utils";

/**
 * ExcelJS 4.4's streaming reader, past its typings (like exceljs-internals.ts
 * for the in-memory workbook). Every reach into its state is here, so an
 * ExcelJS upgrade that moves it breaks one file, and the stream reader's
 * tests (which compare it with the in-memory reader) say so.
 */

export interface SaxNode {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

export type SaxEvent =
  | { readonly eventType: "opentag"; readonly value: SaxNode }
  | { readonly eventType: "closetag"; readonly value: SaxNode }
  | { readonly eventType: "text"; readonly value: string };

type ParseSax = (iterable: AsyncIterable<unknown>) => AsyncIterable<SaxEvent[]>;

/**
 * The chunks of a zip entry as text, decoded as one stream. ExcelJS's SAX loop
 * decodes each chunk on its own, which garbles a Chinese character whose UTF-8
 * bytes straddle two chunks (its own streaming reader shows 马 as ���); text
 * chunks pass through it untouched.
 */
async function* utf8Chunks(chunks: AsyncIterable<unknown>): AsyncIterable<string> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    yield typeof chunk === "string" ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

interface ExcelJsUtils {
  xmlDecode(text: string): string;
  excelToDate(serial: number, date1904?: boolean): Date;
  isDateFmt(numFmt: string | undefined): boolean;
}

const excelJsParseSax = parseSaxModule as unknown as ParseSax;
/** ExcelJS's SAX loop over a zip entry's chunks: events in batches, one batch per chunk. */
export const parseSax: ParseSax = (chunks) => excelJsParseSax(utf8Chunks(chunks));
/** A Node stream as an async iterable of its chunks, the way ExcelJS iterates zip entries. */
export const iterateStream = iterateStreamModule as unknown as (stream: unknown) => AsyncIterable<unknown>;
export const excelJsUtils = utilsModule as unknown as ExcelJsUtils;

/** A zip entry (a readable stream) as WorkbookReader hands it to its parsers. */
export interface ZipEntry {
  readonly path: string;
}

/** What WorkbookReader has learnt from the parts it read itself. */
export interface WorkbookReaderState {
  /** workbook.xml's <sheets>, in workbook order. */
  readonly model?: {
    readonly sheets?: readonly {
      readonly name: string;
      readonly id: number;
      readonly rId: string;
      readonly state?: string;
    }[];
    readonly views?: readonly { readonly activeTab?: number }[];
  };
  /** workbook.xml's <workbookPr>. */
  readonly properties?: { readonly model?: { readonly date1904?: boolean } };
  /** xl/_rels/workbook.xml.rels. */
  readonly workbookRels?: readonly { readonly Id: string; readonly Target: string }[];
  /** styles.xml, when read with `styles: "cache"`. */
  readonly styles: { getStyleModel(id: number): { readonly numFmt?: string } | undefined };
  /** Set once the shared strings are read: worksheets that come before them wait in temporary files. */
  sharedStrings?: unknown[];
}

/** The worksheet WorkbookReader yields: which sheet file it is, and the stream of its XML. */
export interface WorksheetEntry {
  /** N of xl/worksheets/sheetN.xml. */
  readonly id: number | string;
  readonly iterator: AsyncIterable<unknown>;
}

export type SharedStringsParser = (entry: ZipEntry) => Promise<unknown[]>;

/**
 * A WorkbookReader whose shared strings are read by `parseSharedStrings`
 * (ExcelJS's streaming parser keeps a phonetic guide's text in place of the
 * cell's own, where its in-memory reader keeps the cell's own).
 */
export function workbookReader(
  input: NodeJS.ReadableStream,
  parseSharedStrings: SharedStringsParser,
): ExcelJS.stream.xlsx.WorkbookReader & WorkbookReaderState {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input as unknown as Stream, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  }) as ExcelJS.stream.xlsx.WorkbookReader & WorkbookReaderState;
  // WorkbookReader.parse delegates to this generator method (yield*); it yields nothing when caching.
  (reader as unknown as { _parseSharedStrings: (entry: ZipEntry) => AsyncGenerator<never> })._parseSharedStrings =
    async function* (entry: ZipEntry): AsyncGenerator<never> {
      reader.sharedStrings = await parseSharedStrings(entry);
      yield* [];
    };
  return reader;
}
