import { RULE_IDS, type Finding, type RuleId } from "../findings/finding";
import { COLUMN_CATALOGUE } from "../ledger/column-catalogue";
import { COLUMN_KEYS, type ColumnKey } from "../ledger/ledger-types";
import { compactText, toHalfWidth } from "../values/normalize-text";
import type { RuleSource } from "./scoring-standard";

/** Rules whose findings name a column (data.columnKey), so that a source may pick one column. */
const COLUMN_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "required-missing",
  "type-error",
  "enum-invalid",
  "header-missing",
]);

/** Flags a rule sets in its findings' data, usable as filters; each deducts at the item's 特别扣分. */
const FLAG_FILTERS: Readonly<Partial<Record<RuleId, readonly string[]>>> = {
  "class-below-floor": ["npl"],
};

const RULE_SET: ReadonlySet<string> = new Set<string>(RULE_IDS);

/** What is wrong with one token of a 自动来源规则 cell. */
export interface RuleSourceError {
  readonly token: string;
  readonly kind: "unknown-rule" | "unknown-filter" | "no-filter";
  /** The filters the token's rule accepts (for the message), empty when it takes none. */
  readonly allowed: readonly string[];
}

export interface ParsedRuleSources {
  readonly sources: readonly RuleSource[];
  readonly errors: readonly RuleSourceError[];
}

/**
 * Reads a 自动来源规则 cell: rule ids separated by commas (also ，、；; and
 * line breaks), each optionally followed by `:filter` — a column key
 * (`required-missing:officer`; the column's Chinese label 管户客户经理 is
 * accepted too) for rules that name a column, or a flag (`class-below-floor:npl`).
 * Full-width forms typed by a Chinese IME are accepted. Repeated tokens count once.
 */
export function parseRuleSources(text: string): ParsedRuleSources {
  const sources: RuleSource[] = [];
  const errors: RuleSourceError[] = [];
  const seen = new Set<string>();
  for (const raw of toHalfWidth(text).split(/[,，、;；\s]+/)) {
    const token = raw.trim();
    if (token === "") continue;
    const at = token.indexOf(":");
    const ruleText = (at < 0 ? token : token.slice(0, at)).trim().toLowerCase();
    const filterText = at < 0 ? null : token.slice(at + 1).trim();
    if (!RULE_SET.has(ruleText)) {
      errors.push({ token, kind: "unknown-rule", allowed: [] });
      continue;
    }
    const rule = ruleText as RuleId;
    const allowed = allowedFilters(rule);
    let source: RuleSource;
    if (filterText === null || filterText === "") {
      source = { rule, filter: null, special: false };
    } else {
      const filter = resolveFilter(rule, filterText);
      if (filter === null) {
        errors.push({ token, kind: allowed.length === 0 ? "no-filter" : "unknown-filter", allowed });
        continue;
      }
      source = filter;
    }
    const id = sourceText(source);
    if (seen.has(id)) continue;
    seen.add(id);
    sources.push(source);
  }
  return { sources, errors };
}

/** A source as the sheet writes it: `rule` or `rule:filter`. */
export function sourceText(source: RuleSource): string {
  return source.filter === null ? source.rule : `${source.rule}:${source.filter}`;
}

/** Sources as one cell of the 评分标准 sheet. */
export function formatRuleSources(sources: readonly RuleSource[]): string {
  return sources.map(sourceText).join(", ");
}

/** The filters a rule accepts after its colon. */
export function allowedFilters(rule: RuleId): readonly string[] {
  if (COLUMN_RULES.has(rule)) return COLUMN_KEYS;
  return FLAG_FILTERS[rule] ?? [];
}

/** Whether a finding is one the source counts. */
export function sourceMatches(source: RuleSource, finding: Finding): boolean {
  if (finding.rule !== source.rule) return false;
  if (source.filter === null) return true;
  const data = finding.data;
  if (data === undefined) return false;
  if (!source.special) return data["columnKey"] === source.filter;
  const flag = data[source.filter];
  return flag === true || flag === 1;
}

function resolveFilter(rule: RuleId, text: string): RuleSource | null {
  if (COLUMN_RULES.has(rule)) {
    const key = columnKeyOf(text);
    return key === null ? null : { rule, filter: key, special: false };
  }
  const flag = (FLAG_FILTERS[rule] ?? []).find((f) => f === text.toLowerCase());
  return flag === undefined ? null : { rule, filter: flag, special: true };
}

/** A column key written as the key (`officer`, any case) or as the column's Chinese label (`管户客户经理`). */
function columnKeyOf(text: string): ColumnKey | null {
  const direct = COLUMN_KEYS.find((k) => k.toLowerCase() === text.toLowerCase());
  if (direct !== undefined) return direct;
  const compact = compactText(text);
  return COLUMN_KEYS.find((k) => compactText(COLUMN_CATALOGUE[k].label) === compact) ?? null;
}
