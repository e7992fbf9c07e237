import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/** Categories of warning signals (rules.md §4.1), as the form's drop-down lists them. */
export type SignalCategory = "财务" | "经营" | "管理" | "与银行往来" | "担保" | "外部";

const CATEGORY_TABLE: EnumTable<SignalCategory> = {
  财务: ["财务类", "财务状况", "财务风险"],
  经营: ["经营类", "经营状况", "经营风险"],
  管理: ["管理类", "管理风险", "人员"],
  与银行往来: ["往来", "银行往来", "与我行往来", "与银行往来类", "账户", "账户行为"],
  担保: ["担保类", "抵押", "担保物", "抵质押", "保证"],
  外部: ["外部类", "外部环境", "环境", "行业"],
};

export const SIGNAL_CATEGORIES: readonly SignalCategory[] = enumValues(CATEGORY_TABLE);

export const parseSignalCategory: (value: unknown) => Parsed<SignalCategory> = makeEnumParser(CATEGORY_TABLE);

/**
 * The category a signal states for itself, as ledgers often write it:
 * `【担保】抵押物被查封`, `财务：资产负债率92%`, `[外部] 涉诉`. The category is
 * never guessed from the description's words — a wrong category on a signed
 * form misleads more than a blank one the officer picks from the drop-down.
 */
export function categoryFromSignal(text: string): SignalCategory | null {
  const t = text.trim();
  const bracketed = /^[【[(（〔]\s*([^】\])）〕]{1,8}?)\s*[】\])）〕]/.exec(t);
  const prefixed = /^([^:：\s]{1,8}?)\s*[:：]/.exec(t);
  for (const m of [bracketed, prefixed]) {
    if (!m?.[1]) continue;
    const parsed = parseSignalCategory(m[1]);
    if (parsed.ok) return parsed.value;
  }
  return null;
}
