import { checkLedger } from "../../../../src/core/ledger/check-ledger";
import { AS_OF, aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("headerRepeated", () => {
  it("reports nothing on a ledger with one header", () => {
    expect(findingsOf(aLedger().withLoan().withLoan().build(), "header-repeated")).toEqual([]);
  });

  it("reports each repeated header once, as a warning about the whole row", () => {
    const b = aLedger().withLoan().withHeaderRow().withLoan().withHeaderRow().withLoan();
    const findings = findingsOf(b.build(), "header-repeated");
    expect(findings.map(brief)).toEqual([
      { rule: "header-repeated", severity: "warning", row: 3, cell: null },
      { rule: "header-repeated", severity: "warning", row: 5, cell: null },
    ]);
    expect(findings[0]).toMatchObject({ column: null, key: null, value: null, data: { row: 3 } });
  });

  it("says which row, why, and what to do, in zh-CN and en-US", () => {
    const b = aLedger().withLoan().withLoan().withHeaderRow().withLoan();
    const [zh] = findingsOf(b.build(), "header-repeated");
    expect(zh?.message).toBe("第4行重复了表头（可能是两张表粘贴在一起），已跳过该行");
    expect(zh?.hint).toBe("请删除该行或把两张表分开");
    const [en] = findingsOf(b.build(), "header-repeated", { locale: "en-US" });
    expect(en?.message).toMatch(/^Row 4 repeats the header/);
  });

  it("skips the repeated header: none of its cells is reported as a loan's, and it is no loan", () => {
    const b = aLedger().withLoan().withHeaderRow().withLoan({ balance: 120 });
    const { findings, summary } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings.map((f) => [f.rule, f.row])).toEqual([
      ["header-repeated", 3],
      ["balance-exceeds-amount", 4],
    ]);
    expect(summary).toMatchObject({ dataRows: 2, blankRows: 0, totalRows: 0, byRule: { "header-repeated": 1 } });
  });

  it("takes a customer named 客户名称 for a customer, not a header", () => {
    const b = aLedger().withLoan({ customer: "客户名称" }).withLoan({ customer: "客户名称", officer: "客户经理" });
    expect(findingsOf(b.build(), "header-repeated")).toEqual([]);
    expect(checkLedger(b.build(), { asOf: AS_OF }).summary.dataRows).toBe(2);
  });
});
