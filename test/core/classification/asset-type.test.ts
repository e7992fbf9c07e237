import { ASSET_TYPES, assetTypeFromProduct, parseAssetType } from "../../../src/core/classification/asset-type";
import { excelError } from "../../../src/core/values/cell-value";

describe("ASSET_TYPES", () => {
  it("lists the three asset types", () => {
    expect(ASSET_TYPES).toEqual(["非零售", "零售", "信用卡"]);
  });
});

describe("parseAssetType", () => {
  it.each([
    ["非零售", "非零售"],
    ["对公", "非零售"],
    ["企业", "非零售"],
    ["公司", "非零售"],
    ["法人", "非零售"],
    ["单位", "非零售"],
    ["非零售类", "非零售"],
    ["零售", "零售"],
    ["个人", "零售"],
    ["农户", "零售"],
    ["小微", "零售"],
    ["个体", "零售"],
    ["个体工商户", "零售"],
    ["自然人", "零售"],
    ["个人经营", "零售"],
    ["个人消费", "零售"],
    ["零售类", "零售"],
    [" 零 售 ", "零售"],
    ["信用卡", "信用卡"],
    ["贷记卡", "信用卡"],
    ["信用卡透支", "信用卡"],
    ["准贷记卡", "信用卡"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseAssetType(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["零", "银行", "同业", "债券", "其他", "个人企业"])("rejects %p", (text) => {
    expect(parseAssetType(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it("reads blanks as empty and errors as error values", () => {
    expect(parseAssetType("")).toEqual({ ok: false, reason: "empty" });
    expect(parseAssetType(excelError("#REF!")).ok).toBe(false);
    expect(parseAssetType(excelError("#REF!"))).toMatchObject({ reason: "error-value" });
  });
});

describe("assetTypeFromProduct", () => {
  it.each([
    ["信用卡透支", null, "信用卡"],
    ["贷记卡分期", "个人", "信用卡"],
    ["个人住房按揭贷款", null, "零售"],
    ["个人经营性贷款", null, "零售"],
    ["农户小额信用贷款", null, "零售"],
    ["个人消费贷款", "企业", "零售"],
    ["住房贷款", null, "零售"],
    ["经营性个人贷款", null, "零售"],
    ["流动资金贷款", null, "非零售"],
    ["固定资产贷款", null, "非零售"],
    ["项目贷款", null, "非零售"],
    ["法人账户透支", null, "非零售"],
    ["企业经营贷", null, "非零售"],
    ["公司类贷款", null, "非零售"],
    ["流动资金贷款", "个体工商户", "零售"],
    ["流动资金贷款", "小微企业", "零售"],
    ["经营贷", "个人", "零售"],
    ["经营贷", "个体户", "零售"],
    ["经营贷", "企业", "非零售"],
    ["经营贷", "对公", "非零售"],
    [null, "农户", "零售"],
    [null, "公司", "非零售"],
    [" 流动 资金 贷款 ", null, "非零售"],
    ["经营贷", null, null],
    ["其他", "其他", null],
    [null, null, null],
  ])("infers %p with customer type %p as %p", (product, customerType, expected) => {
    expect(assetTypeFromProduct(product, customerType)).toBe(expected);
  });
});
