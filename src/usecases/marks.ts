import type { Finding, Severity } from "../core/findings/finding";
import type { Locale } from "../core/messages/message";
import { usecaseText } from "../core/messages/usecase-messages";
import { cellAddress, parseCellAddress } from "../core/sheet-model/a1";
import { readMarkRegistry, writeMarkRegistry, type MarkEntry } from "./mark-registry";
import { protectedProblem, ProblemError, sheetNotFoundProblem, viaPort, type Problem } from "./problem";
import { findSheet, sameSheetName } from "./sheet-names";
import type { FormatChange, SheetInfo, WorkbookPort } from "./workbook-port";

/** The fills of Excel's own "bad" and "neutral" cell styles; info findings are not marked. */
export const MARK_FILL: Readonly<Record<Exclude<Severity, "info">, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
};
/** A note longer than this is cut, pointing to the 检查结果 sheet: a note is for a glance. */
const NOTE_MAX = 1000;

export interface MarkOptions {
  readonly locale?: Locale;
}

export interface MarkResult {
  /** Cells marked. */
  readonly marked: number;
  /** Damaged rows of the mark record, whose cells could not be restored before re-marking. */
  readonly problems?: Problem[];
}

export interface ClearResult {
  /** Cells whose marks were removed. */
  readonly cleared: number;
  /** Damaged rows of the mark record, whose cells could not be restored. */
  readonly problems?: Problem[];
}

function sameColor(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.toUpperCase() === b.toUpperCase();
}

function noteText(findings: readonly Finding[], locale: Locale): string {
  const lines = [usecaseText("usecase.mark.note.title", {}, locale)];
  const seen = new Set<string>();
  let length = lines[0]?.length ?? 0;
  let left = 0;
  for (const f of findings) {
    if (seen.has(f.message)) continue;
    seen.add(f.message);
    const hint = f.hint === "" ? "" : `\n  ${usecaseText("usecase.mark.note.hint", { hint: f.hint }, locale)}`;
    const item = `• ${f.message}${hint}`;
    if (left > 0 || length + item.length + 1 > NOTE_MAX) {
      left++;
      continue;
    }
    lines.push(item);
    length += item.length + 1;
  }
  if (left > 0) lines.push(usecaseText("usecase.mark.note.more", { n: left }, locale));
  return lines.join("\n");
}

/** The marked findings by cell (canonical A1), in the order the cells first appear. */
function findingsByCell(sheet: string, findings: readonly Finding[]): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === "info" || f.cell === null || !sameSheetName(f.sheet, sheet)) continue;
    const at = parseCellAddress(f.cell);
    if (at === null) continue;
    const cell = cellAddress(at.row, at.col);
    const list = byCell.get(cell);
    if (list === undefined) byCell.set(cell, [f]);
    else list.push(f);
  }
  return byCell;
}

/**
 * Puts back what the record says each cell held before it was marked — but
 * only what still shows the mark: a fill or note the user changed after the
 * marking is theirs now and is left as it is. Restoring is therefore safe to
 * repeat, and safe after a marking that stopped half-way.
 */
async function restore(
  port: WorkbookPort,
  sheet: string,
  entries: readonly MarkEntry[],
  locale: Locale,
): Promise<void> {
  if (entries.length === 0) return;
  const cells = entries.map((e) => e.cell);
  const now = await viaPort(sheet, locale, () => port.readFormats(sheet, cells));
  const changes: FormatChange[] = [];
  entries.forEach((e, i) => {
    const current = now[i];
    if (current === undefined) return;
    const fillMarked = sameColor(current.fill, e.mark.fill);
    const noteMarked = e.mark.note !== null && current.note === e.mark.note;
    if (!fillMarked && !noteMarked) return;
    changes.push({
      cell: e.cell,
      // The port sets a fill on every change: the current one when it is not ours to restore.
      fill: fillMarked ? e.before.fill : current.fill,
      note: noteMarked ? e.before.note : "keep",
    });
  });
  if (changes.length > 0) await viaPort(sheet, locale, () => port.writeFormats(sheet, changes));
}

function sheetToWrite(sheets: readonly SheetInfo[], sheet: string, locale: Locale): SheetInfo {
  const info = findSheet(sheets, sheet);
  if (info === undefined) throw new ProblemError(sheetNotFoundProblem(sheet, locale));
  if (info.protected) throw new ProblemError(protectedProblem(info.name, locale));
  return info;
}

/**
 * Marks the cells of the findings on a sheet: a fill by the worst severity
 * on the cell (errors #FFC7CE, warnings #FFEB9C; info is not marked) and a
 * note listing the findings' messages. Before anything changes, each cell's
 * fill and note are recorded, so that clearMarks restores them exactly; a
 * cell that already has a note of the user's keeps it untouched and only its
 * fill changes. Marks left by an earlier marking of the sheet are cleared
 * first, so marks never stack. Values are never written. Throws a
 * ProblemError when the sheet is missing or protected.
 */
export async function markFindings(
  port: WorkbookPort,
  sheet: string,
  findings: readonly Finding[],
  options: MarkOptions = {},
): Promise<MarkResult> {
  const locale = options.locale ?? "zh-CN";
  const info = sheetToWrite(await port.listSheets(), sheet, locale);
  const registry = await readMarkRegistry(port, locale);
  const earlier = registry.entries.filter((e) => sameSheetName(e.sheet, info.name));
  const others = registry.entries.filter((e) => !sameSheetName(e.sheet, info.name));
  await restore(port, info.name, earlier, locale);

  const byCell = findingsByCell(info.name, findings);
  const cells = [...byCell.keys()];
  if (cells.length === 0) {
    if (earlier.length > 0) await writeMarkRegistry(port, others, locale);
    return { marked: 0, problems: registry.problems };
  }
  const before = await viaPort(info.name, locale, () => port.readFormats(info.name, cells));
  const entries: MarkEntry[] = cells.map((cell, i) => {
    const list = byCell.get(cell) ?? [];
    const worst = list.some((f) => f.severity === "error") ? "error" : "warning";
    const was = before[i] ?? { fill: null, note: null };
    return {
      sheet: info.name,
      cell,
      before: { fill: was.fill, note: was.note },
      mark: { fill: MARK_FILL[worst], note: was.note === null ? noteText(list, locale) : null },
    };
  });
  // Recorded first: if marking stops half-way, clearMarks still knows every cell it may have touched.
  await writeMarkRegistry(port, [...others, ...entries], locale);
  await viaPort(info.name, locale, () =>
    port.writeFormats(
      info.name,
      entries.map((e) => ({ cell: e.cell, fill: e.mark.fill, note: e.mark.note ?? "keep" })),
    ),
  );
  return { marked: entries.length, problems: registry.problems };
}

/**
 * Removes the add-in's marks — from one sheet, or from every sheet — and
 * puts back the fill and note each marked cell had before, then forgets
 * them. Marks on a sheet that no longer exists are forgotten. Throws a
 * ProblemError, before changing anything, when a sheet to clear is protected.
 */
export async function clearMarks(port: WorkbookPort, sheet?: string, options: MarkOptions = {}): Promise<ClearResult> {
  const locale = options.locale ?? "zh-CN";
  const registry = await readMarkRegistry(port, locale);
  const sheets = await port.listSheets();
  const chosen = (e: MarkEntry): boolean => sheet === undefined || sameSheetName(e.sheet, sheet);
  const bySheet = new Map<string, { info: SheetInfo; entries: MarkEntry[] }>();
  for (const e of registry.entries.filter(chosen)) {
    const info = findSheet(sheets, e.sheet);
    if (info === undefined) continue;
    if (info.protected) throw new ProblemError(protectedProblem(info.name, locale));
    const group = bySheet.get(info.name) ?? { info, entries: [] };
    group.entries.push(e);
    bySheet.set(info.name, group);
  }
  let cleared = 0;
  for (const { info, entries } of bySheet.values()) {
    await restore(port, info.name, entries, locale);
    cleared += entries.length;
  }
  await writeMarkRegistry(
    port,
    registry.entries.filter((e) => !chosen(e)),
    locale,
  );
  return { cleared, problems: registry.problems };
}
