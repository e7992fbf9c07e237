import type { Locale, MessageParams } from "../messages/message";
import { targetText, type TargetMessageId } from "../messages/target-messages";
import { cellAddress, columnLetters, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToIso, type Day } from "../values/day";
import { paramsRefs } from "./assessment-params-sheet";
import { INDICATOR_DIRECTIONS, RATE_UNIT } from "./default-indicators";
import type { OfficerPortfolio } from "./portfolio";
import type { TargetSheetInputs } from "./target-inputs";
import {
  ANNUAL_COL,
  DIRECTION_COL,
  LAST_COL,
  monthCol,
  NAME_COL,
  QUARTER_COLS,
  targetSheetLayout,
  UNIT_COL,
  WEIGHT_COL,
} from "./target-layout";

export interface TargetSheetInput {
  readonly name: string;
  readonly officer: string;
  readonly year: number;
  /** The ledger's as-of date: the date of the portfolio figures. */
  readonly asOf: Day;
  readonly ledgerSheet: string;
  readonly amountUnit: "元" | "万元" | null;
  readonly portfolio: OfficerPortfolio;
  /** The 考核参数 sheet the formulas refer to (its name as written). */
  readonly paramsSheet: string;
  /** What is typed on the sheet: carried over from the existing sheet, or the defaults of a new one. */
  readonly inputs: TargetSheetInputs;
  readonly locale?: Locale;
}

const TITLE_FILL = "#BDD7EE";
const HEADER_FILL = "#D9E1F2";
const SECTION_FILL = "#EDEDED";
/** Cells people type in: Excel's own "Input"-like yellow, so the sheet says what is theirs to fill. */
export const INPUT_FILL = "#FFF2CC";
const AMOUNT = "#,##0.00";
const PERCENT = "0.00%";
const WIDTHS: readonly number[] = [18, 8, 9, 7, 11, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9];

const L = columnLetters;

/** A cell reference with the column fixed ($B14), for formulas copied along a row. */
function fixedCol(col: number, row: number): string {
  return `$${L(col)}${row}`;
}

/**
 * An officer's 目标责任书 as a sheet model, in five blocks under the parties
 * and the period: 管户资产 (figures from the ledger), 考核指标与目标 (typed),
 * 每月实际 (typed), 月度完成率与得分 and 季度兑现 (native formulas). The
 * formulas agree with the core's month-score.ts and quarter-payout.ts: a
 * month shows its score once all its actuals are typed, a quarter its pay
 * once its three months are scored; the cap and the grade table are read
 * from the 考核参数 sheet; nothing needs the add-in (MIN, IF, SUMPRODUCT,
 * INDEX/MATCH and IFERROR all work in Excel 2010).
 */
export function buildTargetSheet(input: TargetSheetInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: TargetMessageId, params?: MessageParams): string => targetText(id, params, locale);
  const { inputs, portfolio: p } = input;
  const n = inputs.indicators.length;
  const l = targetSheetLayout(n);
  const refs = paramsRefs(input.paramsSheet);

  const rows: ModelCell[][] = [];
  const set = (row: number, col: number, cell: ModelCell): void => {
    while (rows.length < row) rows.push([]);
    const r = rows[row - 1] as ModelCell[];
    while (r.length < col) r.push(null);
    r[col] = cell;
  };
  const formats: { range: string; style: CellStyle }[] = [];
  const style = (range: string, s: CellStyle): void => void formats.push({ range, style: s });
  const merges: string[] = [];
  const rowHeights: Record<number, number> = {};
  const fullWidth = (row: number): string => rangeAddress(row, 0, row, LAST_COL);
  const section = (row: number, text: string, height = 30): void => {
    set(row, 0, text);
    merges.push(fullWidth(row));
    style(fullWidth(row), { bold: true, fill: SECTION_FILL, wrap: true, vAlign: "middle" });
    rowHeights[row] = height;
  };
  const header = (row: number, labels: readonly (string | null)[]): void => {
    labels.forEach((label, col) => {
      if (label !== null) set(row, col, label);
    });
    style(rangeAddress(row, 0, row, labels.length - 1), {
      bold: true,
      fill: HEADER_FILL,
      border: "thin",
      hAlign: "center",
      vAlign: "middle",
      wrap: true,
    });
  };
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const monthLabels = months.map((m) => t("targets.col.month", { month: m }));

  // ---- title, parties, period
  set(l.titleRow, 0, t("targets.sheet.title"));
  merges.push(fullWidth(l.titleRow));
  style(fullWidth(l.titleRow), { bold: true, fontSize: 16, hAlign: "center", fill: TITLE_FILL });
  rowHeights[l.titleRow] = 28;
  set(l.subtitleRow, 0, t("targets.sheet.subtitle", { year: input.year }));
  merges.push(fullWidth(l.subtitleRow));
  style(fullWidth(l.subtitleRow), { hAlign: "center" });
  const field = (row: number, label: TargetMessageId, value: ModelCell, typed: boolean): void => {
    set(row, 0, t(label));
    set(row, 1, value);
    merges.push(rangeAddress(row, 1, row, 4));
    style(cellAddress(row, 0), { bold: true });
    style(rangeAddress(row, 1, row, 4), typed ? { border: "thin", fill: INPUT_FILL } : { border: "thin" });
  };
  field(l.yearRow, "targets.sheet.year", input.year, false);
  style(cellAddress(l.yearRow, 1), { hAlign: "left", numberFormat: "0" });
  field(l.presidentRow, "targets.sheet.president", inputs.president, true);
  field(l.officerRow, "targets.sheet.officer", input.officer, false);
  field(l.periodRow, "targets.sheet.period", t("targets.sheet.period.value", { year: input.year }), false);

  // ---- 一、管户资产
  const unit = input.amountUnit === null ? "" : t("targets.sheet.portfolio.unit", { unit: input.amountUnit });
  section(
    l.portfolioTitleRow,
    t("targets.sheet.portfolio", { asOf: dayToIso(input.asOf), ledger: input.ledgerSheet, unit }),
  );
  header(l.portfolioHeaderRow, [
    t("targets.col.accounts"),
    t("targets.col.loans"),
    t("targets.col.balance"),
    t("targets.col.npl-balance"),
    t("targets.col.npl-ratio"),
    t("targets.col.overdue-loans"),
    t("targets.col.overdue-balance"),
    t("targets.col.maturing-loans"),
    t("targets.col.maturing-balance"),
  ]);
  rowHeights[l.portfolioHeaderRow] = 30;
  const pr = l.portfolioRow;
  [p.accounts, p.loans, p.balance, p.nplBalance].forEach((v, col) => set(pr, col, v));
  set(pr, 4, { formula: `=IF(C${pr}=0,"",D${pr}/C${pr})` });
  [p.overdueLoans, p.overdueBalance, p.maturingLoans, p.maturingBalance].forEach((v, i) => set(pr, 5 + i, v));
  style(rangeAddress(pr, 0, pr, 8), { border: "thin", hAlign: "right" });
  for (const col of [2, 3, 6, 8]) style(cellAddress(pr, col), { numberFormat: AMOUNT });
  style(cellAddress(pr, 4), { numberFormat: PERCENT });

  // ---- 二、考核指标与目标
  section(l.targetsTitleRow, t("targets.sheet.targets"), 32);
  header(l.targetsHeaderRow, [
    t("targets.col.indicator"),
    t("targets.col.unit"),
    t("targets.col.direction"),
    t("targets.col.weight"),
    t("targets.col.annual"),
    ...monthLabels,
  ]);
  const firstT = l.firstTargetRow;
  const lastT = firstT + n - 1;
  inputs.indicators.forEach((ind, i) => {
    const r = firstT + i;
    set(r, NAME_COL, ind.name);
    set(r, UNIT_COL, ind.unit);
    set(r, DIRECTION_COL, ind.direction);
    set(r, WEIGHT_COL, ind.weight);
    set(r, ANNUAL_COL, ind.annual);
    for (const m of months) {
      const typed = ind.monthly[m - 1];
      // The default follows the annual target as it is edited: ÷ 12, or the rate itself (default-indicators.ts).
      const cell: ModelCell =
        typed === undefined || typed.kind === "default"
          ? {
              formula: `=IF(${fixedCol(UNIT_COL, r)}="${RATE_UNIT}",${fixedCol(ANNUAL_COL, r)},${fixedCol(ANNUAL_COL, r)}/12)`,
            }
          : typed.value;
      set(r, monthCol(m), cell);
    }
  });
  if (n > 0) {
    style(rangeAddress(firstT, 0, lastT, LAST_COL), { border: "thin", fill: INPUT_FILL });
    // General, so 30 shows as 30 and 12.5 as 12.5 (Excel's "0.##" would show "30.").
    style(rangeAddress(firstT, WEIGHT_COL, lastT, WEIGHT_COL), { numberFormat: "General", hAlign: "center" });
    style(rangeAddress(firstT, UNIT_COL, lastT, DIRECTION_COL), { hAlign: "center" });
  }
  const tr = l.weightTotalRow;
  set(tr, NAME_COL, t("targets.sheet.total"));
  set(tr, WEIGHT_COL, { formula: n > 0 ? `=SUM(D${firstT}:D${lastT})` : "=0" });
  style(rangeAddress(tr, 0, tr, LAST_COL), { border: "thin", bold: true });
  style(cellAddress(tr, WEIGHT_COL), { numberFormat: "General", hAlign: "center" });

  // ---- 三、每月实际完成
  section(l.actualsTitleRow, t("targets.sheet.actuals"));
  header(l.actualsHeaderRow, [
    t("targets.col.indicator"),
    t("targets.col.unit"),
    null,
    null,
    t("targets.col.year-to-date"),
    ...monthLabels,
  ]);
  const firstA = l.firstActualRow;
  const lastA = firstA + n - 1;
  inputs.indicators.forEach((ind, i) => {
    const r = firstA + i;
    const tRow = firstT + i;
    set(r, NAME_COL, { formula: `=IF(${fixedCol(NAME_COL, tRow)}="","",${fixedCol(NAME_COL, tRow)})` });
    set(r, UNIT_COL, { formula: `=IF(${fixedCol(UNIT_COL, tRow)}="","",${fixedCol(UNIT_COL, tRow)})` });
    const span = `${L(monthCol(1))}${r}:${L(monthCol(12))}${r}`;
    // A rate is not summed over months.
    set(r, ANNUAL_COL, {
      formula: `=IF(OR(COUNT(${span})=0,${fixedCol(UNIT_COL, tRow)}="${RATE_UNIT}"),"",SUM(${span}))`,
    });
    for (const m of months) set(r, monthCol(m), ind.actuals[m - 1] ?? null);
  });
  if (n > 0) {
    style(rangeAddress(firstA, 0, lastA, LAST_COL), { border: "thin" });
    style(rangeAddress(firstA, monthCol(1), lastA, monthCol(12)), { fill: INPUT_FILL });
    style(rangeAddress(firstA, UNIT_COL, lastA, UNIT_COL), { hAlign: "center" });
  }
  // Number formats by the indicator's unit: a rate as a percentage, the rest as amounts.
  inputs.indicators.forEach((ind, i) => {
    const format = ind.unit === RATE_UNIT ? PERCENT : AMOUNT;
    style(rangeAddress(firstT + i, ANNUAL_COL, firstT + i, LAST_COL), { numberFormat: format });
    style(rangeAddress(firstA + i, ANNUAL_COL, firstA + i, LAST_COL), { numberFormat: format });
  });

  // ---- 四、月度完成率与得分
  section(l.attainTitleRow, t("targets.sheet.attain"), 32);
  header(l.attainHeaderRow, [
    t("targets.col.indicator"),
    null,
    t("targets.col.direction"),
    t("targets.col.weight"),
    null,
    ...monthLabels,
  ]);
  const firstR = l.firstAttainRow;
  const lastR = firstR + n - 1;
  const cap = refs.cap;
  for (let i = 0; i < n; i++) {
    const r = firstR + i;
    const tRow = firstT + i;
    const aRow = firstA + i;
    set(r, NAME_COL, { formula: `=IF(${fixedCol(NAME_COL, tRow)}="","",${fixedCol(NAME_COL, tRow)})` });
    set(r, DIRECTION_COL, { formula: `=IF(${fixedCol(DIRECTION_COL, tRow)}="","",${fixedCol(DIRECTION_COL, tRow)})` });
    set(r, WEIGHT_COL, { formula: `=IF(${fixedCol(WEIGHT_COL, tRow)}="","",${fixedCol(WEIGHT_COL, tRow)})` });
    for (const m of months) {
      const c = L(monthCol(m));
      const actual = `${c}${aRow}`;
      const target = `${c}${tRow}`;
      const dir = fixedCol(DIRECTION_COL, tRow);
      // attainReverse: negative → no ratio (#N/A), 0 → the cap, else ceiling ÷ actual capped; attain: target 0 → #N/A.
      const reverse = `IF(OR(${actual}<0,${target}<0),NA(),IF(${actual}=0,${cap},MIN(${target}/${actual},${cap})))`;
      const forward = `IF(${target}=0,NA(),MIN(${actual}/${target},${cap}))`;
      set(r, monthCol(m), {
        formula: `=IF(OR(${actual}="",${target}=""),"",IF(${dir}="反向",${reverse},${forward}))`,
      });
    }
  }
  const sr = l.scoreRow;
  set(sr, NAME_COL, t("targets.sheet.score"));
  for (const m of months) {
    const c = L(monthCol(m));
    const formula =
      n > 0
        ? `=IF(OR(COUNT(${c}${firstA}:${c}${lastA})<${n},COUNT(${c}${firstT}:${c}${lastT})<${n}),"",` +
          `ROUND(SUMPRODUCT($D$${firstT}:$D$${lastT},${c}${firstR}:${c}${lastR}),2))`
        : `=""`;
    set(sr, monthCol(m), { formula });
  }
  if (n > 0) {
    style(rangeAddress(firstR, 0, lastR, LAST_COL), { border: "thin" });
    style(rangeAddress(firstR, monthCol(1), lastR, monthCol(12)), { numberFormat: "0.0%" });
    style(rangeAddress(firstR, DIRECTION_COL, lastR, WEIGHT_COL), { hAlign: "center" });
  }
  style(rangeAddress(sr, 0, sr, LAST_COL), { border: "thin", bold: true });
  style(rangeAddress(sr, monthCol(1), sr, monthCol(12)), { numberFormat: "0.00", hAlign: "right" });

  // ---- 五、季度兑现
  section(l.quarterTitleRow, t("targets.sheet.quarters"));
  header(l.quarterHeaderRow, [
    t("targets.col.quarter"),
    t("targets.col.average"),
    t("targets.col.grade"),
    t("targets.col.coefficient"),
    t("targets.col.base-pay"),
    t("targets.col.performance-pay"),
    t("targets.col.pay"),
  ]);
  rowHeights[l.quarterHeaderRow] = 30;
  const quarterIds: readonly TargetMessageId[] = [
    "targets.quarter.1",
    "targets.quarter.2",
    "targets.quarter.3",
    "targets.quarter.4",
  ];
  const Q = QUARTER_COLS;
  for (let q = 0; q < 4; q++) {
    const r = l.firstQuarterRow + q;
    const first = `${L(monthCol(q * 3 + 1))}${sr}`;
    const last = `${L(monthCol(q * 3 + 3))}${sr}`;
    const avg = `${L(Q.average)}${r}`;
    const match = `IFERROR(MATCH(${avg},${refs.lowerBounds},1),1)`;
    set(r, Q.label, t(quarterIds[q] as TargetMessageId));
    set(r, Q.average, { formula: `=IF(COUNT(${first}:${last})<3,"",ROUND(AVERAGE(${first}:${last}),2))` });
    set(r, Q.grade, { formula: `=IF(${avg}="","",INDEX(${refs.gradeNames},${match}))` });
    set(r, Q.coefficient, { formula: `=IF(${avg}="","",INDEX(${refs.coefficients},${match}))` });
    set(r, Q.basePay, inputs.pay[q]?.base ?? null);
    set(r, Q.performancePay, inputs.pay[q]?.performance ?? null);
    const coefficient = `${L(Q.coefficient)}${r}`;
    set(r, Q.pay, {
      formula: `=IF(${coefficient}="","",ROUND(${L(Q.basePay)}${r}+${L(Q.performancePay)}${r}*${coefficient},2))`,
    });
  }
  const q1 = l.firstQuarterRow;
  const q4 = q1 + 3;
  const yr = l.yearTotalRow;
  set(yr, Q.label, t("targets.sheet.year-total"));
  for (const col of [Q.basePay, Q.performancePay]) set(yr, col, { formula: `=SUM(${L(col)}${q1}:${L(col)}${q4})` });
  const pays = `${L(Q.pay)}${q1}:${L(Q.pay)}${q4}`;
  set(yr, Q.pay, { formula: `=IF(COUNT(${pays})=0,"",SUM(${pays}))` });
  style(rangeAddress(q1, 0, yr, Q.pay), { border: "thin" });
  style(rangeAddress(q1, Q.basePay, q4, Q.performancePay), { fill: INPUT_FILL });
  style(rangeAddress(q1, Q.average, yr, Q.average), { numberFormat: "0.00" });
  style(rangeAddress(q1, Q.grade, yr, Q.grade), { hAlign: "center" });
  style(rangeAddress(q1, Q.coefficient, yr, Q.coefficient), { numberFormat: "0%" });
  style(rangeAddress(q1, Q.basePay, yr, Q.pay), { numberFormat: AMOUNT });
  style(rangeAddress(yr, 0, yr, Q.pay), { bold: true });

  // ---- signatures and note
  set(l.signRow, 0, t("targets.sheet.sign-a"));
  set(l.signRow, 6, t("targets.sheet.sign-b"));
  set(l.signRow, 12, t("targets.sheet.sign-date"));
  style(rangeAddress(l.signRow, 0, l.signRow, LAST_COL), { bold: true });
  rowHeights[l.signRow] = 30;
  set(l.noteRow, 0, t("targets.sheet.note"));
  merges.push(fullWidth(l.noteRow));
  style(fullWidth(l.noteRow), { wrap: true, vAlign: "top", fontColor: "#595959" });
  rowHeights[l.noteRow] = 32;

  const weightTotal = cellAddress(tr, WEIGHT_COL);
  return {
    name: input.name,
    rows,
    formats,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    validations:
      n > 0 ? [{ range: rangeAddress(firstT, DIRECTION_COL, lastT, DIRECTION_COL), list: INDICATOR_DIRECTIONS }] : [],
    conditionalFormats: [
      { range: weightTotal, formula: `=${weightTotal}<>100`, style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
    ],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, l.lastRow, LAST_COL),
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
  };
}
