import type { Locale } from "../messages/message";
import { noticeText, type NoticeMessageId } from "../messages/notice-messages";
import { cellAddress, columnLetters, quoteSheetName, rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToChinese, dayToExcelSerial, dayToIso, type Day } from "../values/day";
import { HANDLING_METHODS, RECOVERY } from "./handling-method";
import { noticeColumn, scheduleRows, type NoticeColumn } from "./notice-layout";
import { NOTICE_FILLS } from "./notice-sheet";
import { stillOutstanding, type LedgerNow, type UndecidedLoan } from "./undecided";

/** A branch's notice as the summary counts it: where its 附表 is. */
export interface SummaryBranch {
  readonly branch: string;
  /** The sheet the notice was written to (writeOwnedSheet may have given it another name). */
  readonly sheet: string;
  readonly loanCount: number;
}

export interface NoticeSummaryInput {
  readonly sheetName: string;
  readonly period: string;
  readonly asOf: Day;
  readonly issued: Day;
  /** The ledger sheet the notices come from. */
  readonly ledgerSheet: string;
  readonly amountUnit: "元" | "万元" | null;
  readonly branches: readonly SummaryBranch[];
  /** 已到期未定处理方式, with where each loan stands in the ledger now (by match key). */
  readonly undecided: readonly UndecidedLoan[];
  readonly now?: ReadonlyMap<string, LedgerNow>;
  readonly date1904?: boolean;
  readonly locale?: Locale;
}

/** The columns of the by-branch block, A onwards. */
const BRANCH_COLUMNS = ["branch", "count", "balance", ...HANDLING_METHODS, "blank", "noPerson"] as const;
/** The columns of the 已到期未定处理方式 block. */
export const UNDECIDED_COLUMNS = [
  "branch",
  "customer",
  "loanNo",
  "balance",
  "maturity",
  "officer",
  "class",
  "status",
] as const;
export type UndecidedColumn = (typeof UNDECIDED_COLUMNS)[number];

export const UNDECIDED_LABELS: Readonly<Record<UndecidedColumn, NoticeMessageId>> = {
  branch: "notice.summary.col.branch",
  customer: "notice.col.customer",
  loanNo: "notice.col.loanNo",
  balance: "notice.col.balance",
  maturity: "notice.col.maturity",
  officer: "notice.col.officer",
  class: "notice.col.class",
  status: "notice.summary.col.status",
};

const WIDTHS = [20, 20, 18, 12, 12, 12, 10, 26, 16];
const LAST_COL = WIDTHS.length - 1;

export const SUMMARY_FILLS = { header: "#D9E1F2", total: "#F2F2F2", undecided: NOTICE_FILLS.undecided } as const;

function amount(n: number): string {
  return n.toFixed(2);
}

/**
 * The 到期提示汇总 sheet: per branch, how many loans mature and for how much,
 * and how many of each 处理方式 the branch has chosen so far — all native
 * COUNTIF / SUMIF formulas over the branches' 附表 ranges, so the figures
 * follow as the branches fill in their drop-downs, with or without the
 * add-in; then the same by 处理方式; then the loans of earlier notices that
 * matured with no decision (已到期未定处理方式), with where each stands in the
 * ledger now.
 */
export function buildNoticeSummarySheet(input: NoticeSummaryInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: NoticeMessageId, params?: Parameters<typeof noticeText>[1]): string => noticeText(id, params, locale);
  const showDay = locale === "zh-CN" ? dayToChinese : dayToIso;
  const grid: ModelCell[][] = [];
  const formats: { range: string; style: CellStyle }[] = [];
  const merges: string[] = [];
  const wide = (row: number): string => rangeAddress(row, 0, row, LAST_COL);
  const put = (row: number, column: number, cell: ModelCell): void => {
    const cells = (grid[row - 1] ??= []);
    while (cells.length < column) cells.push(null);
    cells[column] = cell;
  };
  const heading = (row: number, text: string): void => {
    put(row, 0, text);
    merges.push(wide(row));
    formats.push({ range: wide(row), style: { bold: true, fontSize: 12 } });
  };
  const rowHeights: Record<number, number> = { 1: 28, 2: 30 };
  const headerRow = (row: number, labels: readonly string[]): void => {
    labels.forEach((label, i) => put(row, i, label));
    // Two lines: headers such as 贷款余额（万元） wrap in their column.
    rowHeights[row] = 30;
    formats.push({
      range: rangeAddress(row, 0, row, labels.length - 1),
      style: { bold: true, fill: SUMMARY_FILLS.header, hAlign: "center", wrap: true, border: "thin" },
    });
  };
  const unit =
    input.amountUnit === null
      ? ""
      : noticeText("notice.col.unit", { label: "", unit: input.amountUnit }, locale).trim();

  put(1, 0, t("notice.summary.title", { period: input.period }));
  merges.push(wide(1));
  formats.push({ range: wide(1), style: { bold: true, fontSize: 16, hAlign: "center" } });
  put(
    2,
    0,
    t("notice.summary.info", { asOf: showDay(input.asOf), ledger: input.ledgerSheet, issued: showDay(input.issued) }),
  );
  merges.push(wide(2));
  formats.push({ range: wide(2), style: { fontColor: "#595959", wrap: true } });

  // ---- 一、分机构到期情况
  let row = 4;
  heading(row, t("notice.summary.by-branch"));
  row++;
  const labels: Record<(typeof BRANCH_COLUMNS)[number], string> = {
    branch: t("notice.summary.col.branch"),
    count: t("notice.summary.col.count"),
    balance: `${t("notice.summary.col.balance")}${unit}`,
    按期收回: "按期收回",
    展期: "展期",
    借新还旧: "借新还旧",
    清收保全: "清收保全",
    blank: t("notice.summary.col.blank"),
    noPerson: t("notice.summary.col.no-responsible"),
  };
  headerRow(
    row,
    BRANCH_COLUMNS.map((c) => labels[c]),
  );
  const firstBranchRow = row + 1;
  const ranges = input.branches.map((b) => {
    const rows = scheduleRows(b.loanCount);
    const sheet = quoteSheetName(b.sheet);
    const r = (c: NoticeColumn): string | null =>
      b.loanCount === 0
        ? null
        : `${sheet}!${columnLetters(noticeColumn(c))}${rows.first}:${columnLetters(noticeColumn(c))}${rows.last}`;
    return { handling: r("handling"), balance: r("balance"), person: r("responsible") };
  });
  input.branches.forEach((b, i) => {
    row++;
    const { handling, balance, person } = ranges[i] ?? { handling: null, balance: null, person: null };
    const f = (formula: string | null): ModelCell => (formula === null ? 0 : { formula: `=${formula}` });
    const cells: ModelCell[] = [
      { text: b.branch, link: { sheet: b.sheet, cell: "A1" } },
      f(balance && `COUNT(${balance})`),
      f(balance && `SUM(${balance})`),
      ...HANDLING_METHODS.map((m) => f(handling && `COUNTIF(${handling},"${m}")`)),
      f(handling && `COUNTBLANK(${handling})`),
      f(handling && person && `COUNTIFS(${handling},"${RECOVERY}",${person},"")`),
    ];
    cells.forEach((cell, c) => put(row, c, cell));
  });
  const lastBranchRow = row;
  row++;
  const branchTotalRow = row;
  put(row, 0, t("notice.total"));
  for (let c = 1; c < BRANCH_COLUMNS.length; c++) {
    const letter = columnLetters(c);
    put(
      row,
      c,
      input.branches.length === 0 ? 0 : { formula: `=SUM(${letter}${firstBranchRow}:${letter}${lastBranchRow})` },
    );
  }
  const branchTable = rangeAddress(firstBranchRow - 1, 0, branchTotalRow, BRANCH_COLUMNS.length - 1);
  formats.push(
    { range: branchTable, style: { border: "thin" } },
    {
      range: rangeAddress(branchTotalRow, 0, branchTotalRow, BRANCH_COLUMNS.length - 1),
      style: { bold: true, fill: SUMMARY_FILLS.total },
    },
    { range: rangeAddress(firstBranchRow, 2, branchTotalRow, 2), style: { numberFormat: "#,##0.00" } },
    { range: rangeAddress(firstBranchRow, 1, branchTotalRow, 1), style: { hAlign: "center" } },
    {
      range: rangeAddress(firstBranchRow, 3, branchTotalRow, BRANCH_COLUMNS.length - 1),
      style: { hAlign: "center" },
    },
  );

  // ---- 二、按处理方式汇总
  row += 2;
  heading(row, t("notice.summary.by-handling"));
  row++;
  headerRow(row, [
    t("notice.col.handling"),
    t("notice.summary.col.handling-count"),
    `${t("notice.summary.col.handling-balance")}${unit}`,
  ]);
  const firstHandlingRow = row + 1;
  const sumIf = (criterion: string): ModelCell => {
    const parts = ranges
      .filter((r) => r.handling !== null && r.balance !== null)
      .map((r) => `SUMIF(${r.handling},"${criterion}",${r.balance})`);
    return parts.length === 0 ? 0 : { formula: `=${parts.join("+")}` };
  };
  HANDLING_METHODS.forEach((method, i) => {
    row++;
    put(row, 0, method);
    put(row, 1, { formula: `=${cellAddress(branchTotalRow, 3 + i)}` });
    put(row, 2, sumIf(method));
  });
  row++;
  put(row, 0, t("notice.summary.handling.blank"));
  put(row, 1, { formula: `=${cellAddress(branchTotalRow, 3 + HANDLING_METHODS.length)}` });
  put(row, 2, sumIf(""));
  row++;
  const handlingTotalRow = row;
  put(row, 0, t("notice.total"));
  put(row, 1, { formula: `=SUM(B${firstHandlingRow}:B${handlingTotalRow - 1})` });
  put(row, 2, { formula: `=SUM(C${firstHandlingRow}:C${handlingTotalRow - 1})` });
  formats.push(
    { range: rangeAddress(firstHandlingRow - 1, 0, handlingTotalRow, 2), style: { border: "thin" } },
    { range: rangeAddress(handlingTotalRow, 0, handlingTotalRow, 2), style: { bold: true, fill: SUMMARY_FILLS.total } },
    { range: rangeAddress(firstHandlingRow, 1, handlingTotalRow, 1), style: { hAlign: "center" } },
    { range: rangeAddress(firstHandlingRow, 2, handlingTotalRow, 2), style: { numberFormat: "#,##0.00" } },
  );

  // ---- 三、已到期未定处理方式
  row += 2;
  heading(row, t("notice.summary.undecided", { count: input.undecided.length }));
  formats.push({ range: wide(row), style: { fontColor: input.undecided.length > 0 ? "#9C0006" : "#000000" } });
  row++;
  headerRow(
    row,
    UNDECIDED_COLUMNS.map((c) => (c === "balance" ? `${t(UNDECIDED_LABELS[c])}${unit}` : t(UNDECIDED_LABELS[c]))),
  );
  const undecidedHeader = row;
  if (input.undecided.length === 0) {
    row++;
    put(row, 0, t("notice.summary.undecided.none"));
    merges.push(rangeAddress(row, 0, row, UNDECIDED_COLUMNS.length - 1));
  }
  for (const loan of input.undecided) {
    row++;
    const now = input.now?.get(loan.match);
    const status = stillOutstanding(now)
      ? t("notice.status.outstanding", {
          balance: now.balance === null ? "—" : amount(now.balance),
          maturity: now.maturity === null ? "—" : dayToIso(now.maturity),
        })
      : t("notice.status.settled");
    const cells: Record<UndecidedColumn, ModelCell> = {
      branch: loan.branch,
      customer: loan.customer,
      loanNo: loan.loanNo,
      balance: loan.balance,
      maturity: dayToExcelSerial(loan.maturity, input.date1904 ?? false),
      officer: loan.officer,
      class: loan.loanClass,
      status,
    };
    UNDECIDED_COLUMNS.forEach((c, i) => put(row, i, cells[c]));
  }
  const lastCol = UNDECIDED_COLUMNS.length - 1;
  formats.push({ range: rangeAddress(undecidedHeader, 0, row, lastCol), style: { border: "thin" } });
  if (input.undecided.length > 0) {
    formats.push(
      { range: rangeAddress(undecidedHeader + 1, 0, row, lastCol), style: { fill: SUMMARY_FILLS.undecided } },
      { range: rangeAddress(undecidedHeader + 1, 2, row, 2), style: { numberFormat: "@" } },
      { range: rangeAddress(undecidedHeader + 1, 3, row, 3), style: { numberFormat: "#,##0.00" } },
      { range: rangeAddress(undecidedHeader + 1, 4, row, 4), style: { numberFormat: "yyyy-mm-dd", hAlign: "center" } },
    );
  }

  return {
    name: input.sheetName,
    rows: grid,
    formats,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, row, LAST_COL),
      margins: { top: 0.6, bottom: 0.6, left: 0.4, right: 0.4 },
      centerHorizontally: true,
    },
    tabColor: "#2F75B5",
  };
}

/** Where the undecided block's header is, for reading it back (its title row is found by label). */
export function undecidedHeaderLabels(locale: Locale): string[] {
  return UNDECIDED_COLUMNS.map((c) => noticeText(UNDECIDED_LABELS[c], {}, locale));
}
