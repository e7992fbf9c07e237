import type { AssetType } from "../classification/asset-type";
import { enumValues, makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";

/** The 客户类型 a ledger records. */
export type CustomerType = "个人" | "农户" | "个体工商户" | "小微企业" | "企业";

const CUSTOMER_TYPE_TABLE: EnumTable<CustomerType> = {
  个人: ["自然人", "个人客户", "个人消费", "居民个人"],
  农户: ["农户个人", "农民", "农户客户"],
  个体工商户: ["个体", "个体户", "个体工商", "个体经营户", "个体工商业户"],
  小微企业: ["小微", "小型企业", "微型企业", "小企业", "微小企业", "小微企业法人"],
  企业: ["公司", "法人", "对公", "企业法人", "单位", "大型企业", "中型企业", "大中型企业", "公司客户", "企业客户"],
};

export const CUSTOMER_TYPES: readonly CustomerType[] = enumValues(CUSTOMER_TYPE_TABLE);

export const parseCustomerType: (value: unknown) => Parsed<CustomerType> = makeEnumParser(CUSTOMER_TYPE_TABLE);

/**
 * Individuals, farmers, sole traders and 小微企业 debts are retail assets under
 * the 2023 Measures; other enterprises are non-retail.
 */
export function customerTypeToAssetType(t: CustomerType): AssetType {
  return t === "企业" ? "非零售" : "零售";
}
