import { COLUMN_KEYS } from "../ledger-types";
import { COLUMN_CATALOGUE, columnLabel } from "../column-catalogue";
import type { LedgerRule } from "./rule";

/** How many other spellings the hint offers: enough to recognise the column, not a wall of text. */
const SYNONYMS_SHOWN = 3;

/**
 * A required or recommended column the sheet does not have. One finding per
 * column, on the header row: a missing column is one problem, not one per
 * loan.
 */
export const headerMissing: LedgerRule = {
  id: "header-missing",
  description: "台账缺少必备列（错误）或建议列（警告）",
  checkLayout(ctx, report) {
    for (const key of COLUMN_KEYS) {
      const entry = COLUMN_CATALOGUE[key];
      if (entry.requirement === "optional" || ctx.binding(key) !== undefined) continue;
      // An English reader still needs the Chinese header to write in the sheet.
      const spellings = ctx.locale === "en-US" ? [entry.label, ...entry.synonyms] : entry.synonyms;
      const others = spellings.filter((s) => s !== columnLabel(key, ctx.locale)).slice(0, SYNONYMS_SHOWN);
      report({
        severity: entry.requirement === "required" ? "error" : "warning",
        column: key,
        message: "rule.header-missing",
        hint: others.length === 0 ? "rule.header-missing.hint-plain" : "rule.header-missing.hint",
        params: { label: columnLabel(key, ctx.locale), synonyms: others.join("、") },
        data: { columnKey: key },
      });
    }
  },
};
