import type { RuleId } from "../findings/finding";
import { LEDGER_RULES } from "../ledger/rules/index";
import type { Locale } from "../messages/message";
import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { dayToChinese, dayToIso, type Day } from "../values/day";
import type { BranchScore } from "./compute-scores";
import type { EvidenceEntry } from "./count-occurrences";
import { HEADER_FILL } from "./sheet-styles";

export interface NoticeSheetInput {
  readonly name: string;
  readonly number: string;
  readonly branch: string;
  readonly score: BranchScore;
  /** The branch's evidence entries still counted (not set aside), for the problems found. */
  readonly entries: readonly EvidenceEntry[];
  readonly asOf: Day;
  /** The inspection date (the day the notice is issued). */
  readonly issued: Day;
  /** Rectification deadline: issued + the standard's 整改期限. */
  readonly deadline: Day;
  readonly threshold: number;
  readonly amount: number;
  readonly locale?: Locale;
}

/** Loan numbers named per item before "… and N in all". */
const KEYS_LISTED = 10;
const RULE_TEXT: ReadonlyMap<RuleId, string> = new Map(LEDGER_RULES.map((r) => [r.id, r.description]));
const LAST = 3;

/**
 * 限期整改通知书 to one branch under the threshold: its number, the branch
 * addressed, the score, grade and penalty, each item that lost points with
 * what was found (how many loans, which problems, which 借据号), the deadline
 * and a reply block for the branch to return. A notice is a document that is
 * sent, so it holds the values of the scoring it was issued for, not
 * formulas: setting a finding aside afterwards does not rewrite a notice.
 */
export function buildNoticeSheet(input: NoticeSheetInput): SheetModel {
  const locale = input.locale ?? "zh-CN";
  const t = (id: ScoreMessageId, params?: Record<string, string | number>): string => scoreText(id, params, locale);
  const date = (d: Day): string => (locale === "zh-CN" ? dayToChinese(d) : dayToIso(d));
  const rows: ModelCell[][] = [];
  const merges: string[] = [];
  const formats: { range: string; style: CellStyle }[] = [];
  const heights: Record<number, number> = {};
  const line = (cells: ModelCell[], merge = true, style?: CellStyle, height?: number): number => {
    rows.push(cells);
    const r = rows.length;
    if (merge) merges.push(rangeAddress(r, 0, r, LAST));
    if (style !== undefined) formats.push({ range: rangeAddress(r, 0, r, LAST), style });
    if (height !== undefined) heights[r] = height;
    return r;
  };

  line([t("score.notice.title")], true, { bold: true, fontSize: 18, hAlign: "center", vAlign: "middle" }, 36);
  line([input.number], true, { hAlign: "right" });
  line([]);
  line([t("score.notice.to", { branch: input.branch })], true, { bold: true, fontSize: 12 });
  line(
    [
      t("score.notice.body", {
        asOf: date(input.asOf),
        date: date(input.issued),
        score: input.score.total,
        grade: input.score.grade,
        threshold: input.threshold,
        amount: input.amount,
      }),
    ],
    true,
    { wrap: true, vAlign: "top" },
    64,
  );

  const header = line(
    [t("score.notice.col.no"), t("score.notice.col.item"), t("score.notice.col.lost"), t("score.notice.col.problems")],
    false,
    { bold: true, fill: HEADER_FILL, hAlign: "center", border: "thin" },
  );
  let n = 0;
  for (const item of input.score.items) {
    if (item.deduction <= 0) continue;
    n++;
    const r = line(
      [n, item.item, item.deduction, problemsOf(item.item, item.manual, item.occurrences + item.specialOccurrences)],
      false,
    );
    heights[r] = 44;
  }
  if (input.score.vetoed) {
    n++;
    line([n, t("score.notice.veto"), null, null], false);
  }
  const lastItem = rows.length;
  if (lastItem > header) {
    formats.push(
      { range: rangeAddress(header + 1, 0, lastItem, LAST), style: { border: "thin", vAlign: "top" } },
      { range: rangeAddress(header + 1, 0, lastItem, 0), style: { hAlign: "center" } },
      { range: rangeAddress(header + 1, 2, lastItem, 2), style: { hAlign: "center" } },
      { range: rangeAddress(header + 1, 3, lastItem, 3), style: { wrap: true, fontSize: 9 } },
    );
  }

  line([]);
  line([t("score.notice.demand", { deadline: date(input.deadline) })], true, { wrap: true, vAlign: "top" }, 48);
  line([]);
  const issuer = line([null, null, t("score.notice.issuer")], false, { hAlign: "right" });
  merges.push(rangeAddress(issuer, 2, issuer, LAST));
  const issuedRow = line([null, null, date(input.issued)], false, { hAlign: "right" });
  merges.push(rangeAddress(issuedRow, 2, issuedRow, LAST));
  line([]);

  line([t("score.notice.reply")], true, { bold: true, fontSize: 12, hAlign: "center", border: "thin" }, 24);
  line([t("score.notice.reply.measures")], true, { vAlign: "top", border: "thin" }, 90);
  line([t("score.notice.reply.result")], true, { vAlign: "top", border: "thin" }, 60);
  line([t("score.notice.reply.head")], true, { vAlign: "bottom", border: "thin" }, 30);
  const replied = line([t("score.notice.reply.date")], true, { vAlign: "bottom", border: "thin" }, 30);

  return {
    name: input.name,
    rows,
    formats,
    merges,
    columnWidths: [6, 18, 8, 58],
    rowHeights: heights,
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, replied, LAST),
      printTitleRows: `${header}:${header}`,
      margins: { top: 0.8, bottom: 0.8, left: 0.7, right: 0.7 },
      centerHorizontally: true,
    },
    tabColor: "#C00000",
  };

  function problemsOf(item: string, manual: boolean, count: number): string {
    if (manual) return t("score.notice.manual", { count });
    const entries = input.entries.filter((e) => e.item === item);
    const kinds: string[] = [];
    for (const e of entries) {
      for (const rule of e.rules) {
        const text = RULE_TEXT.get(rule) ?? rule;
        if (!kinds.includes(text)) kinds.push(text);
      }
    }
    const keys = entries.map((e) => e.key ?? e.customer ?? "").filter((k) => k !== "");
    const listed = keys.slice(0, KEYS_LISTED).join("、");
    const more = keys.length > KEYS_LISTED ? t("score.notice.more", { count: keys.length }) : "";
    return t("score.notice.loans", { count: entries.length, kinds: kinds.join("、"), keys: listed + more });
  }
}
