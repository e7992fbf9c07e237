import { isNonPerforming, type LoanClass } from "../classification/loan-class";

/** Performing loans stay with the customer department; NPLs move to asset management for disposal. */
export function ownerDept(cls: LoanClass): "客户部" | "资产经营部" {
  return isNonPerforming(cls) ? "资产经营部" : "客户部";
}
