import { cliMessages, type CliMessageId } from "../core/messages/cli-messages";
import { fill, type Locale, type MessageParams } from "../core/messages/message";

/**
 * The command line's strings. The CLI table is looked up directly (not through
 * the merged catalogue) so that the command line does not depend on when the
 * table is merged; the text is the same either way.
 */
export function cliText(id: CliMessageId, params?: MessageParams, locale: Locale = "zh-CN"): string {
  return fill(cliMessages[id][locale], params);
}

/** Chinese and English side by side, for the help page. */
export function bilingual(id: CliMessageId, params?: MessageParams): string {
  const zh = cliText(id, params, "zh-CN");
  const en = cliText(id, params, "en-US");
  return zh === en ? zh : `${zh} / ${en}`;
}
