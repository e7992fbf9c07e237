import type { CellValue } from "../../../../src/core/values/cell-value";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("balanceExceedsAmount", () => {
  it.each<[CellValue, CellValue]>([
    [100, 100],
    [100, 0],
    [100, "99.99"],
    ["1,000.00", 999],
    [100, "约120"],
    [null, 120],
    [100, null],
  ])("reports nothing for amount %p, balance %p", (amount, balance) => {
    expect(findingsOf(aLedger().withLoan({ amount, balance }).build(), "balance-exceeds-amount")).toEqual([]);
  });

  it.each<[CellValue, CellValue]>([
    [100, 100.01],
    [100, "120"],
    // 万元 amount and 元 balance: the mix this rule is for.
    [50, 500000],
  ])("reports amount %p, balance %p", (amount, balance) => {
    const b = aLedger().withLoan({ amount, balance });
    expect(findingsOf(b.build(), "balance-exceeds-amount").map(brief)).toEqual([
      { rule: "balance-exceeds-amount", severity: "error", row: 2, cell: b.cellOf("balance", 2) },
    ]);
  });

  it("names the balance and the amount in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ amount: 100, balance: 120 }).build(), "balance-exceeds-amount");
    expect(f?.value).toBe("120");
    expect(f?.message).toContain("120");
    expect(f?.message).toContain("100");
    expect(f?.message).toContain("贷款金额");
  });
});
