import type { Locale } from "../messages/message";
import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { cellAddress, quoteSheetName, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, ModelValue, SheetModel } from "../sheet-model/sheet-model";
import { dayToExcelSerial, type Day } from "../values/day";
import { hasSpecialColumn, specialDeductionOf, TOP_LOSSES, type BranchScore } from "./compute-scores";
import { YES, type EvidenceRanges } from "./evidence-sheet";
import type { ScoringStandard } from "./scoring-standard";
import { HEADER_FILL, INPUT_FILL, TITLE_STYLE, TOTAL_FILL } from "./sheet-styles";

/** What the inspector typed at the top of the scorecard, kept when it is written again. */
export interface ScorecardHeader {
  /** 被检查单位 (the branch unless typed otherwise). */
  readonly unit: ModelValue;
  /** 检查日期: an Excel date serial, or text as typed. */
  readonly date: ModelValue;
  readonly inspectors: ModelValue;
}

export interface ScorecardSheetInput {
  readonly name: string;
  readonly branch: string;
  readonly standard: ScoringStandard;
  /** The scores the core computed; manual items' counts are written from it. */
  readonly score: BranchScore;
  readonly evidenceSheet: string;
  readonly evidence: EvidenceRanges;
  readonly header: ScorecardHeader;
  readonly ledgerSheet: string;
  readonly asOf: Day;
  readonly loans: number;
  /** The workbook counts dates from 1904 (dates are written as serials of its system). */
  readonly date1904?: boolean;
  readonly locale?: Locale;
}

/** Cells other sheets read (the summary): total, grade, penalty and the costliest items. */
export interface ScorecardCells {
  readonly total: string;
  readonly grade: string;
  readonly penalty: string;
  readonly top: readonly { readonly item: string; readonly deduction: string }[];
}

/** Column indexes of the item table. */
export const CARD_COL = {
  category: 0,
  item: 1,
  points: 2,
  description: 3,
  perOccurrence: 4,
  special: 5,
  cap: 6,
  occurrences: 7,
  specialOccurrences: 8,
  deduction: 9,
  score: 10,
  evidence: 11,
  rank: 13,
} as const;
export const CARD_HEADER_ROW = 5;
const LAST_PRINTED = CARD_COL.evidence;
const HEADER_IDS: readonly (ScoreMessageId | null)[] = [
  "score.col.category",
  "score.col.item",
  "score.col.points",
  "score.col.description",
  "score.col.per-occurrence",
  "score.col.special",
  "score.col.cap",
  "score.card.col.occurrences",
  "score.card.col.special-occurrences",
  "score.card.col.deduction",
  "score.card.col.score",
  "score.card.col.evidence",
  null,
  "score.card.col.rank",
];
/** Label columns of the header block: label in A, value B:F; label G:H, value I:L. */
export const CARD_LEFT_VALUE_COL = 1;
export const CARD_RIGHT_LABEL_COL = 6;
export const CARD_RIGHT_VALUE_COL = 8;

const col = (c: number): string => cellAddress(1, c).replace(/\d+$/, "");

/**
 * 评分表-<branch>: one A4 portrait page per branch — the unit, inspection
 * date and inspectors; the items with their standard points, deduction
 * standard, occurrences, deduction, score and a link to the evidence; total,
 * grade, penalty, the items that cost most, and the signature lines.
 * Everything that is arithmetic is a native formula: automatic occurrences
 * are COUNTIFS over the evidence sheet leaving out loans set aside (剔除 = 是),
 * manual ones are typed into the yellow cells, and deduction, floor, total,
 * grade and penalty follow (see computeScores, which does the same sums).
 * A helper column beyond the print area ranks the deductions, so that the
 * costliest items are formulas too.
 */
export function buildScorecardSheet(input: ScorecardSheetInput): { model: SheetModel; cells: ScorecardCells } {
  const locale = input.locale ?? "zh-CN";
  const t = (id: ScoreMessageId, params?: Record<string, string | number>): string => scoreText(id, params, locale);
  const { standard } = input;
  const n = standard.items.length;
  const first = CARD_HEADER_ROW + 1;
  const lastItem = CARD_HEADER_ROW + Math.max(1, n);
  const totalRow = lastItem + 1;
  const gradeRow = totalRow + 2;
  const vetoRow = gradeRow + 1;
  const topRow = vetoRow + 1;
  const noteRow = topRow + TOP_LOSSES + 1;
  const signRow = noteRow + 2;
  const lastRow = signRow + 1;
  const rows: ModelCell[][] = [];
  const set = (row: number, c: number, cell: ModelCell): void => {
    const r = (rows[row - 1] ??= []);
    while (r.length < c) r.push(null);
    r[c] = cell;
  };
  const merges: string[] = [];
  const formats: { range: string; style: CellStyle }[] = [];
  const abs = (c: number, r: number): string => `$${col(c)}$${r}`;
  const itemColumn = (c: number): string => `${abs(c, first)}:${abs(c, lastItem)}`;

  set(1, 0, t("score.card.title"));
  merges.push(rangeAddress(1, 0, 1, LAST_PRINTED));
  formats.push({ range: rangeAddress(1, 0, 1, LAST_PRINTED), style: TITLE_STYLE });
  const pair = (
    row: number,
    left: ScoreMessageId,
    leftValue: ModelCell,
    right: ScoreMessageId,
    rightValue: ModelCell,
  ): void => {
    set(row, 0, t(left));
    set(row, CARD_LEFT_VALUE_COL, leftValue);
    set(row, CARD_RIGHT_LABEL_COL, t(right));
    set(row, CARD_RIGHT_VALUE_COL, rightValue);
    merges.push(
      rangeAddress(row, CARD_LEFT_VALUE_COL, row, CARD_RIGHT_LABEL_COL - 1),
      rangeAddress(row, CARD_RIGHT_LABEL_COL, row, CARD_RIGHT_VALUE_COL - 1),
      rangeAddress(row, CARD_RIGHT_VALUE_COL, row, LAST_PRINTED),
    );
  };
  const serial = dayToExcelSerial(input.asOf, input.date1904 ?? false);
  pair(2, "score.card.unit", input.header.unit, "score.card.date", input.header.date);
  pair(3, "score.card.inspectors", input.header.inspectors, "score.card.as-of", serial);
  pair(4, "score.card.ledger", input.ledgerSheet, "score.card.loans", input.loans);
  formats.push(
    { range: rangeAddress(2, 0, 4, LAST_PRINTED), style: { vAlign: "middle" } },
    { range: rangeAddress(2, 0, 4, 0), style: { bold: true } },
    { range: rangeAddress(2, CARD_RIGHT_LABEL_COL, 4, CARD_RIGHT_LABEL_COL), style: { bold: true } },
    {
      range: rangeAddress(2, CARD_LEFT_VALUE_COL, 3, CARD_LEFT_VALUE_COL),
      style: { fill: INPUT_FILL, hAlign: "left" },
    },
    {
      range: cellAddress(2, CARD_RIGHT_VALUE_COL),
      style: { fill: INPUT_FILL, numberFormat: "yyyy-mm-dd", hAlign: "left" },
    },
    { range: cellAddress(3, CARD_RIGHT_VALUE_COL), style: { numberFormat: "yyyy-mm-dd", hAlign: "left" } },
    { range: rangeAddress(4, CARD_LEFT_VALUE_COL, 4, LAST_PRINTED), style: { hAlign: "left" } },
  );

  HEADER_IDS.forEach((id, c) => set(CARD_HEADER_ROW, c, id === null ? null : t(id)));
  const ev = quoteSheetName(input.evidenceSheet);
  standard.items.forEach((item, i) => {
    const r = first + i;
    const scored = input.score.items[i];
    const hasSpecial = hasSpecialColumn(item);
    set(r, CARD_COL.category, item.category);
    set(r, CARD_COL.item, item.item);
    set(r, CARD_COL.points, item.points);
    set(r, CARD_COL.description, item.veto ? `${t("score.card.veto-mark")}${item.description}` : item.description);
    set(r, CARD_COL.perOccurrence, item.perOccurrence);
    set(r, CARD_COL.special, hasSpecial ? specialDeductionOf(item) : null);
    set(r, CARD_COL.cap, item.cap);
    if (item.manual) {
      set(r, CARD_COL.occurrences, scored?.occurrences ?? 0);
      set(r, CARD_COL.specialOccurrences, hasSpecial ? (scored?.specialOccurrences ?? 0) : null);
      set(r, CARD_COL.evidence, t("score.card.manual"));
      formats.push({
        range: hasSpecial
          ? rangeAddress(r, CARD_COL.occurrences, r, CARD_COL.specialOccurrences)
          : cellAddress(r, CARD_COL.occurrences),
        style: { fill: INPUT_FILL },
      });
    } else {
      const criteria = (special: string): string =>
        `=COUNTIFS(${ev}!${input.evidence.item},$B${r},${ev}!${input.evidence.special},"${special}",${ev}!${input.evidence.excluded},"<>${YES}")`;
      set(r, CARD_COL.occurrences, { formula: criteria(`<>${YES}`) });
      set(r, CARD_COL.specialOccurrences, hasSpecial ? { formula: criteria(YES) } : null);
      const linkRow = input.evidence.firstRowOf.get(item.item) ?? input.evidence.firstRow;
      set(r, CARD_COL.evidence, {
        text: t("score.card.evidence-link"),
        link: { sheet: input.evidenceSheet, cell: `B${linkRow}` },
      });
    }
    const E = `${col(CARD_COL.perOccurrence)}${r}`;
    const F = `${col(CARD_COL.special)}${r}`;
    const G = `${col(CARD_COL.cap)}${r}`;
    const H = `${col(CARD_COL.occurrences)}${r}`;
    const I = `${col(CARD_COL.specialOccurrences)}${r}`;
    const J = `${col(CARD_COL.deduction)}${r}`;
    set(r, CARD_COL.deduction, { formula: `=ROUND(MIN(${G},${H}*${E}+${I}*${F}),2)` });
    set(r, CARD_COL.score, { formula: `=MAX(0,ROUND(C${r}-${J},2))` });
    const deductions = itemColumn(CARD_COL.deduction);
    set(r, CARD_COL.rank, {
      formula: `=IF(${J}>0,COUNTIF(${deductions},">"&${J})+COUNTIF(${abs(CARD_COL.deduction, first)}:${J},${J}),"")`,
    });
  });

  const K = (r: number): string => `${col(CARD_COL.score)}${r}`;
  const total = K(totalRow);
  set(totalRow, 0, t("score.card.total"));
  merges.push(rangeAddress(totalRow, 0, totalRow, 1));
  set(totalRow, CARD_COL.points, { formula: `=SUM(C${first}:C${lastItem})` });
  set(totalRow, CARD_COL.deduction, { formula: `=ROUND(SUM(J${first}:J${lastItem}),2)` });
  set(totalRow, CARD_COL.score, { formula: `=ROUND(SUM(K${first}:K${lastItem}),2)` });

  const vetoCells = standard.items.flatMap((item, i) =>
    item.veto ? [`${col(CARD_COL.occurrences)}${first + i}`, `${col(CARD_COL.specialOccurrences)}${first + i}`] : [],
  );
  const vetoCell = cellAddress(vetoRow, 2);
  const [excellent, good, pass] = standard.bands;
  const gradeFormula =
    `=IF(${vetoCell}>0,"不合格",IF(${total}>=${excellent},"优秀",` +
    `IF(${total}>=${good},"良好",IF(${total}>=${pass},"合格","不合格"))))`;
  const block = (
    row: number,
    label: ScoreMessageId,
    value: ModelCell,
    rightLabel: ScoreMessageId,
    right: ModelCell,
  ): void => {
    set(row, 0, t(label));
    set(row, 2, value);
    set(row, CARD_RIGHT_LABEL_COL, t(rightLabel));
    set(row, CARD_RIGHT_VALUE_COL, right);
    merges.push(
      rangeAddress(row, 0, row, 1),
      rangeAddress(row, 2, row, 3),
      rangeAddress(row, CARD_RIGHT_LABEL_COL, row, CARD_RIGHT_VALUE_COL - 1),
      rangeAddress(row, CARD_RIGHT_VALUE_COL, row, CARD_RIGHT_VALUE_COL + 1),
    );
  };
  block(gradeRow, "score.card.grade", { formula: gradeFormula }, "score.card.penalty", {
    formula: `=IF(${total}<${standard.penaltyThreshold},${standard.penaltyAmount},0)`,
  });
  block(
    vetoRow,
    "score.card.veto-count",
    vetoCells.length === 0 ? 0 : { formula: `=SUM(${vetoCells.join(",")})` },
    "score.card.threshold",
    standard.penaltyThreshold,
  );

  const ranks = itemColumn(CARD_COL.rank);
  const top: { item: string; deduction: string }[] = [];
  set(topRow, 0, t("score.card.top"));
  merges.push(rangeAddress(topRow, 0, topRow + TOP_LOSSES - 1, 1));
  for (let k = 1; k <= TOP_LOSSES; k++) {
    const r = topRow + k - 1;
    set(r, 2, { formula: `=IFERROR(INDEX(${itemColumn(CARD_COL.item)},MATCH(${k},${ranks},0)),"")` });
    set(r, 6, { formula: `=IFERROR(INDEX(${itemColumn(CARD_COL.deduction)},MATCH(${k},${ranks},0)),"")` });
    merges.push(rangeAddress(r, 2, r, 5));
    top.push({ item: cellAddress(r, 2), deduction: cellAddress(r, 6) });
  }

  set(
    noteRow,
    0,
    t("score.card.note", {
      evidence: input.evidenceSheet,
      threshold: standard.penaltyThreshold,
      amount: standard.penaltyAmount,
    }),
  );
  merges.push(rangeAddress(noteRow, 0, noteRow, LAST_PRINTED));
  set(signRow, 0, t("score.card.sign.inspector"));
  set(signRow, CARD_RIGHT_LABEL_COL, t("score.card.sign.head"));
  set(signRow + 1, 0, t("score.card.sign.date"));
  set(signRow + 1, CARD_RIGHT_LABEL_COL, t("score.card.sign.date"));
  for (const r of [signRow, signRow + 1]) {
    merges.push(rangeAddress(r, 0, r, 4), rangeAddress(r, CARD_RIGHT_LABEL_COL, r, LAST_PRINTED));
  }

  formats.push(
    { range: rangeAddress(CARD_HEADER_ROW, 0, totalRow, LAST_PRINTED), style: { border: "thin", vAlign: "middle" } },
    {
      range: rangeAddress(CARD_HEADER_ROW, 0, CARD_HEADER_ROW, CARD_COL.rank),
      style: { bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    },
    {
      range: rangeAddress(first, CARD_COL.description, lastItem, CARD_COL.description),
      style: { wrap: true, fontSize: 9 },
    },
    { range: rangeAddress(first, 0, lastItem, 1), style: { wrap: true } },
    { range: rangeAddress(first, CARD_COL.points, totalRow, CARD_COL.points), style: { hAlign: "center" } },
    { range: rangeAddress(first, CARD_COL.perOccurrence, totalRow, CARD_COL.score), style: { hAlign: "center" } },
    { range: rangeAddress(totalRow, 0, totalRow, LAST_PRINTED), style: { bold: true, fill: TOTAL_FILL } },
    {
      range: rangeAddress(gradeRow, 0, topRow + TOP_LOSSES - 1, LAST_PRINTED - 2),
      style: { border: "thin", vAlign: "middle" },
    },
    { range: rangeAddress(gradeRow, 0, topRow + TOP_LOSSES - 1, 0), style: { bold: true } },
    { range: rangeAddress(gradeRow, CARD_RIGHT_LABEL_COL, vetoRow, CARD_RIGHT_LABEL_COL), style: { bold: true } },
    { range: rangeAddress(gradeRow, 2, gradeRow, 2), style: { bold: true, fontSize: 12, hAlign: "center" } },
    { range: rangeAddress(gradeRow, CARD_RIGHT_VALUE_COL, vetoRow, CARD_RIGHT_VALUE_COL), style: { hAlign: "center" } },
    { range: rangeAddress(vetoRow, 2, vetoRow, 2), style: { hAlign: "center" } },
    { range: rangeAddress(noteRow, 0, noteRow, LAST_PRINTED), style: { wrap: true, vAlign: "top", fontSize: 9 } },
    { range: rangeAddress(signRow, 0, signRow + 1, LAST_PRINTED), style: { vAlign: "bottom" } },
    {
      range: rangeAddress(first, CARD_COL.rank, lastItem, CARD_COL.rank),
      style: { fontColor: "#808080", hAlign: "center" },
    },
  );

  const rowHeights: Record<number, number> = {
    1: 30,
    [CARD_HEADER_ROW]: 30,
    [noteRow]: 78,
    [signRow]: 30,
    [signRow + 1]: 24,
  };
  standard.items.forEach((item, i) => {
    rowHeights[first + i] = itemRowHeight(
      item.veto ? `${t("score.card.veto-mark")}${item.description}` : item.description,
    );
  });
  while (rows.length < lastRow) rows.push([]);
  const model: SheetModel = {
    name: input.name,
    // Array.from, not map: rows skipped by `set` are holes, which map would keep.
    rows: Array.from(rows, (r) => r ?? []),
    formats,
    merges,
    columnWidths: [9, 12, 6, 30, 6, 6, 6, 7, 7, 6, 6, 9, 2, 12],
    rowHeights,
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, lastRow, LAST_PRINTED),
      printTitleRows: `${CARD_HEADER_ROW}:${CARD_HEADER_ROW}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
  };
  return {
    model,
    cells: { total, grade: cellAddress(gradeRow, 2), penalty: cellAddress(gradeRow, CARD_RIGHT_VALUE_COL), top },
  };
}

/** Characters of 9-point text per line in the 扣分标准 column (30 wide), counting a CJK character as two. */
const DESCRIPTION_LINE = 34;

/** A row tall enough for the item's 扣分标准 wrapped in its column (Excel does not grow rows written by code). */
function itemRowHeight(description: string): number {
  let width = 0;
  for (const ch of description) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  const lines = Math.max(2, Math.ceil(width / DESCRIPTION_LINE));
  return Math.max(30, lines * 12 + 6);
}
