import { compactText } from "../values/normalize-text";
import { COLUMN_CATALOGUE } from "./column-catalogue";
import { COLUMN_KEYS, type ColumnKey } from "./ledger-types";

/**
 * Bracketed words that change what a column means (the period it is about),
 * so they are kept when brackets are dropped: `五级分类（上期）` must not read
 * as `五级分类`. Every other bracketed text is a unit or a note (`（万元）`,
 * `(身份证/统一社会信用代码)`, `【必填】`) and is dropped.
 */
const KEPT_QUALIFIERS: ReadonlySet<string> = new Set([
  "上期",
  "本期",
  "当期",
  "上月",
  "本月",
  "当月",
  "上年",
  "本年",
  "当年",
  "去年",
  "上年末",
  "上季",
  "上季度",
  "本季",
  "本季度",
  "年初",
  "期初",
  "期末",
  "月初",
  "月末",
  "季初",
  "季末",
  "原",
  "旧",
  "新",
  "作废",
  "调整前",
  "调整后",
  "当前",
  "最新",
  "上次",
  "本次",
  "首次",
  "最近",
]);

/** An innermost bracket pair (after toHalfWidth: （）→(), 【】→[]); 〔〕 has no half-width form. */
const INNERMOST_BRACKETS = /\(([^()[\]〔〕]*)\)|\[([^()[\]〔〕]*)\]|〔([^()[\]〔〕]*)〕/g;
/** Required-field markers before or after a header (`★客户名称`, `*借据号`, `客户名称*`). */
const LEADING_MARKS = /^[★☆*※▲△●]+/;
const TRAILING_MARKS = /[:*★☆]+$/;
/** Zero-width characters survive `\s` and come with text pasted from web pages. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;

function dropBrackets(text: string): string {
  return text.replace(INNERMOST_BRACKETS, (_whole, a?: string, b?: string, c?: string) => {
    const inner = a ?? b ?? c ?? "";
    return KEPT_QUALIFIERS.has(inner) ? inner : "";
  });
}

/**
 * The comparison form of a header: half-width, no whitespace or line breaks,
 * Latin letters in lower case, bracketed units and notes removed (period
 * words such as `（上期）` kept without their brackets), required-field marks
 * and trailing colons removed. Applying it twice gives the same text: each
 * step runs until nothing changes.
 */
export function normalizeHeader(text: string): string {
  let current = compactText(text).replace(ZERO_WIDTH, "").toLowerCase();
  for (;;) {
    const next = dropBrackets(current).replace(LEADING_MARKS, "").replace(TRAILING_MARKS, "");
    if (next === current) return current;
    current = next;
  }
}

/**
 * Words that may stand before a catalogue term without changing which column
 * it is: `期末贷款余额` is the balance, `合同到期日` the maturity,
 * `借款人证件号码` the ID number. Only words that name the loan, the
 * borrower or the current period are here; anything else (展期, 保险, 上期,
 * 逾期 …) leaves the header unmapped.
 */
const NEUTRAL_PREFIXES: readonly string[] = [
  "本期末",
  "本月末",
  "借款人",
  "贷款",
  "借款",
  "借据",
  "本笔",
  "合同",
  "当前",
  "目前",
  "期末",
  "月末",
  "本期",
  "本月",
  "当期",
  "实际",
  "最新",
  "客户",
  "现",
];
/** Words that may follow a term: the period (`五级分类（本期）` → 五级分类本期) or 姓名/名称 after a person or unit. */
const NEUTRAL_SUFFIXES: readonly string[] = ["本期", "当前", "最新", "姓名", "名称"];
/** A core shorter than this after removing affixes is too generic to trust. */
const MIN_CORE_LENGTH = 2;
/** Longer text in a header row is a title or a note, not a column name. */
const MAX_HEADER_LENGTH = 80;

function buildExactMap(): ReadonlyMap<string, ColumnKey> {
  const map = new Map<string, ColumnKey>();
  // Labels first, so a label always wins over another column's synonym.
  for (const key of COLUMN_KEYS) {
    const label = normalizeHeader(COLUMN_CATALOGUE[key].label);
    if (label !== "" && !map.has(label)) map.set(label, key);
  }
  for (const key of COLUMN_KEYS) {
    for (const synonym of COLUMN_CATALOGUE[key].synonyms) {
      const term = normalizeHeader(synonym);
      if (term !== "" && !map.has(term)) map.set(term, key);
    }
  }
  return map;
}

/** Normalised label or synonym → column; built once, looked up for every header cell. */
const EXACT: ReadonlyMap<string, ColumnKey> = buildExactMap();

/**
 * Matches `neutral prefix? + term + neutral suffix?`. All ways of splitting
 * the header are tried; if they lead to different columns the header is
 * ambiguous and stays unmapped.
 */
function matchWithAffixes(header: string): ColumnKey | null {
  let found: ColumnKey | null = null;
  for (const prefix of ["", ...NEUTRAL_PREFIXES]) {
    if (prefix !== "" && !header.startsWith(prefix)) continue;
    const afterPrefix = header.slice(prefix.length);
    for (const suffix of ["", ...NEUTRAL_SUFFIXES]) {
      if (prefix === "" && suffix === "") continue;
      if (suffix !== "" && !afterPrefix.endsWith(suffix)) continue;
      const core = afterPrefix.slice(0, afterPrefix.length - suffix.length);
      if (core.length < MIN_CORE_LENGTH) continue;
      const key = EXACT.get(core);
      if (key === undefined) continue;
      if (found !== null && found !== key) return null;
      found = key;
    }
  }
  return found;
}

/** Results by raw header text: re-reading a sheet (after the user edits the mapping) sees the same headers. */
const memo = new Map<string, ColumnKey | null>();
const MEMO_LIMIT = 4096;

/**
 * The column a header cell names, or null.
 *
 * 1. Exact: the normalised header equals a normalised label or synonym.
 * 2. Careful contains: the header is a term with a neutral word before
 *    and/or after it (NEUTRAL_PREFIXES / NEUTRAL_SUFFIXES), and every such
 *    reading names the same column.
 *
 * Nothing looser is tried, because a header that merely contains a term
 * often means something else: 逾期本金 is not 贷款本金 (amount), 年初余额 is
 * not the balance, 上期五级分类 is not this period's class, 展期到期日 is not
 * the maturity. Those stay unmapped and the user can map them by hand.
 */
export function matchHeader(text: unknown): ColumnKey | null {
  if (typeof text !== "string" || text.length > MAX_HEADER_LENGTH) return null;
  const remembered = memo.get(text);
  if (remembered !== undefined) return remembered;
  const header = normalizeHeader(text);
  const result = header === "" ? null : (EXACT.get(header) ?? matchWithAffixes(header));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, result);
  return result;
}
