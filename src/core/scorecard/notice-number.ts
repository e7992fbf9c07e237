import { scoreText } from "../messages/score-messages";
import { toHalfWidth } from "../values/normalize-text";

/** `〔2026〕第001号`: the year in hexagonal brackets and a three-digit number, as official documents are numbered. */
export function formatNoticeNumber(year: number, seq: number): string {
  return scoreText("score.notice.number", { year, n: String(seq).padStart(3, "0") });
}

/** The year and number of a notice number as written (also with [] or () brackets), or null. */
export function parseNoticeNumber(text: string): { year: number; seq: number } | null {
  const m = /[〔[(（]\s*(\d{4})\s*[〕\])）]\s*第?\s*(\d{1,6})\s*号?/.exec(toHalfWidth(text));
  if (m === null || m[1] === undefined || m[2] === undefined) return null;
  return { year: Number(m[1]), seq: Number(m[2]) };
}
