import type { Locale } from "../core/messages/message";
import { parseCellAddress } from "../core/sheet-model/a1";
import type { SheetModel } from "../core/sheet-model/sheet-model";
import { problem, protectedProblem, ProblemError, viaPort, type Problem } from "./problem";
import { findSheet } from "./sheet-names";
import { readSheetValues } from "./read-sheet-values";
import type { CellFormat, SheetInfo, WorkbookPort } from "./workbook-port";

/**
 * The record of the cells the add-in marked, and of what each held before,
 * so that 清除标记 puts back exactly the user's own formatting. One row per
 * cell in a hidden sheet (a ledger can have tens of thousands of findings,
 * far more than one settings cell can hold); fills and notes are JSON text so
 * that "no note" and an empty note stay apart.
 */
export const MARKS_SHEET = "贷后助手标记";
const HEADER = ["工作表", "单元格", "原填充", "原批注", "标记填充", "标记批注"] as const;
const COLOR = /^#[0-9A-Fa-f]{6}$/;

export interface MarkEntry {
  readonly sheet: string;
  readonly cell: string;
  /** The cell's fill and note before it was marked. */
  readonly before: CellFormat;
  /** What the mark put there; a null note means the note was left alone (the user had one). */
  readonly mark: { readonly fill: string; readonly note: string | null };
}

export interface MarkRegistry {
  readonly entries: MarkEntry[];
  /** Rows that could not be read back; their cells cannot be restored. */
  readonly problems: Problem[];
}

function json(text: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof text !== "string") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function fillOf(v: { ok: true; value: unknown } | { ok: false }): string | null | undefined {
  if (!v.ok) return undefined;
  if (v.value === null) return null;
  return typeof v.value === "string" && COLOR.test(v.value) ? v.value : undefined;
}

function noteOf(v: { ok: true; value: unknown } | { ok: false }): string | null | undefined {
  if (!v.ok) return undefined;
  return v.value === null || typeof v.value === "string" ? v.value : undefined;
}

function entryOf(row: readonly unknown[]): MarkEntry | null {
  const [sheet, cell, beforeFill, beforeNote, markFill, markNote] = row;
  if (typeof sheet !== "string" || sheet === "" || typeof cell !== "string" || !parseCellAddress(cell)) return null;
  const before = { fill: fillOf(json(beforeFill)), note: noteOf(json(beforeNote)) };
  const mark = { fill: fillOf(json(markFill)), note: noteOf(json(markNote)) };
  if (before.fill === undefined || before.note === undefined || mark.note === undefined) return null;
  if (mark.fill === undefined || mark.fill === null) return null;
  return { sheet, cell, before: { fill: before.fill, note: before.note }, mark: { fill: mark.fill, note: mark.note } };
}

/** The record's sheet, after making sure it is the add-in's (its header row); undefined when there is none. */
async function registryInfo(port: WorkbookPort, locale: Locale): Promise<SheetInfo | undefined> {
  const info = findSheet(await port.listSheets(), MARKS_SHEET);
  if (info === undefined || info.rowCount === 0) return info;
  const [header = []] = await viaPort(info.name, locale, () => port.readValues(info.name, 1, 1, HEADER.length));
  if (HEADER.every((h, i) => header[i] === h)) return info;
  throw new ProblemError(
    problem(
      "settings-invalid",
      "usecase.problem.store-foreign",
      "usecase.problem.store-foreign.hint",
      { sheet: info.name },
      locale,
    ),
  );
}

/**
 * Reads the record of marks. A row that was damaged is skipped with a
 * problem naming it; a sheet of that name the add-in did not write throws a
 * ProblemError (it is never read as marks nor written over).
 */
export async function readMarkRegistry(port: WorkbookPort, locale: Locale): Promise<MarkRegistry> {
  const entries: MarkEntry[] = [];
  const problems: Problem[] = [];
  const info = await registryInfo(port, locale);
  if (info === undefined || info.rowCount < 2) return { entries, problems };
  const rows = await viaPort(info.name, locale, () =>
    readSheetValues(port, info.name, { firstRow: 2, rowCount: info.rowCount - 1, columnCount: HEADER.length }),
  );
  rows.forEach((row, i) => {
    if (row.every((v) => v === null || v === "")) return;
    const entry = entryOf(row);
    if (entry !== null) entries.push(entry);
    else {
      problems.push(
        problem(
          "settings-invalid",
          "usecase.problem.marks-entry",
          "usecase.problem.marks-entry.hint",
          { sheet: MARKS_SHEET, row: i + 2 },
          locale,
        ),
      );
    }
  });
  return { entries, problems };
}

function registryModel(entries: readonly MarkEntry[]): SheetModel {
  const rows: string[][] = [[...HEADER]];
  for (const e of entries) {
    rows.push([
      e.sheet,
      e.cell,
      JSON.stringify(e.before.fill),
      JSON.stringify(e.before.note),
      JSON.stringify(e.mark.fill),
      JSON.stringify(e.mark.note),
    ]);
  }
  return {
    name: MARKS_SHEET,
    rows,
    formats: [
      { range: "A1:F1", style: { bold: true } },
      { range: `A1:F${rows.length}`, style: { numberFormat: "@" } },
    ],
    columnWidths: [16, 10, 12, 30, 12, 30],
    visibility: "hidden",
  };
}

/** Replaces the record of marks; an empty record is not created in a workbook that has none. */
export async function writeMarkRegistry(
  port: WorkbookPort,
  entries: readonly MarkEntry[],
  locale: Locale,
): Promise<void> {
  const info = await registryInfo(port, locale);
  if (info === undefined && entries.length === 0) return;
  if (info?.protected) throw new ProblemError(protectedProblem(info.name, locale));
  await viaPort(MARKS_SHEET, locale, () => port.writeSheet(registryModel(entries)));
}
