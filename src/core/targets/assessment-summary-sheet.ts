import type { Locale, MessageParams } from "../messages/message";
import { targetText, type TargetMessageId } from "../messages/target-messages";
import { cellAddress, columnLetters, quoteSheetName, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { monthCol, QUARTER_COLS, type TargetSheetLayout } from "./target-layout";

export interface SummaryEntry {
  readonly officer: string;
  /** The officer's 目标责任书 as written. */
  readonly sheet: string;
  /** Its layout, whose score and payout rows the summary refers to. */
  readonly layout: TargetSheetLayout;
}

export interface AssessmentSummaryInput {
  readonly name: string;
  readonly year: number;
  readonly entries: readonly SummaryEntry[];
  readonly locale?: Locale;
}

/** Columns of the summary: 序号, 管户客户经理, twelve months, average, rank, four quarters, the year. */
const SEQ_COL = 0;
const OFFICER_COL = 1;
const FIRST_MONTH = 2;
const AVERAGE_COL = FIRST_MONTH + 12;
const RANK_COL = AVERAGE_COL + 1;
const FIRST_QUARTER = RANK_COL + 1;
const YEAR_PAY_COL = FIRST_QUARTER + 4;
export const SUMMARY_COLS = {
  seq: SEQ_COL,
  officer: OFFICER_COL,
  firstMonth: FIRST_MONTH,
  average: AVERAGE_COL,
  rank: RANK_COL,
  firstQuarter: FIRST_QUARTER,
  yearPay: YEAR_PAY_COL,
} as const;
/** The header row; officers follow from the next row, in the order given. */
export const SUMMARY_HEADER_ROW = 3;

const L = columnLetters;
const HEADER_FILL = "#D9E1F2";
const TITLE_FILL = "#BDD7EE";

/**
 * The 考核汇总 sheet: each officer's twelve monthly scores and four quarterly
 * payouts as formulas pointing into their 目标责任书 (so the summary follows
 * every actual typed there), the average of the months scored so far, and a
 * rank on it. The rank is COUNTIF(…,">"&x)+1 — what RANK(x, …, 0) gives,
 * ties sharing a place — written that way because it is the form every
 * engine computes alike (HyperFormula, which the tests recalculate with, has
 * no RANK).
 */
export function buildAssessmentSummarySheet(input: AssessmentSummaryInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: TargetMessageId, params?: MessageParams): string => targetText(id, params, locale);
  const quarterIds: readonly TargetMessageId[] = [
    "targets.quarter.1",
    "targets.quarter.2",
    "targets.quarter.3",
    "targets.quarter.4",
  ];
  const rows: ModelCell[][] = [];
  rows.push([t("targets.summary.title")]);
  rows.push([t("targets.summary.subtitle", { year: input.year })]);
  rows.push([
    t("targets.summary.col.seq"),
    t("targets.summary.col.officer"),
    ...Array.from({ length: 12 }, (_, i) => t("targets.col.month", { month: i + 1 })),
    t("targets.summary.col.average"),
    t("targets.summary.col.rank"),
    ...quarterIds.map((id) => t("targets.summary.col.quarter-pay", { quarter: t(id) })),
    t("targets.summary.col.year-pay"),
  ]);
  const first = SUMMARY_HEADER_ROW + 1;
  const last = first + input.entries.length - 1;
  input.entries.forEach((e, i) => {
    const r = first + i;
    const sheet = quoteSheetName(e.sheet);
    const row: ModelCell[] = [i + 1, e.officer];
    for (let m = 1; m <= 12; m++) row.push({ formula: `=${sheet}!${cellAddress(e.layout.scoreRow, monthCol(m))}` });
    const months = `${L(FIRST_MONTH)}${r}:${L(FIRST_MONTH + 11)}${r}`;
    const average = `${L(AVERAGE_COL)}${r}`;
    row.push({ formula: `=IF(COUNT(${months})=0,"",ROUND(AVERAGE(${months}),2))` });
    row.push({
      formula: `=IF(${average}="","",COUNTIF($${L(AVERAGE_COL)}$${first}:$${L(AVERAGE_COL)}$${last},">"&${average})+1)`,
    });
    for (let q = 0; q < 4; q++) {
      row.push({ formula: `=${sheet}!${cellAddress(e.layout.firstQuarterRow + q, QUARTER_COLS.pay)}` });
    }
    const quarters = `${L(FIRST_QUARTER)}${r}:${L(FIRST_QUARTER + 3)}${r}`;
    row.push({ formula: `=IF(COUNT(${quarters})=0,"",SUM(${quarters}))` });
    rows.push(row);
  });
  if (input.entries.length === 0) rows.push([null, t("targets.summary.none")]);

  const bodyLast = Math.max(last, first);
  const formats: { range: string; style: CellStyle }[] = [
    {
      range: rangeAddress(1, 0, 1, YEAR_PAY_COL),
      style: { bold: true, fontSize: 14, hAlign: "center", fill: TITLE_FILL },
    },
    { range: rangeAddress(2, 0, 2, YEAR_PAY_COL), style: { hAlign: "center", wrap: true } },
    {
      range: rangeAddress(SUMMARY_HEADER_ROW, 0, SUMMARY_HEADER_ROW, YEAR_PAY_COL),
      style: { bold: true, fill: HEADER_FILL, border: "thin", hAlign: "center", vAlign: "middle", wrap: true },
    },
    { range: rangeAddress(first, 0, bodyLast, YEAR_PAY_COL), style: { border: "thin" } },
    { range: rangeAddress(first, FIRST_MONTH, bodyLast, AVERAGE_COL), style: { numberFormat: "0.00" } },
    {
      range: rangeAddress(first, RANK_COL, bodyLast, RANK_COL),
      style: { numberFormat: "0", hAlign: "center", bold: true },
    },
    { range: rangeAddress(first, FIRST_QUARTER, bodyLast, YEAR_PAY_COL), style: { numberFormat: "#,##0.00" } },
    { range: rangeAddress(first, SEQ_COL, bodyLast, SEQ_COL), style: { hAlign: "center" } },
  ];
  return {
    name: input.name,
    rows,
    formats,
    merges: [rangeAddress(1, 0, 1, YEAR_PAY_COL), rangeAddress(2, 0, 2, YEAR_PAY_COL)],
    columnWidths: [6, 14, ...Array.from({ length: 12 }, () => 7), 10, 6, 12, 12, 12, 12, 12],
    rowHeights: { 2: 30, [SUMMARY_HEADER_ROW]: 30 },
    freeze: { rows: SUMMARY_HEADER_ROW, columns: 2 },
    // The leader of the ranking stands out, whatever order the rows are in.
    conditionalFormats:
      input.entries.length === 0
        ? []
        : [
            {
              range: rangeAddress(first, RANK_COL, last, RANK_COL),
              formula: `=${L(RANK_COL)}${first}=1`,
              style: { fill: "#C6EFCE", fontColor: "#006100" },
            },
          ],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${SUMMARY_HEADER_ROW}:${SUMMARY_HEADER_ROW}`,
    },
  };
}

/** The average of the months scored so far, rounded as the sheet's ROUND(AVERAGE(…),2); null before any. */
export function averageOfScored(monthScores: readonly (number | null)[]): number | null {
  const scored = monthScores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  const x = scored.reduce((a, b) => a + b, 0) / scored.length;
  return (Math.sign(x) * Math.round(Math.abs(x) * 100 * (1 + Number.EPSILON))) / 100;
}

/** Competition ranks, highest first (1, 2, 2, 4): what the summary's COUNTIF(…,">"&x)+1 gives; null stays unranked. */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : values.filter((o) => o !== null && o > v).length + 1));
}
