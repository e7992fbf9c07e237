import type { Locale } from "../messages/message";
import { noticeText } from "../messages/notice-messages";
import { cellAddress, columnLetters, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToChinese, dayToExcelSerial, dayToIso, type Day } from "../values/day";
import { HANDLING_METHODS, HANDLING_NOTES, parseHandling, RECOVERY } from "./handling-method";
import {
  LETTER_ROWS,
  NOTICE_COLUMN_LABELS,
  NOTICE_COLUMNS,
  noticeColumn,
  scheduleRows,
  type NoticeColumn,
} from "./notice-layout";
import type { MaturingLoan } from "./select-maturing";
import { sentenceFormula } from "./text-formula";

/** What people typed into a loan's row of an earlier 附表, carried into the new one. */
export interface TypedEntries {
  readonly handling: string | null;
  readonly responsible: string | null;
  /** A remark of their own (not the guidance the formula showed). */
  readonly remark: string | null;
}

export interface NoticeSheetInput {
  readonly sheetName: string;
  /** The branch as the letter addresses it. */
  readonly branch: string;
  readonly loans: readonly MaturingLoan[];
  /** Typed entries by loan match key (MaturingLoan.match). */
  readonly typed?: ReadonlyMap<string, TypedEntries>;
  /** The period's name, e.g. 2027年1月 (notice-period.ts periodLabel). */
  readonly period: string;
  readonly asOf: Day;
  /** The date the letter is signed. */
  readonly issued: Day;
  readonly issuer?: string;
  /** The ledger's unit of amounts; null when it states none. */
  readonly amountUnit: "元" | "万元" | null;
  readonly date1904?: boolean;
  readonly locale?: Locale;
}

/** Column widths in characters, in NOTICE_COLUMNS order. */
const WIDTHS: Readonly<Record<NoticeColumn, number>> = {
  seq: 6,
  customer: 22,
  loanNo: 18,
  balance: 13,
  maturity: 11,
  officer: 12,
  class: 9,
  guarantee: 9,
  handling: 11,
  extension: 10,
  remark: 34,
  responsible: 10,
};
const TOTAL_WIDTH = NOTICE_COLUMNS.reduce((sum, c) => sum + WIDTHS[c], 0);
const LAST_COL = NOTICE_COLUMNS.length - 1;

export const NOTICE_FILLS = {
  header: "#D9E1F2",
  total: "#F2F2F2",
  /** 清收保全 with no 责任人: the 三个不放过 rule broken. */
  missingPerson: "#FFC7CE",
  missingPersonFont: "#9C0006",
  /** Matured (or due today) with no 处理方式 chosen. */
  undecided: "#FFEB9C",
} as const;

const LINE_POINTS = 15;

/** Rough height of a wrapped paragraph across A:L: Excel does not fit merged rows itself. */
function paragraphHeight(text: string, fontSize = 11): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  const perLine = TOTAL_WIDTH * (11 / fontSize) * 0.95;
  return Math.max(1, Math.ceil(width / perLine)) * LINE_POINTS * (fontSize / 11) + 4;
}

function unitSuffix(unit: "元" | "万元" | null, locale: Locale): string {
  if (unit === null) return "";
  return locale === "zh-CN" ? unit : ` ${unit}`;
}

/** The schedule's header label of a column, with the ledger's unit on the balance. */
export function noticeHeader(column: NoticeColumn, unit: "元" | "万元" | null, locale: Locale): string {
  const label = noticeText(NOTICE_COLUMN_LABELS[column], {}, locale);
  return column === "balance" && unit !== null ? noticeText("notice.col.unit", { label, unit }, locale) : label;
}

/** The 备注 formula: the guidance for the chosen 处理方式, blank until one is chosen. */
function remarkFormula(row: number, locale: Locale): string {
  const handling = `TRIM(${cellAddress(row, noticeColumn("handling"))})`;
  let formula = '""';
  for (const method of [...HANDLING_METHODS].reverse()) {
    const note = HANDLING_NOTES[method];
    if (note === undefined) continue;
    const text = noticeText(note, {}, locale).replace(/"/g, '""');
    formula = `IF(${handling}="${method}","${text}",${formula})`;
  }
  return `=${formula}`;
}

/** Every 备注 text the formula can show, in either language: such a value read back is not a typed remark. */
export function remarkGuidance(): ReadonlySet<string> {
  const texts = new Set<string>();
  for (const id of Object.values(HANDLING_NOTES)) {
    if (id === undefined) continue;
    texts.add(noticeText(id, {}, "zh-CN"));
    texts.add(noticeText(id, {}, "en-US"));
  }
  return texts;
}

function loanRow(loan: MaturingLoan, index: number, sheetRow: number, input: NoticeSheetInput): ModelCell[] {
  const locale = input.locale ?? "zh-CN";
  const typed = input.typed?.get(loan.match);
  const handling = typed?.handling ?? null;
  const cells: Record<NoticeColumn, ModelCell> = {
    seq: index + 1,
    customer: loan.customer,
    loanNo: loan.loanNo,
    balance: loan.balance,
    maturity: dayToExcelSerial(loan.maturity, input.date1904 ?? false),
    officer: loan.officer,
    class: loan.loanClass,
    guarantee: loan.guarantee,
    // A choice typed a little differently (full-width, spaces) is written as the drop-down's own value.
    handling: handling === null ? null : (parseHandling(handling) ?? handling),
    extension: loan.extensionLimit,
    remark: typed?.remark ?? { formula: remarkFormula(sheetRow, locale) },
    responsible: typed?.responsible ?? null,
  };
  return NOTICE_COLUMNS.map((c) => cells[c]);
}

/**
 * A branch's 提示函 with its 附表 (work plan §3): the letter — to the branch,
 * the period, the count and total balance (native formulas over the 附表, so
 * they stay right when rows are edited), what to do for each kind of loan,
 * the issuer and date — then the list of its loans maturing in the period,
 * with a 处理方式 drop-down, the longest extension allowed, guidance in 备注
 * and a 责任人 column. Two conditional formats keep the rules visible without
 * the add-in: 清收保全 with no 责任人 (三个不放过), and a loan due or past due
 * with no 处理方式. Typed entries of an earlier run are carried in by loan.
 * Printable on A4 landscape, one page wide, the schedule's header repeated.
 */
export function buildNoticeSheet(input: NoticeSheetInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: Parameters<typeof noticeText>[0], params?: Parameters<typeof noticeText>[1]): string =>
    noticeText(id, params, locale);
  const rows = scheduleRows(input.loans.length);
  const lastLetter = columnLetters(LAST_COL);
  const col = (c: NoticeColumn): string => columnLetters(noticeColumn(c));
  const range = (c: NoticeColumn): string => `${col(c)}${rows.first}:${col(c)}${rows.last}`;
  const hasLoans = input.loans.length > 0;
  const countExpr = hasLoans ? `COUNT(${range("balance")})` : "0";
  const sumExpr = hasLoans ? `SUM(${range("balance")})` : "0";
  const showDay = locale === "zh-CN" ? dayToChinese : dayToIso;

  const grid: ModelCell[][] = [];
  const put = (row: number, column: number, cell: ModelCell): void => {
    const cells = (grid[row - 1] ??= []);
    while (cells.length < column) cells.push(null);
    cells[column] = cell;
  };

  const body = hasLoans
    ? sentenceFormula(t("notice.letter.body"), {
        period: input.period,
        count: { expr: countExpr },
        balance: { expr: `TEXT(${sumExpr},"0.00")` },
        unit: unitSuffix(input.amountUnit, locale),
      })
    : null;
  const bodyText = hasLoans
    ? t("notice.letter.body", { period: input.period, count: 0, balance: "0.00", unit: "" })
    : "";
  put(LETTER_ROWS.title, 0, t("notice.letter.title", { period: input.period }));
  put(LETTER_ROWS.asOf, 0, t("notice.letter.as-of", { asOf: showDay(input.asOf) }));
  put(LETTER_ROWS.to, 0, t("notice.letter.to", { branch: input.branch }));
  put(LETTER_ROWS.body, 0, body === null ? t("notice.letter.body.none", { period: input.period }) : { formula: body });
  put(LETTER_ROWS.repay, 0, t("notice.letter.repay"));
  put(LETTER_ROWS.extend, 0, t("notice.letter.extend"));
  put(LETTER_ROWS.recover, 0, t("notice.letter.recover"));
  put(LETTER_ROWS.reply, 0, t("notice.letter.reply"));
  put(LETTER_ROWS.issuer, 0, input.issuer ?? t("notice.letter.issuer"));
  put(LETTER_ROWS.date, 0, showDay(input.issued));
  put(LETTER_ROWS.scheduleTitle, 0, t("notice.schedule.title", { branch: input.branch, period: input.period }));
  NOTICE_COLUMNS.forEach((c, i) => put(rows.header, i, noticeHeader(c, input.amountUnit, locale)));
  input.loans.forEach((loan, i) => {
    const sheetRow = rows.first + i;
    loanRow(loan, i, sheetRow, input).forEach((cell, c) => put(sheetRow, c, cell));
  });
  put(rows.total, 0, t("notice.total"));
  put(rows.total, noticeColumn("customer"), {
    formula: sentenceFormula(t("notice.total.count"), { count: { expr: countExpr } }),
  });
  put(rows.total, noticeColumn("balance"), { formula: `=${sumExpr}` });

  const wide = (row: number): string => `A${row}:${lastLetter}${row}`;
  const paragraph: CellStyle = { wrap: true, vAlign: "top", hAlign: "left" };
  const formats: { range: string; style: CellStyle }[] = [
    { range: wide(LETTER_ROWS.title), style: { bold: true, fontSize: 16, hAlign: "center", vAlign: "middle" } },
    { range: wide(LETTER_ROWS.asOf), style: { hAlign: "center", fontColor: "#595959" } },
    { range: wide(LETTER_ROWS.to), style: { bold: true } },
    ...[LETTER_ROWS.body, LETTER_ROWS.repay, LETTER_ROWS.extend, LETTER_ROWS.recover, LETTER_ROWS.reply].map((r) => ({
      range: wide(r),
      style: paragraph,
    })),
    { range: wide(LETTER_ROWS.issuer), style: { hAlign: "right" } },
    { range: wide(LETTER_ROWS.date), style: { hAlign: "right" } },
    { range: wide(LETTER_ROWS.scheduleTitle), style: { bold: true } },
    {
      range: rangeAddress(rows.header, 0, rows.total, LAST_COL),
      style: { border: "thin", vAlign: "middle" },
    },
    {
      range: wide(rows.header),
      style: { bold: true, fill: NOTICE_FILLS.header, hAlign: "center", wrap: true },
    },
    { range: wide(rows.total), style: { bold: true, fill: NOTICE_FILLS.total } },
    { range: `${col("balance")}${rows.first}:${col("balance")}${rows.total}`, style: { numberFormat: "#,##0.00" } },
  ];
  if (hasLoans) {
    formats.push(
      { range: range("seq"), style: { hAlign: "center" } },
      { range: range("maturity"), style: { numberFormat: "yyyy-mm-dd", hAlign: "center" } },
      { range: range("class"), style: { hAlign: "center" } },
      { range: range("guarantee"), style: { hAlign: "center" } },
      { range: range("handling"), style: { hAlign: "center" } },
      { range: range("extension"), style: { hAlign: "center" } },
      { range: range("remark"), style: { wrap: true } },
      // Text columns stay text: a 借据号 of digits must not turn into a number when retyped.
      { range: range("loanNo"), style: { numberFormat: "@" } },
      { range: range("responsible"), style: { numberFormat: "@" } },
    );
  }

  const letterRows = [LETTER_ROWS.title, LETTER_ROWS.asOf, LETTER_ROWS.to, LETTER_ROWS.issuer, LETTER_ROWS.date];
  const paragraphs = [LETTER_ROWS.body, LETTER_ROWS.repay, LETTER_ROWS.extend, LETTER_ROWS.recover, LETTER_ROWS.reply];
  const paragraphTexts = [
    hasLoans ? bodyText : t("notice.letter.body.none", { period: input.period }),
    t("notice.letter.repay"),
    t("notice.letter.extend"),
    t("notice.letter.recover"),
    t("notice.letter.reply"),
  ];
  const rowHeights: Record<number, number> = { [LETTER_ROWS.title]: 30, [rows.header]: 30 };
  paragraphs.forEach((r, i) => (rowHeights[r] = paragraphHeight(paragraphTexts[i] ?? "")));

  const handlingTop = `${col("handling")}${rows.first}`;
  const personTop = `${col("responsible")}${rows.first}`;
  const maturityTop = `${col("maturity")}${rows.first}`;
  return {
    name: input.sheetName,
    rows: grid,
    formats,
    merges: [...letterRows, ...paragraphs, LETTER_ROWS.scheduleTitle].map(wide),
    columnWidths: NOTICE_COLUMNS.map((c) => WIDTHS[c]),
    rowHeights,
    validations: hasLoans ? [{ range: range("handling"), list: [...HANDLING_METHODS] }] : [],
    conditionalFormats: hasLoans
      ? [
          {
            range: range("responsible"),
            formula: `=AND(TRIM($${handlingTop})="${RECOVERY}",LEN(TRIM($${personTop}))=0)`,
            style: { fill: NOTICE_FILLS.missingPerson, fontColor: NOTICE_FILLS.missingPersonFont },
          },
          {
            range: range("handling"),
            formula: `=AND(LEN(TRIM($${handlingTop}))=0,$${maturityTop}<=TODAY())`,
            style: { fill: NOTICE_FILLS.undecided },
          },
        ]
      : [],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, rows.total, LAST_COL),
      printTitleRows: `${rows.header}:${rows.header}`,
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: "#2F75B5",
  };
}
