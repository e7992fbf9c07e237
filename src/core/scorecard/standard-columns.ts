import type { ScoreMessageId } from "../messages/score-messages";

/** The columns of the 评分标准 sheet, in the order the add-in writes them. */
export const STANDARD_COLUMNS = [
  "category",
  "item",
  "points",
  "description",
  "perOccurrence",
  "cap",
  "sources",
  "special",
  "mode",
  "veto",
] as const;
export type StandardColumn = (typeof STANDARD_COLUMNS)[number];

export const STANDARD_COLUMN_LABEL: Readonly<Record<StandardColumn, ScoreMessageId>> = {
  category: "score.col.category",
  item: "score.col.item",
  points: "score.col.points",
  description: "score.col.description",
  perOccurrence: "score.col.per-occurrence",
  cap: "score.col.cap",
  sources: "score.col.sources",
  special: "score.col.special",
  mode: "score.col.mode",
  veto: "score.col.veto",
};

/** Columns without which the sheet cannot be read. */
export const REQUIRED_STANDARD_COLUMNS: readonly StandardColumn[] = ["item", "points", "perOccurrence"];

/** The parameters below the items, in the order written. */
export const STANDARD_PARAMS = ["excellent", "good", "pass", "threshold", "amount", "days"] as const;
export type StandardParam = (typeof STANDARD_PARAMS)[number];

export const STANDARD_PARAM_LABEL: Readonly<Record<StandardParam, ScoreMessageId>> = {
  excellent: "score.param.excellent",
  good: "score.param.good",
  pass: "score.param.pass",
  threshold: "score.param.threshold",
  amount: "score.param.amount",
  days: "score.param.days",
};
