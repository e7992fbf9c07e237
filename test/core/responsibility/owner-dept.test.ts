import type { LoanClass } from "../../../src/core/classification/loan-class";
import { ownerDept } from "../../../src/core/responsibility/owner-dept";

describe("ownerDept", () => {
  it.each<[LoanClass, string]>([
    ["正常", "客户部"],
    ["关注", "客户部"],
    ["次级", "资产经营部"],
    ["可疑", "资产经营部"],
    ["损失", "资产经营部"],
  ])("assigns a %s loan to %s", (cls, dept) => {
    expect(ownerDept(cls)).toBe(dept);
  });
});
