/**
 * The risk conditions (风险情形) that put a floor under a loan's class,
 * besides overdue days (2023 Measures 第十一条–第十四条; rules.md §1.2–1.3).
 * The order here is the order reasons are reported in.
 */
export const CONDITIONS = [
  "技术性逾期",
  "挪用",
  "借新还旧",
  "他行不良",
  "重组",
  "减值",
  "评级大幅下调",
  "他行逾期超20%",
  "再次重组",
  "逃废债",
  "破产清算",
] as const;
export type Condition = (typeof CONDITIONS)[number];

export type ParsedConditions = { ok: true; conditions: readonly Condition[] } | { ok: false; unknown: string };

/** Words people actually type for a condition, after half-width normalisation. */
// A Map, not an object literal, so that a cell saying `constructor` is unknown
// rather than matching Object.prototype.
const SYNONYMS: ReadonlyMap<string, Condition> = new Map<string, Condition>([
  ["信用减值", "减值"],
  ["已减值", "减值"],
  ["技术逾期", "技术性逾期"],
  ["破产", "破产清算"],
  ["逃废", "逃废债"],
  ["他行逾期超过20%", "他行逾期超20%"],
]);

// Commas, 顿号 and semicolons in both widths, and any whitespace; JS `\s`
// already covers U+3000 (ideographic space) and line breaks from Alt+Enter.
const SEPARATORS = /[,，、;；\s]+/u;

/**
 * Reads a cell listing conditions, e.g. `挪用、重组` or `减值；逃废债`.
 * A word it does not know is reported, never dropped: silently ignoring a
 * mistyped 破产清算 would understate the class. Duplicates collapse and the
 * result is in CONDITIONS order, so equal sets compare equal.
 */
export function parseConditions(text: string | null | undefined): ParsedConditions {
  if (text === null || text === undefined) return { ok: true, conditions: [] };
  const found = new Set<Condition>();
  for (const word of text.split(SEPARATORS)) {
    if (word === "") continue;
    const condition = lookup(toHalfWidth(word));
    if (condition === undefined) return { ok: false, unknown: word };
    found.add(condition);
  }
  return { ok: true, conditions: CONDITIONS.filter((c) => found.has(c)) };
}

function lookup(word: string): Condition | undefined {
  const exact = CONDITIONS.find((c) => c === word);
  return exact ?? SYNONYMS.get(word);
}

/** Full-width ASCII (Ｕ+FF01–FF5E, e.g. `２０％`) to half-width, as a Chinese IME types it. */
function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
