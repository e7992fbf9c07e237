import type { Locale } from "../messages/message";
import { targetText, type TargetMessageId } from "../messages/target-messages";
import { cellAddress, quoteSheetName, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import type { CellValue } from "../values/cell-value";
import { DEFAULT_GRADES, DEFAULT_PAY, type PayGrade } from "./quarter-payout";
import { modelValueAt } from "./target-inputs";

/**
 * The 考核参数 sheet every 目标责任书 refers to: the attainment cap (from the
 * settings), the grade table of the quarterly payout and the default pay of
 * new sheets — one place for the bank to set them in Excel, read by the
 * formulas of every officer's sheet.
 */
export const PARAMS_ROWS = {
  title: 1,
  note: 2,
  cap: 4,
  gradesTitle: 6,
  gradesHeader: 7,
  firstGrade: 8,
  basePay: 16,
  performancePay: 17,
  payNote: 18,
} as const;
/** The sheet always has as many grade rows as the default table (seven, rules.md §7). */
export const GRADE_COUNT = DEFAULT_GRADES.length;
const LAST_GRADE_ROW = PARAMS_ROWS.firstGrade + GRADE_COUNT - 1;
const VALUE_COL = 1;

export interface AssessmentParams {
  readonly cap: number;
  readonly grades: readonly PayGrade[];
  readonly basePay: number;
  readonly performancePay: number;
}

/** Absolute references into the sheet, for other sheets' formulas. */
export interface ParamsRefs {
  readonly cap: string;
  readonly gradeNames: string;
  readonly lowerBounds: string;
  readonly coefficients: string;
}

function absolute(row: number, col: number): string {
  return cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
}

export function paramsRefs(sheet: string): ParamsRefs {
  const q = quoteSheetName(sheet);
  const column = (col: number): string =>
    `${q}!${absolute(PARAMS_ROWS.firstGrade, col)}:${absolute(LAST_GRADE_ROW, col)}`;
  return {
    cap: `${q}!${absolute(PARAMS_ROWS.cap, VALUE_COL)}`,
    gradeNames: column(0),
    lowerBounds: column(1),
    coefficients: column(2),
  };
}

const INPUT_FILL = "#FFF2CC";
const HEADER_FILL = "#D9E1F2";

export function buildAssessmentParamsSheet(
  name: string,
  params: AssessmentParams,
  locale: Locale = "zh-CN",
): SheetModel {
  const t = (id: TargetMessageId): string => targetText(id, {}, locale);
  const rows: ModelCell[][] = [];
  const put = (row: number, cells: ModelCell[]): void => {
    while (rows.length < row) rows.push([]);
    rows[row - 1] = cells;
  };
  put(PARAMS_ROWS.title, [t("targets.params.title")]);
  put(PARAMS_ROWS.note, [t("targets.params.note")]);
  put(PARAMS_ROWS.cap, [t("targets.params.cap"), params.cap]);
  put(PARAMS_ROWS.gradesTitle, [t("targets.params.grades")]);
  put(PARAMS_ROWS.gradesHeader, [
    t("targets.params.col.grade"),
    t("targets.params.col.lower"),
    t("targets.params.col.coefficient"),
  ]);
  params.grades
    .slice(0, GRADE_COUNT)
    .forEach((g, i) => put(PARAMS_ROWS.firstGrade + i, [g.name, g.lower, g.coefficient]));
  put(PARAMS_ROWS.basePay, [t("targets.params.base-pay"), params.basePay]);
  put(PARAMS_ROWS.performancePay, [t("targets.params.performance-pay"), params.performancePay]);
  put(PARAMS_ROWS.payNote, [t("targets.params.pay-note")]);

  const grades = rangeAddress(PARAMS_ROWS.firstGrade, 0, LAST_GRADE_ROW, 2);
  const formats: { range: string; style: CellStyle }[] = [
    { range: "A1", style: { bold: true, fontSize: 14 } },
    { range: rangeAddress(PARAMS_ROWS.note, 0, PARAMS_ROWS.note, 3), style: { wrap: true, vAlign: "top" } },
    { range: cellAddress(PARAMS_ROWS.cap, 0), style: { bold: true } },
    { range: cellAddress(PARAMS_ROWS.cap, VALUE_COL), style: { numberFormat: "0.00", border: "thin" } },
    { range: cellAddress(PARAMS_ROWS.gradesTitle, 0), style: { bold: true } },
    {
      range: rangeAddress(PARAMS_ROWS.gradesHeader, 0, PARAMS_ROWS.gradesHeader, 2),
      style: { bold: true, fill: HEADER_FILL, border: "thin", hAlign: "center", wrap: true },
    },
    { range: grades, style: { border: "thin", fill: INPUT_FILL } },
    { range: rangeAddress(PARAMS_ROWS.firstGrade, 1, LAST_GRADE_ROW, 1), style: { numberFormat: "0.00" } },
    { range: rangeAddress(PARAMS_ROWS.firstGrade, 2, LAST_GRADE_ROW, 2), style: { numberFormat: "0%" } },
    {
      range: rangeAddress(PARAMS_ROWS.basePay, VALUE_COL, PARAMS_ROWS.performancePay, VALUE_COL),
      style: { border: "thin", fill: INPUT_FILL, numberFormat: "#,##0.00" },
    },
    { range: rangeAddress(PARAMS_ROWS.payNote, 0, PARAMS_ROWS.payNote, 3), style: { wrap: true, vAlign: "top" } },
  ];
  const boundColumn = (row: number): string => cellAddress(row, 1);
  return {
    name,
    rows,
    formats,
    merges: [
      rangeAddress(PARAMS_ROWS.note, 0, PARAMS_ROWS.note, 3),
      rangeAddress(PARAMS_ROWS.payNote, 0, PARAMS_ROWS.payNote, 3),
    ],
    columnWidths: [30, 18, 12, 20],
    rowHeights: { [PARAMS_ROWS.note]: 48, [PARAMS_ROWS.payNote]: 36 },
    // MATCH's approximate match needs rising bounds: a bound not above the one before is shown in red.
    conditionalFormats: [
      {
        range: rangeAddress(PARAMS_ROWS.firstGrade + 1, 1, LAST_GRADE_ROW, 1),
        formula: `=${boundColumn(PARAMS_ROWS.firstGrade + 1)}<=${boundColumn(PARAMS_ROWS.firstGrade)}`,
        style: { fill: "#FFC7CE", fontColor: "#9C0006" },
      },
    ],
    page: { orientation: "portrait", paperSize: "A4", fitToWidth: true },
  };
}

export type ParamsProblem =
  { readonly kind: "grades"; readonly reason: "not-number" | "order"; readonly row: number } | { readonly kind: "pay" };

export interface ReadParams {
  /** The grade table as typed, or the default one when it cannot be used. */
  readonly grades: readonly PayGrade[];
  readonly basePay: number;
  readonly performancePay: number;
  readonly problems: readonly ParamsProblem[];
}

function isAmount(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0;
}

/**
 * The grade table and default pay as the bank set them on an existing
 * 考核参数 sheet. A table that cannot work — a bound or coefficient that is
 * not a number, bounds not rising (MATCH would pick wrong grades silently) —
 * is replaced by the default table as a whole, and said so; a grade's name
 * left empty takes the default name.
 */
export function readAssessmentParams(values: readonly (readonly CellValue[])[]): ReadParams {
  const problems: ParamsProblem[] = [];
  const grades: PayGrade[] = [];
  let usable = true;
  for (let i = 0; i < GRADE_COUNT && usable; i++) {
    const row = PARAMS_ROWS.firstGrade + i;
    const name = modelValueAt(values, row, 0);
    const lower = modelValueAt(values, row, 1);
    const coefficient = modelValueAt(values, row, 2);
    if (typeof lower !== "number" || !Number.isFinite(lower) || !isAmount(coefficient)) {
      problems.push({ kind: "grades", reason: "not-number", row });
      usable = false;
      break;
    }
    const previous = grades[grades.length - 1];
    if (previous !== undefined && lower <= previous.lower) {
      problems.push({ kind: "grades", reason: "order", row });
      usable = false;
      break;
    }
    grades.push({ name: name === null ? (DEFAULT_GRADES[i]?.name ?? "") : String(name), lower, coefficient });
  }
  const basePay = modelValueAt(values, PARAMS_ROWS.basePay, VALUE_COL);
  const performancePay = modelValueAt(values, PARAMS_ROWS.performancePay, VALUE_COL);
  const payOk = isAmount(basePay) && isAmount(performancePay);
  if (!payOk) problems.push({ kind: "pay" });
  return {
    grades: usable ? grades : DEFAULT_GRADES,
    basePay: payOk ? basePay : DEFAULT_PAY.basePay,
    performancePay: payOk ? performancePay : DEFAULT_PAY.performancePay,
    problems,
  };
}
