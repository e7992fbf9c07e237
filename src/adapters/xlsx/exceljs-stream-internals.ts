import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
// ExcelJS's own SAX loop and cell helpers: the streaming reader reads the XML
// with them so that every value is decoded exactly as ExcelJS decodes it when
// it loads a whole workbook (xlsx-workbook.ts), without ExcelJS building a
// Row and a Cell object for every cell of a 500,000-row sheet.
import parseSaxModule from "exceljs/lib/utils/parse-sax";
import iterateStreamModule from "exceljs/lib/utils/iterate-stream";
import utilsModule from "exceljs/lib/utils/utils";
import unzipper from "unzipper";

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

/** A zip entry's inflated bytes, as WorkbookReader's part parsers take them. */
export type ZipEntry = NodeJS.ReadableStream;

/** What WorkbookReader learns from the workbook's parts. */
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
  /** styles.xml (ExcelJS's defaults when the file has none). */
  readonly styles: { getStyleModel(id: number): { readonly numFmt?: string } | undefined };
}

/** The workbook's parts that every sheet depends on, read; and each sheet's XML, to read when wanted. */
export interface WorkbookParts {
  readonly book: WorkbookReaderState;
  /** The shared strings (empty when the file has none). */
  readonly strings: readonly unknown[];
  /** The sheets in workbook order, each with its XML as a stream of chunks (null when its part is missing). */
  readonly sheets: readonly {
    readonly name: string;
    readonly state: string | undefined;
    readonly xml: (() => AsyncIterable<unknown>) | null;
  }[];
}

interface PartParsers {
  _parseRels(entry: ZipEntry): Promise<void>;
  _parseWorkbook(entry: ZipEntry): Promise<void>;
  _parseStyles(entry: ZipEntry): Promise<void>;
}

/** A relationship's target as a path in the zip: "worksheets/sheet1.xml" and "/xl/worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/**
 * Reads an .xlsx held in memory through its zip's central directory, the
 * workbook's own parts first (relationships, workbook.xml, shared strings,
 * styles) with ExcelJS's parsers, and hands back each sheet's XML to parse.
 *
 * Not ExcelJS's WorkbookReader.parse: its single pass over the zip in stored
 * order parses a sheet before workbook.xml when the zip holds them in that
 * order (ExcelJS's own writer does), and then intermittently loses the last
 * entries and fails with "Cannot read properties of undefined (reading
 * 'sheets')" (exceljs#3064); it would also read dates before styles.xml told
 * it which cells are dates. The central directory lets the parts be read in
 * the order they depend on each other, whatever order the writer chose, and
 * sheets are inflated by Node's zlib as a stream, as before.
 *
 * `parseSharedStrings` reads the shared strings (ExcelJS's streaming parser
 * keeps a phonetic guide's text in place of the cell's own, where its
 * in-memory reader keeps the cell's own). Rejects with "no workbook" when
 * the zip holds no xl/workbook.xml.
 */
export async function openWorkbookParts(
  bytes: Buffer,
  parseSharedStrings: (entry: ZipEntry) => Promise<unknown[]>,
): Promise<WorkbookParts | "no workbook"> {
  const directory = await unzipper.Open.buffer(bytes);
  const files = new Map(directory.files.filter((f) => f.type === "File").map((f) => [f.path, f]));
  const workbook = files.get("xl/workbook.xml");
  if (workbook === undefined) return "no workbook";
  const book = new ExcelJS.stream.xlsx.WorkbookReader(new PassThrough(), {
    styles: "cache",
  }) as unknown as WorkbookReaderState & PartParsers;
  const rels = files.get("xl/_rels/workbook.xml.rels");
  if (rels !== undefined) await book._parseRels(rels.stream());
  await book._parseWorkbook(workbook.stream());
  const shared = files.get("xl/sharedStrings.xml");
  const strings = shared === undefined ? [] : await parseSharedStrings(shared.stream());
  const styles = files.get("xl/styles.xml");
  if (styles !== undefined) await book._parseStyles(styles.stream());

  const targets = new Map((book.workbookRels ?? []).map((r) => [r.Id, partPath(r.Target)]));
  const sheets = (book.model?.sheets ?? []).map((s) => {
    const target = targets.get(s.rId);
    const file = target === undefined ? undefined : files.get(target);
    return {
      name: s.name,
      state: s.state,
      xml: file === undefined ? null : () => iterateStream(file.stream()),
    };
  });
  return { book, strings, sheets };
}

/** Sheets, and the shared strings they point into: what loading a workbook whole turns into objects. */
const SHEET_DATA = /^xl\/(?:worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/**
 * The uncompressed size of the workbook's sheets and shared strings, from the
 * zip's central directory (nothing is inflated): what decides the memory
 * that loading the workbook whole will take. A zip64 size that does not fit
 * the directory's 32 bits counts as 4 GiB, which is more than enough to say "too large".
 */
export async function sheetDataBytes(bytes: Buffer): Promise<number> {
  const directory = await unzipper.Open.buffer(bytes);
  let total = 0;
  for (const f of directory.files) if (f.type === "File" && SHEET_DATA.test(f.path)) total += f.uncompressedSize;
  return total;
}
