import { noticeText } from "../messages/notice-messages";
import { isBlank, type CellValue } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { parseDate } from "../values/parse-date";
import { parseNumber } from "../values/parse-number";
import { noticeKey } from "./notice-key";
import { UNDECIDED_COLUMNS, UNDECIDED_LABELS, type UndecidedColumn } from "./notice-summary-sheet";
import type { UndecidedLoan } from "./undecided";

const LOCALES = ["zh-CN", "en-US"] as const;
/** The block's title up to its count: `三、已到期未定处理方式（` / `3. Matured without a handling decision (`. */
const TITLES = LOCALES.map((l) => compactText(noticeText("notice.summary.undecided", {}, l).split("{count}")[0] ?? ""));

function text(value: CellValue | undefined): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string" || isBlank(value)) return null;
  return value.trim();
}

/**
 * The loans the 到期提示汇总 sheet listed as 已到期未定处理方式, read back so
 * that a re-run keeps listing them after their notices were rewritten for
 * the next period. Empty when the sheet has no such block.
 */
export function readUndecidedBlock(
  values: readonly (readonly CellValue[])[],
  options: { readonly date1904?: boolean } = {},
): UndecidedLoan[] {
  const titleIndex = values.findIndex((row) => {
    const first = text(row[0]);
    return first !== null && TITLES.some((title) => title !== "" && compactText(first).startsWith(title));
  });
  const header = values[titleIndex + 1];
  if (titleIndex < 0 || header === undefined) return [];
  const at: Partial<Record<UndecidedColumn, number>> = {};
  for (const c of UNDECIDED_COLUMNS) {
    const labels = LOCALES.map((l) => compactText(noticeText(UNDECIDED_LABELS[c], {}, l)));
    const index = header.findIndex((cell) => {
      const shown = text(cell);
      return shown !== null && labels.some((label) => compactText(shown).startsWith(label));
    });
    if (index >= 0) at[c] = index;
  }
  const cell = (row: readonly CellValue[], c: UndecidedColumn): CellValue | undefined => {
    const index = at[c];
    return index === undefined ? undefined : row[index];
  };

  const loans: UndecidedLoan[] = [];
  for (const row of values.slice(titleIndex + 2)) {
    if (row.every((v) => isBlank(v))) break;
    const loanNo = text(cell(row, "loanNo"));
    const customer = text(cell(row, "customer"));
    const maturity = parseDate(cell(row, "maturity") ?? null, { date1904: options.date1904 ?? false });
    if ((loanNo === null && customer === null) || !maturity.ok) continue;
    const balance = parseNumber(cell(row, "balance") ?? null);
    loans.push({
      match: noticeKey(loanNo, customer, maturity.value),
      branch: text(cell(row, "branch")) ?? "",
      loanNo,
      customer,
      balance: balance.ok ? balance.value : null,
      maturity: maturity.value,
      officer: text(cell(row, "officer")),
      loanClass: text(cell(row, "class")),
    });
  }
  return loans;
}
