import type { Locale } from "../messages/message";
import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { quoteSheetName, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToIso, type Day } from "../values/day";
import type { BranchScore } from "./compute-scores";
import { YES } from "./evidence-sheet";
import type { ScorecardCells } from "./scorecard-sheet";
import type { ScoringStandard } from "./scoring-standard";
import { BELOW_FILL, BELOW_FONT, HEADER_FILL, TITLE_STYLE, TOTAL_FILL } from "./sheet-styles";

export interface SummaryBranch {
  readonly branch: string;
  /** The scorecard's sheet as written. */
  readonly sheet: string;
  readonly cells: ScorecardCells;
  /** The core's scores, which order the rows. */
  readonly score: BranchScore;
  /** The branch's total in the previous scoring, null when there was none. */
  readonly previous: number | null;
  /** Its rectification notice: issued by this scoring, or an earlier one kept though the branch is no longer under the threshold. */
  readonly notice: { readonly number: string; readonly sheet: string; readonly kept: boolean } | null;
}

export interface SummarySheetInput {
  readonly name: string;
  readonly asOf: Day;
  readonly ledgerSheet: string;
  readonly standard: ScoringStandard;
  readonly branches: readonly SummaryBranch[];
  readonly locale?: Locale;
}

const HEADER_ROW = 3;
const COLUMNS: readonly ScoreMessageId[] = [
  "score.summary.col.rank",
  "score.summary.col.branch",
  "score.summary.col.score",
  "score.summary.col.grade",
  "score.summary.col.penalty",
  "score.summary.col.top",
  "score.summary.col.previous",
  "score.summary.col.change",
  "score.summary.col.below",
  "score.summary.col.notice",
  "score.summary.col.card",
];

/** The branches best first (by the core's totals), ties in the order given. */
export function rankedBranches(branches: readonly SummaryBranch[]): SummaryBranch[] {
  return branches
    .map((b, i) => ({ b, i }))
    .sort((x, y) => y.b.score.total - x.b.score.total || x.i - y.i)
    .map(({ b }) => b);
}

/**
 * 评分汇总: every branch ranked by score. Score, grade, penalty and the
 * costliest items are references to each scorecard, so the summary follows
 * when the inspector sets a finding aside or types a manual count; the rank
 * is a COUNTIF (RANK is not in every engine), the change a subtraction from
 * the previous scoring's total kept in the records. Rows are ordered by the
 * core's totals at the time of writing. A branch that was under the
 * threshold and is no longer keeps its notice, which the notice column says.
 */
export function buildSummarySheet(input: SummarySheetInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: ScoreMessageId, params?: Record<string, string | number>): string => scoreText(id, params, locale);
  const last = COLUMNS.length - 1;
  const rows: ModelCell[][] = [
    [t("score.summary.title")],
    [t("score.summary.as-of", { asOf: dayToIso(input.asOf), ledger: input.ledgerSheet, count: input.branches.length })],
    COLUMNS.map((id) => t(id)),
  ];
  const first = HEADER_ROW + 1;
  const ranked = rankedBranches(input.branches);
  const lastRow = HEADER_ROW + Math.max(1, ranked.length);
  const { penaltyThreshold } = input.standard;
  ranked.forEach((b, i) => {
    const r = first + i;
    const s = quoteSheetName(b.sheet);
    const ref = (cell: string): string => `${s}!${cell}`;
    const top = b.cells.top
      .map(({ item, deduction }, k) => {
        const piece = `${k === 0 ? "" : `"、"&`}${ref(item)}&"（-"&${ref(deduction)}&"）"`;
        return `IF(${ref(item)}="","",${piece})`;
      })
      .join("&");
    rows.push([
      { formula: `=COUNTIF($C$${first}:$C$${lastRow},">"&C${r})+1` },
      b.branch,
      { formula: `=${ref(b.cells.total)}` },
      { formula: `=${ref(b.cells.grade)}` },
      { formula: `=${ref(b.cells.penalty)}` },
      top === "" ? null : { formula: `=${top}` },
      b.previous,
      { formula: `=IF(G${r}="","",ROUND(C${r}-G${r},2))` },
      { formula: `=IF(C${r}<${penaltyThreshold},"${YES}","${t("score.no")}")` },
      b.notice === null
        ? null
        : {
            text: b.notice.kept
              ? t("score.summary.notice-kept", { number: b.notice.number, threshold: penaltyThreshold })
              : b.notice.number,
            link: { sheet: b.notice.sheet, cell: "A1" },
          },
      { text: b.sheet, link: { sheet: b.sheet, cell: "A1" } },
    ]);
  });
  const totalRow = lastRow + 1;
  rows.push([
    t("score.summary.total"),
    null,
    ranked.length === 0 ? null : { formula: `=ROUND(AVERAGE(C${first}:C${lastRow}),2)` },
    null,
    { formula: `=SUM(E${first}:E${lastRow})` },
  ]);
  const noteRow = totalRow + 2;
  while (rows.length < noteRow - 1) rows.push([]);
  rows.push([t("score.summary.note")]);

  // Two lines: the costliest items wrap in their column (Excel does not grow rows written by code).
  const branchRowHeights: Record<number, number> = {};
  for (let r = first; r <= lastRow; r++) branchRowHeights[r] = 32;
  const formats: { range: string; style: CellStyle }[] = [
    { range: rangeAddress(1, 0, 1, last), style: TITLE_STYLE },
    { range: rangeAddress(HEADER_ROW, 0, totalRow, last), style: { border: "thin", vAlign: "middle" } },
    {
      range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, last),
      style: { bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    },
    { range: rangeAddress(first, 0, totalRow, 0), style: { hAlign: "center" } },
    { range: rangeAddress(first, 2, totalRow, 4), style: { hAlign: "center" } },
    { range: rangeAddress(first, 5, lastRow, 5), style: { wrap: true } },
    { range: rangeAddress(first, 6, lastRow, 8), style: { hAlign: "center" } },
    { range: rangeAddress(first, 9, lastRow, 9), style: { wrap: true } },
    { range: rangeAddress(totalRow, 0, totalRow, last), style: { bold: true, fill: TOTAL_FILL } },
    { range: rangeAddress(noteRow, 0, noteRow, last), style: { wrap: true, vAlign: "top", fontSize: 9 } },
  ];
  return {
    name: input.name,
    rows,
    formats,
    merges: [
      rangeAddress(1, 0, 1, last),
      rangeAddress(2, 0, 2, last),
      rangeAddress(totalRow, 0, totalRow, 1),
      rangeAddress(noteRow, 0, noteRow, last),
    ],
    columnWidths: [6, 16, 8, 8, 10, 44, 9, 9, 9, 22, 20],
    rowHeights: { 1: 28, [HEADER_ROW]: 30, [noteRow]: 48, ...branchRowHeights },
    conditionalFormats:
      ranked.length === 0
        ? []
        : [
            {
              range: rangeAddress(first, 0, lastRow, last),
              formula: `=$C${first}<${penaltyThreshold}`,
              style: { fill: BELOW_FILL, fontColor: BELOW_FONT },
            },
          ],
    freeze: { rows: HEADER_ROW, columns: 2 },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
  };
}
