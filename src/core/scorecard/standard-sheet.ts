import { LEDGER_RULES } from "../ledger/rules/index";
import type { Locale } from "../messages/message";
import { scoreText } from "../messages/score-messages";
import { rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { allowedFilters, formatRuleSources } from "./rule-source";
import type { ScoringStandard, StandardItem } from "./scoring-standard";
import { STANDARD_COLUMN_LABEL, STANDARD_COLUMNS, STANDARD_PARAM_LABEL, STANDARD_PARAMS } from "./standard-columns";
import { hasSpecialColumn } from "./compute-scores";
import { HEADER_FILL, INPUT_FILL, TITLE_STYLE } from "./sheet-styles";

export interface StandardSheetOptions {
  readonly locale?: Locale;
  /** The sheet's name (default 评分标准). */
  readonly name?: string;
}

/** 1-based row of the header; items start below it. */
export const STANDARD_HEADER_ROW = 3;

/**
 * The 评分标准 sheet: the items as a table the user edits (the drop-downs
 * keep 评分方式 and 一票否决 to the words the parser reads), a 合计 row
 * whose SUM shows at once whether the points still add up to 100, the
 * parameters below, and what each rule id means. parseStandard reads it
 * back; the two are tested as a round trip.
 */
export function buildStandardSheet(standard: ScoringStandard, options: StandardSheetOptions = {}): SheetModel {
  const locale = options.locale ?? "zh-CN";
  const t = (id: Parameters<typeof scoreText>[0], params?: Parameters<typeof scoreText>[1]): string =>
    scoreText(id, params, locale);
  const width = STANDARD_COLUMNS.length;
  const last = width - 1;
  const rows: ModelCell[][] = [];
  const formats: { range: string; style: CellStyle }[] = [];
  const merges: string[] = [];

  rows.push([t("score.standard.title")]);
  merges.push(rangeAddress(1, 0, 1, last));
  formats.push({ range: rangeAddress(1, 0, 1, last), style: TITLE_STYLE });
  rows.push([t("score.standard.note", { full: standard.full })]);
  merges.push(rangeAddress(2, 0, 2, last));
  formats.push({ range: rangeAddress(2, 0, 2, last), style: { wrap: true, vAlign: "top", fontSize: 9 } });
  rows.push(STANDARD_COLUMNS.map((k) => t(STANDARD_COLUMN_LABEL[k])));

  const first = STANDARD_HEADER_ROW + 1;
  for (const item of standard.items) rows.push(itemRow(item, locale));
  const lastItem = STANDARD_HEADER_ROW + standard.items.length;
  const totalRow = lastItem + 1;
  rows.push([t("score.standard.total"), null, { formula: `=SUM(C${first}:C${Math.max(first, lastItem)})` }]);
  formats.push(
    { range: rangeAddress(STANDARD_HEADER_ROW, 0, totalRow, last), style: { border: "thin", vAlign: "middle" } },
    { range: rangeAddress(STANDARD_HEADER_ROW, 0, STANDARD_HEADER_ROW, last), style: headerStyle() },
    { range: rangeAddress(first, 3, Math.max(first, lastItem), 3), style: { wrap: true } },
    { range: rangeAddress(first, 6, Math.max(first, lastItem), 6), style: { wrap: true } },
    { range: rangeAddress(totalRow, 0, totalRow, last), style: { bold: true } },
  );

  rows.push([]);
  const paramsHeading = rows.length + 1;
  rows.push([t("score.standard.params")]);
  formats.push({ range: `A${paramsHeading}`, style: { bold: true } });
  const paramValues = [
    standard.bands[0],
    standard.bands[1],
    standard.bands[2],
    standard.penaltyThreshold,
    standard.penaltyAmount,
    standard.rectificationDays,
  ];
  STANDARD_PARAMS.forEach((p, i) => rows.push([t(STANDARD_PARAM_LABEL[p]), paramValues[i] ?? null]));
  const lastParam = rows.length;
  formats.push(
    { range: rangeAddress(paramsHeading + 1, 0, lastParam, 1), style: { border: "thin" } },
    { range: rangeAddress(paramsHeading + 1, 1, lastParam, 1), style: { fill: INPUT_FILL, hAlign: "center" } },
  );

  rows.push([]);
  const rulesHeading = rows.length + 1;
  rows.push([t("score.standard.rules")]);
  rows.push([t("score.standard.rules.note")]);
  merges.push(rangeAddress(rulesHeading + 1, 0, rulesHeading + 1, last));
  const rulesHeader = rulesHeading + 2;
  rows.push([
    t("score.rules.col.rule"),
    null,
    t("score.rules.col.meaning"),
    null,
    null,
    null,
    t("score.rules.col.filters"),
  ]);
  for (const rule of LEDGER_RULES) {
    const allowed = allowedFilters(rule.id);
    const filters =
      allowed.length === 0
        ? t("score.rules.filter.none")
        : allowed.includes("npl")
          ? t("score.rules.filter.npl")
          : t("score.rules.filter.columns");
    rows.push([rule.id, null, rule.description, null, null, null, filters]);
  }
  const lastRule = rows.length;
  for (let r = rulesHeader; r <= lastRule; r++) {
    merges.push(rangeAddress(r, 0, r, 1), rangeAddress(r, 2, r, 5), rangeAddress(r, 6, r, last));
  }
  formats.push(
    { range: `A${rulesHeading}`, style: { bold: true } },
    {
      range: rangeAddress(rulesHeading + 1, 0, rulesHeading + 1, last),
      style: { wrap: true, vAlign: "top", fontSize: 9 },
    },
    { range: rangeAddress(rulesHeader, 0, lastRule, last), style: { border: "thin", wrap: true, fontSize: 9 } },
    { range: rangeAddress(rulesHeader, 0, rulesHeader, last), style: headerStyle() },
  );

  const itemRange = (col: number): string => rangeAddress(first, col, Math.max(first, lastItem), col);
  return {
    name: options.name ?? t("score.sheet.standard"),
    rows,
    formats,
    merges,
    columnWidths: [10, 16, 8, 48, 9, 9, 34, 9, 9, 9],
    rowHeights: { 1: 28, 2: 66, [rulesHeading + 1]: 36 },
    validations: [
      { range: itemRange(8), list: [t("score.mode.auto"), t("score.mode.manual")] },
      { range: itemRange(9), list: [t("score.yes"), t("score.no")] },
    ],
    freeze: { rows: STANDARD_HEADER_ROW, columns: 0 },
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: `${STANDARD_HEADER_ROW}:${STANDARD_HEADER_ROW}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.5 },
      centerHorizontally: true,
    },
  };
}

function itemRow(item: StandardItem, locale: Locale): ModelCell[] {
  const hasSpecial = hasSpecialColumn(item);
  return [
    item.category,
    item.item,
    item.points,
    item.description,
    item.perOccurrence,
    item.cap,
    formatRuleSources(item.sources),
    hasSpecial ? (item.specialDeduction ?? item.perOccurrence) : null,
    scoreText(item.manual ? "score.mode.manual" : "score.mode.auto", {}, locale),
    scoreText(item.veto ? "score.yes" : "score.no", {}, locale),
  ];
}

function headerStyle(): CellStyle {
  return { bold: true, fill: HEADER_FILL, hAlign: "center", wrap: true };
}
