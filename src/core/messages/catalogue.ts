import { fill, type Locale, type MessageParams, type MessageText } from "./message";
import { adapterMessages } from "./adapter-messages";
import { classificationMessages } from "./classification-messages";
import { usecaseMessages } from "./usecase-messages";
import { paneMessages } from "./pane-messages";
import { previewMessages } from "./preview-messages";
import { cliMessages } from "./cli-messages";
import { functionMessages } from "./functions-messages";
import { ledgerReadMessages } from "./ledger-read-messages";
import { ledgerRuleMessages } from "./ledger-rule-messages";
import { noticeMessages } from "./notice-messages";
import { scoreMessages } from "./score-messages";
import { targetMessages } from "./target-messages";
import { uiMessages } from "./ui-messages";
import { warningMessages } from "./warning-messages";

/**
 * The one message catalogue: every user-facing string of the add-in, zh-CN
 * first with en-US beside it. Each area keeps its own table (so that work on
 * one feature does not collide with another) and they are merged here; ids
 * are prefixed by area and must be unique across tables.
 */
export const CATALOGUE = {
  ...functionMessages,
  ...adapterMessages,
  ...cliMessages,
  ...paneMessages,
  ...previewMessages,
  ...usecaseMessages,
  ...classificationMessages,
  ...ledgerReadMessages,
  ...ledgerRuleMessages,
  ...scoreMessages,
  ...noticeMessages,
  ...targetMessages,
  ...uiMessages,
  ...warningMessages,
} satisfies Record<string, MessageText>;

export type MessageId = keyof typeof CATALOGUE;

export function message(id: MessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(CATALOGUE[id][locale], params);
}
