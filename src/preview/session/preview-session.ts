import { MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import type { WorkbookSeed } from "../../adapters/memory/memory-seed";
import type { Day } from "../../core/values/day";
import { attachFormulaEngine, type AttachedFormulaEngine } from "../formula-engine";
import { JournalingPort } from "./journaling-port";

/** Where the workbook on screen came from; saving starts again from it and replays the pane's writes. */
export type SessionSource =
  | { readonly kind: "demo"; readonly seed: WorkbookSeed; readonly asOf: Day; readonly loans: number }
  | { readonly kind: "xlsx"; readonly bytes: Uint8Array; readonly fileName: string };

/** One workbook open in the preview: what the grid shows, what the pane writes through, and its formulas. */
export interface PreviewSession {
  readonly id: number;
  readonly book: MemoryWorkbook;
  readonly port: JournalingPort;
  readonly engine: AttachedFormulaEngine;
  readonly source: SessionSource;
  readonly date1904: boolean;
}

let nextId = 1;

export function startSession(seed: WorkbookSeed, source: SessionSource): PreviewSession {
  const book = MemoryWorkbook.from(seed);
  const engine = attachFormulaEngine(book);
  const first = book.sheetNames().find((n) => book.sheet(n).visibility === "visible");
  if (first !== undefined) book.setSelection(first, "A1");
  return { id: nextId++, book, port: new JournalingPort(book), engine, source, date1904: seed.date1904 ?? false };
}

export function endSession(session: PreviewSession): void {
  session.engine.detach();
}

/** Opens a file the user picked: read by the .xlsx adapter (loaded on demand), shown from memory. */
export async function openXlsxSession(bytes: Uint8Array, fileName: string): Promise<PreviewSession> {
  const io = await import(/* webpackChunkName: "xlsx" */ "./xlsx-io");
  const seed = await io.seedFromXlsx(bytes, fileName);
  return startSession(seed, { kind: "xlsx", bytes, fileName });
}

/** The workbook as .xlsx bytes: the source written by the .xlsx adapter, then the pane's writes replayed on it. */
export async function saveSession(session: PreviewSession): Promise<{ bytes: Uint8Array; fileName: string }> {
  const io = await import(/* webpackChunkName: "xlsx" */ "./xlsx-io");
  const bytes = await io.saveWithJournal(session.source, session.port.journal());
  const fileName = session.source.kind === "xlsx" ? session.source.fileName : "贷后助手示例.xlsx";
  return { bytes, fileName };
}
