import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { isBlank, type CellValue } from "../values/cell-value";
import { normalizeText } from "../values/normalize-text";
import { YES, type EvidenceMark } from "./evidence-sheet";

/**
 * What identifies one evidence row across runs: the item and the loan's
 * 借据号 (its ledger row can move when the ledger is corrected), or the
 * customer when the loan has no 借据号.
 */
export function evidenceMarkKey(item: string, key: string | null, customer: string | null): string {
  const loanNo = normalizeText(key ?? "");
  const loan = loanNo !== "" ? `#${loanNo}` : `@${normalizeText(customer ?? "")}`;
  return `${normalizeText(item)}\u0000${loan}`;
}

const LOCALES = ["zh-CN", "en-US"] as const;
const label = (id: ScoreMessageId): string[] => LOCALES.map((l) => normalizeText(scoreText(id, {}, l)));

/** A cell as the inspector typed it, trimmed (a reason keeps its full-width punctuation). */
function typed(value: CellValue | undefined): string {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

function text(value: CellValue | undefined): string {
  if (value === null || value === undefined || isBlank(value)) return "";
  if (typeof value === "string") return normalizeText(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * The inspector's 剔除 marks and reasons on an evidence sheet the add-in
 * wrote before (values from A1), by evidenceMarkKey. The columns are found by
 * their headers, so a column the user inserted does not shift them. A 剔除
 * cell reading 是 after trimming is kept as exactly 是, so that the COUNTIFS
 * of the rewritten sheet and the core agree on it; anything else typed there
 * is kept as typed and sets nothing aside (the COUNTIFS would not either).
 * Rows with neither mark nor reason are left out.
 */
export function readEvidenceMarks(values: readonly (readonly CellValue[])[]): Map<string, EvidenceMark> {
  const marks = new Map<string, EvidenceMark>();
  const headers = {
    item: label("score.col.item"),
    key: label("score.evidence.col.key"),
    customer: label("score.evidence.col.customer"),
    excluded: label("score.evidence.col.excluded"),
    reason: label("score.evidence.col.reason"),
  };
  let columns: Record<keyof typeof headers, number> | null = null;
  for (const row of values) {
    if (columns === null) {
      const find = (names: string[]): number => row.findIndex((c) => names.includes(text(c)));
      const found = {
        item: find(headers.item),
        key: find(headers.key),
        customer: find(headers.customer),
        excluded: find(headers.excluded),
        reason: find(headers.reason),
      };
      if (found.item >= 0 && found.excluded >= 0 && found.key >= 0) columns = found;
      continue;
    }
    const item = text(row[columns.item]);
    if (item === "") continue;
    const excludedText = typed(row[columns.excluded]);
    const excluded = excludedText === YES ? YES : excludedText;
    const reason = columns.reason >= 0 ? typed(row[columns.reason]) : "";
    if (excluded === "" && reason === "") continue;
    const key = text(row[columns.key]);
    const customer = columns.customer >= 0 ? text(row[columns.customer]) : "";
    marks.set(evidenceMarkKey(item, key === "" ? null : key, customer === "" ? null : customer), {
      excluded,
      reason,
    });
  }
  return marks;
}
