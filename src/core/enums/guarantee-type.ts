import { isBlank, isExcelError } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import { parsedOk, type Parsed } from "../values/parsed";

/** 担保方式; 组合 is any mix of the other four. */
export type GuaranteeType = "信用" | "保证" | "抵押" | "质押" | "组合";

const GUARANTEE_TYPE_TABLE: EnumTable<GuaranteeType> = {
  信用: ["信用贷款", "纯信用", "免担保", "无担保"],
  保证: ["保证贷款", "担保", "联保", "联保贷款", "保证担保", "第三方保证", "连带责任保证", "互保"],
  抵押: ["抵押贷款", "房产抵押", "房地产抵押", "土地抵押", "不动产抵押", "抵押担保"],
  质押: ["质押贷款", "存单质押", "股权质押", "应收账款质押", "质押担保"],
  组合: ["组合担保", "混合", "混合担保", "多种担保"],
};

export const GUARANTEE_TYPES: readonly GuaranteeType[] = enumValues(GUARANTEE_TYPE_TABLE);

const parseSingle = makeEnumParser(GUARANTEE_TYPE_TABLE);

/** Separators people put between two guarantee kinds: `抵押+保证`, `保证、抵押`, `抵押/质押`, `抵押加保证`. */
const JOINERS = /[+＋、,，/;；&和及加]/;

/**
 * Reads a 担保方式. A mix of two or more kinds written out (`抵押+保证`,
 * `保证、质押`) is 组合; the same kind twice is just that kind.
 */
export function parseGuaranteeType(value: unknown): Parsed<GuaranteeType> {
  const single = parseSingle(value);
  if (single.ok || typeof value !== "string" || isBlank(value) || isExcelError(value)) return single;
  const parts = compactText(value)
    .split(JOINERS)
    .filter((p) => p !== "");
  if (parts.length < 2) return single;
  const kinds = new Set<GuaranteeType>();
  for (const part of parts) {
    const parsed = parseSingle(part);
    if (!parsed.ok) return single;
    kinds.add(parsed.value);
  }
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined ? parsedOk(only) : parsedOk("组合");
}
