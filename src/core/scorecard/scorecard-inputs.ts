import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import type { ModelValue } from "../sheet-model/sheet-model";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { normalizeText } from "../values/normalize-text";
import { CARD_LEFT_VALUE_COL, CARD_RIGHT_LABEL_COL, CARD_RIGHT_VALUE_COL } from "./scorecard-sheet";

/** What the inspector typed on a scorecard the add-in wrote before. */
export interface ScorecardInputs {
  /** 被检查单位, 检查日期, 检查人员 as they were (absent when the sheet had no such label). */
  readonly unit?: ModelValue;
  readonly date?: ModelValue;
  readonly inspectors?: ModelValue;
  /** By item name: the 发生次数 and 特别情形次数 cells as they were. */
  readonly counts: ReadonlyMap<string, { readonly occurrences: CellValue; readonly special: CellValue }>;
}

const LOCALES = ["zh-CN", "en-US"] as const;
const label = (id: ScoreMessageId): string[] => LOCALES.map((l) => normalizeText(scoreText(id, {}, l)));

function text(value: CellValue | undefined): string {
  return typeof value === "string" ? normalizeText(value) : "";
}

/** A cell worth writing back: an error value (a broken formula typed by hand) is not. */
function kept(value: CellValue | undefined): ModelValue {
  if (value === undefined || isExcelError(value)) return null;
  return isBlank(value) ? null : value;
}

/**
 * Reads the typed cells of a scorecard (values from A1) so that writing it
 * again keeps them: the unit, date and inspectors beside their labels, and
 * the counts of each item row (the caller keeps only the manual items'; the
 * automatic ones are formulas). Labels and headers are found by their text
 * in either language, so rows the inspector inserted do not mislead it.
 */
export function readScorecardInputs(values: readonly (readonly CellValue[])[]): ScorecardInputs {
  const labels = {
    unit: label("score.card.unit"),
    date: label("score.card.date"),
    inspectors: label("score.card.inspectors"),
  };
  const found: { unit?: ModelValue; date?: ModelValue; inspectors?: ModelValue } = {};
  const counts = new Map<string, { occurrences: CellValue; special: CellValue }>();
  const itemHeader = label("score.col.item");
  const occurrencesHeader = label("score.card.col.occurrences");
  const specialHeader = label("score.card.col.special-occurrences");
  const totals = label("score.card.total");
  let table: { item: number; occurrences: number; special: number } | null = null;

  for (const row of values) {
    if (table === null) {
      row.forEach((cell, c) => {
        const name = text(cell);
        const valueCol = c === 0 ? CARD_LEFT_VALUE_COL : c === CARD_RIGHT_LABEL_COL ? CARD_RIGHT_VALUE_COL : -1;
        if (valueCol < 0) return;
        for (const key of ["unit", "date", "inspectors"] as const) {
          if (found[key] === undefined && labels[key].includes(name)) found[key] = kept(row[valueCol]);
        }
      });
      const item = row.findIndex((c) => itemHeader.includes(text(c)));
      const occurrences = row.findIndex((c) => occurrencesHeader.includes(text(c)));
      if (item >= 0 && occurrences >= 0) {
        table = { item, occurrences, special: row.findIndex((c) => specialHeader.includes(text(c))) };
      }
      continue;
    }
    if (totals.includes(text(row[0]))) break;
    const item = text(row[table.item]);
    if (item === "" || counts.has(item)) continue;
    counts.set(item, {
      occurrences: row[table.occurrences] ?? null,
      special: table.special >= 0 ? (row[table.special] ?? null) : null,
    });
  }
  return { ...found, counts };
}
