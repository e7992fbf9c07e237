import type { Locale } from "../messages/message";
import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import type { EvidenceEntry } from "./count-occurrences";
import { HEADER_FILL, INPUT_FILL, TITLE_STYLE } from "./sheet-styles";

/** What the inspector typed on an evidence row, carried over when the sheet is written again. */
export interface EvidenceMark {
  /** The 剔除 cell as typed; "是" sets the loan aside. */
  readonly excluded: string;
  readonly reason: string;
}

export interface EvidenceSheetInput {
  readonly name: string;
  readonly branch: string;
  readonly ledgerSheet: string;
  readonly entries: readonly EvidenceEntry[];
  /** The inspector's mark on an entry from the previous sheet, if any. */
  readonly markOf?: (entry: EvidenceEntry) => EvidenceMark | undefined;
  readonly locale?: Locale;
}

/** Where the scorecard's COUNTIFS look: whole columns of the table's rows. */
export interface EvidenceRanges {
  /** e.g. `$B$4:$B$20` */
  readonly item: string;
  readonly special: string;
  readonly excluded: string;
  /** The first data row (for links from the scorecard). */
  readonly firstRow: number;
  /** Sheet row of each entry's first row, by item. */
  readonly firstRowOf: ReadonlyMap<string, number>;
}

/** The word in 剔除 that sets a loan aside (the drop-down's only entry), and in 特别情形. */
export const YES = "是";

export const EVIDENCE_HEADER_ROW = 3;
const COLUMNS: readonly ScoreMessageId[] = [
  "score.evidence.col.no",
  "score.col.item",
  "score.evidence.col.key",
  "score.evidence.col.customer",
  "score.evidence.col.rules",
  "score.evidence.col.problem",
  "score.evidence.col.where",
  "score.evidence.col.special",
  "score.evidence.col.excluded",
  "score.evidence.col.reason",
];
const ITEM_COL = 1;
const SPECIAL_COL = 7;
const EXCLUDED_COL = 8;
const REASON_COL = 9;

/**
 * The 评分依据 sheet of one branch: every loan behind an automatic
 * deduction, with its findings and a link to the ledger cell, and the 剔除
 * drop-down and 剔除原因 the inspector fills in to set a finding aside. The
 * scorecard counts these rows with COUNTIFS, so setting one aside in Excel
 * changes the score without the add-in.
 */
export function buildEvidenceSheet(input: EvidenceSheetInput): { model: SheetModel; ranges: EvidenceRanges } {
  const locale = input.locale ?? "zh-CN";
  const t = (id: ScoreMessageId, params?: Record<string, string | number>): string => scoreText(id, params, locale);
  const last = COLUMNS.length - 1;
  const rows: ModelCell[][] = [
    [t("score.evidence.title", { branch: input.branch })],
    [t("score.evidence.note")],
    COLUMNS.map((id) => t(id)),
  ];
  const merges = [rangeAddress(1, 0, 1, last), rangeAddress(2, 0, 2, last)];
  const firstRow = EVIDENCE_HEADER_ROW + 1;
  const firstRowOf = new Map<string, number>();
  input.entries.forEach((e, i) => {
    const sheetRow = firstRow + i;
    if (!firstRowOf.has(e.item)) firstRowOf.set(e.item, sheetRow);
    const mark = input.markOf?.(e);
    rows.push([
      i + 1,
      e.item,
      e.key,
      e.customer,
      e.rules.join(", "),
      e.problems.join("；"),
      { text: `${input.ledgerSheet}!${e.cell}`, link: { sheet: input.ledgerSheet, cell: e.cell } },
      e.special ? YES : null,
      mark === undefined || mark.excluded === "" ? null : mark.excluded,
      mark === undefined || mark.reason === "" ? null : mark.reason,
    ]);
  });
  if (input.entries.length === 0) {
    rows.push([t("score.evidence.none")]);
    merges.push(rangeAddress(firstRow, 0, firstRow, last));
  }
  const lastRow = Math.max(firstRow, EVIDENCE_HEADER_ROW + input.entries.length);
  const column = (col: number): string =>
    rangeAddress(firstRow, col, lastRow, col).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

  const formats: { range: string; style: CellStyle }[] = [
    { range: rangeAddress(1, 0, 1, last), style: TITLE_STYLE },
    { range: rangeAddress(2, 0, 2, last), style: { wrap: true, vAlign: "top", fontSize: 9 } },
    { range: rangeAddress(EVIDENCE_HEADER_ROW, 0, lastRow, last), style: { border: "thin", vAlign: "top" } },
    {
      range: rangeAddress(EVIDENCE_HEADER_ROW, 0, EVIDENCE_HEADER_ROW, last),
      style: { bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true },
    },
    { range: rangeAddress(firstRow, 2, lastRow, 2), style: { numberFormat: "@" } },
    { range: rangeAddress(firstRow, 5, lastRow, 5), style: { wrap: true } },
  ];
  if (input.entries.length > 0) {
    formats.push(
      { range: rangeAddress(firstRow, EXCLUDED_COL, lastRow, REASON_COL), style: { fill: INPUT_FILL } },
      { range: rangeAddress(firstRow, SPECIAL_COL, lastRow, EXCLUDED_COL), style: { hAlign: "center" } },
    );
  }

  const model: SheetModel = {
    name: input.name,
    rows,
    formats,
    merges,
    columnWidths: [6, 14, 18, 16, 22, 48, 20, 8, 8, 24],
    rowHeights: { 1: 26, 2: 36 },
    validations:
      input.entries.length === 0
        ? []
        : [{ range: rangeAddress(firstRow, EXCLUDED_COL, lastRow, EXCLUDED_COL), list: [YES] }],
    freeze: { rows: EVIDENCE_HEADER_ROW, columns: 0 },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${EVIDENCE_HEADER_ROW}:${EVIDENCE_HEADER_ROW}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
    },
  };
  return {
    model,
    ranges: {
      item: column(ITEM_COL),
      special: column(SPECIAL_COL),
      excluded: column(EXCLUDED_COL),
      firstRow,
      firstRowOf,
    },
  };
}

/** Whether the inspector's 剔除 cell sets the entry aside, exactly as the COUNTIFS criterion "<>是" reads it. */
export function isSetAside(mark: EvidenceMark | undefined): boolean {
  return mark !== undefined && mark.excluded === YES;
}
