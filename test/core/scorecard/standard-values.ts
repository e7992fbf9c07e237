import type { Locale } from "../../../src/core/messages/message";
import { parseCellAddress } from "../../../src/core/sheet-model/a1";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import type { ScoringStandard } from "../../../src/core/scorecard/scoring-standard";
import { buildStandardSheet } from "../../../src/core/scorecard/standard-sheet";
import type { CellValue } from "../../../src/core/values/cell-value";
import { recalculateSheets } from "../../../src/preview/formula-engine";

/** The 评分标准 sheet as readValues gives it after Excel computed it (the 合计 SUM included). */
export function standardValues(standard: ScoringStandard = DEFAULT_STANDARD, locale: Locale = "zh-CN"): CellValue[][] {
  const model = buildStandardSheet(standard, { locale });
  const values = recalculateSheets([model])[model.name];
  if (values === undefined) throw new Error("no values");
  return values;
}

/** A copy of the values with cells changed, by A1 address, as a user editing the sheet. */
export function edited(
  values: readonly (readonly CellValue[])[],
  edits: Readonly<Record<string, CellValue>>,
): CellValue[][] {
  const out = values.map((r) => [...r]);
  for (const [a1, value] of Object.entries(edits)) {
    const p = parseCellAddress(a1);
    if (p === null) throw new Error(`bad address ${a1}`);
    const row = (out[p.row - 1] ??= []);
    while (row.length <= p.col) row.push(null);
    row[p.col] = value;
  }
  return out;
}

/** Rows of the default standard's sheet: header, first item, 贷后检查, the 合计, and the parameters. */
export const ROW = {
  header: 3,
  procedure: 4,
  officer: 5,
  inspection: 6,
  warning: 7,
  classification: 8,
  archive: 9,
  collection: 10,
  total: 11,
  excellent: 14,
  good: 15,
  pass: 16,
  threshold: 17,
  amount: 18,
  days: 19,
} as const;
