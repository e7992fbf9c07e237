import type { MaturingLoan } from "../../../src/core/maturity/select-maturing";
import { noticeKey } from "../../../src/core/maturity/notice-key";
import { day } from "../../support/ledger-builder";

/** A loan of a 附表, as selectMaturing gives it; its match key follows the 借据号 given. */
export function aMaturingLoan(over: Partial<MaturingLoan> = {}): MaturingLoan {
  const loanNo = over.loanNo === undefined ? "JJ001" : over.loanNo;
  const customer = over.customer ?? "张三";
  const maturity = over.maturity ?? day("2027-01-15");
  return {
    match: noticeKey(loanNo, customer, maturity),
    loanNo,
    customer,
    branch: "城关支行",
    balance: 80,
    maturity,
    officer: "李四",
    loanClass: "正常",
    guarantee: "保证",
    termMonths: 12,
    extensionLimit: 12,
    sheetRow: 2,
    ...over,
  };
}
