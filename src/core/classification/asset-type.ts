import { customerTypeToAssetType, parseCustomerType } from "../enums/customer-type";
import { compactText } from "../values/normalize-text";
import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/** The asset groups the 2023 Measures treat differently (the 10%/20% rules apply to 非零售 only). */
export type AssetType = "非零售" | "零售" | "信用卡";

const ASSET_TYPE_TABLE: EnumTable<AssetType> = {
  非零售: ["对公", "企业", "公司", "法人", "单位", "非零售类"],
  零售: ["个人", "农户", "小微", "个体", "个体工商户", "自然人", "个人经营", "个人消费", "零售类"],
  信用卡: ["贷记卡", "信用卡透支", "准贷记卡"],
};

export const ASSET_TYPES: readonly AssetType[] = enumValues(ASSET_TYPE_TABLE);

export const parseAssetType: (value: unknown) => Parsed<AssetType> = makeEnumParser(ASSET_TYPE_TABLE);

const CARD_PRODUCT_WORDS = ["信用卡", "贷记卡"];
const RETAIL_PRODUCT_WORDS = ["个人", "农户", "消费", "住房", "按揭", "经营性个人"];
const NON_RETAIL_PRODUCT_WORDS = ["流动资金", "固定资产", "项目", "法人", "企业", "公司"];

function customerAssetType(customerType: string | null): AssetType | null {
  if (customerType === null) return null;
  const direct = parseAssetType(customerType);
  if (direct.ok) return direct.value;
  // Ledgers also say 小微企业 or 个体户 in the 客户类型 column.
  const customer = parseCustomerType(customerType);
  return customer.ok ? customerTypeToAssetType(customer.value) : null;
}

/**
 * Infers the asset type when a ledger has no such column, from its 贷款品种
 * and 客户类型 texts. Card products first, then retail signals, then
 * non-retail: a 个人经营性贷款 to a sole trader is retail even though the
 * product also names 经营. Null when neither text says enough.
 */
export function assetTypeFromProduct(product: string | null, customerType: string | null): AssetType | null {
  const p = product === null ? "" : compactText(product);
  const fromCustomer = customerAssetType(customerType);
  const mentions = (words: readonly string[]): boolean => words.some((w) => p.includes(w));
  if (mentions(CARD_PRODUCT_WORDS)) return "信用卡";
  if (mentions(RETAIL_PRODUCT_WORDS) || fromCustomer === "零售") return "零售";
  if (fromCustomer === "非零售" || mentions(NON_RETAIL_PRODUCT_WORDS)) return "非零售";
  // A customer type of 信用卡 without a card product is odd but still says what the asset is.
  return fromCustomer;
}
