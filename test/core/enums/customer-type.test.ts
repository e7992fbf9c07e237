import { CUSTOMER_TYPES, customerTypeToAssetType, parseCustomerType } from "../../../src/core/enums/customer-type";

describe("CUSTOMER_TYPES", () => {
  it("lists the five customer types", () => {
    expect(CUSTOMER_TYPES).toEqual(["个人", "农户", "个体工商户", "小微企业", "企业"]);
  });
});

describe("parseCustomerType", () => {
  it.each([
    ["个人", "个人"],
    ["自然人", "个人"],
    ["农户", "农户"],
    ["个体工商户", "个体工商户"],
    ["个体", "个体工商户"],
    ["个体户", "个体工商户"],
    ["小微企业", "小微企业"],
    ["小微", "小微企业"],
    ["小企业", "小微企业"],
    ["企业", "企业"],
    ["公司", "企业"],
    ["法人", "企业"],
    ["对公", "企业"],
    [" 企 业 ", "企业"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseCustomerType(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["同业", "政府", "其他", "个人企业"])("rejects %p", (text) => {
    expect(parseCustomerType(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });
});

describe("customerTypeToAssetType", () => {
  it.each([
    ["个人", "零售"],
    ["农户", "零售"],
    ["个体工商户", "零售"],
    ["小微企业", "零售"],
    ["企业", "非零售"],
  ] as const)("maps %s to %s", (t, expected) => {
    expect(customerTypeToAssetType(t)).toBe(expected);
  });
});
