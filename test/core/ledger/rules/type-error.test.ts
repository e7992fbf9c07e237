import type { ColumnKey } from "../../../../src/core/ledger/ledger-types";
import { checkLedger } from "../../../../src/core/ledger/check-ledger";
import { excelError, type CellValue } from "../../../../src/core/values/cell-value";
import { AS_OF, aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("typeError", () => {
  it("reports nothing for readable cells", () => {
    expect(findingsOf(aLedger().withLoan().build(), "type-error")).toEqual([]);
  });

  it.each<[ColumnKey, CellValue]>([
    ["maturity", "2026-13-45"],
    ["disbursed", "待定"],
    ["firstInspection", "去年"],
    ["balance", "约50"],
    ["amount", "5万"],
    ["overdueDays", "十"],
    ["maturity", excelError("#N/A")],
    ["balance", excelError("#REF!")],
    ["customer", excelError("#VALUE!")],
    ["class", excelError("#N/A")],
    ["guarantee", excelError("#DIV/0!")],
  ])("reports %s = %p", (key, raw) => {
    const b = aLedger().withLoan({ [key]: raw });
    const findings = findingsOf(b.build(), "type-error");
    expect(findings.map(brief)).toEqual([{ rule: "type-error", severity: "error", row: 2, cell: b.cellOf(key, 2) }]);
    expect(findings[0]?.data).toEqual({ columnKey: key });
  });

  it.each<[ColumnKey, CellValue]>([
    ["class", "逾期"],
    ["guarantee", "信誉"],
    ["inspectionMethod", "看了"],
    ["disposal", "再说"],
  ])("leaves an unknown word in %s to enum-invalid", (key, raw) => {
    expect(
      findingsOf(
        aLedger()
          .withLoan({ [key]: raw })
          .build(),
        "type-error",
      ),
    ).toEqual([]);
  });

  it("does not cascade: an unreadable cell yields type-error and nothing that needs its value", () => {
    const b = aLedger()
      .withLoan({ maturity: "2026-13-45" })
      .withLoan({ balance: "约50", amount: 40 })
      .withLoan({ class: excelError("#N/A"), overdueDays: 200 })
      .withLoan({ disbursed: "待定", firstInspection: null, lastInspection: null })
      .withLoan({ lastInspection: "2026-02-30", firstInspection: "2025-06-20" });
    const { findings } = checkLedger(b.build(), { asOf: AS_OF });
    expect(findings.map(brief)).toEqual([
      { rule: "type-error", severity: "error", row: 2, cell: b.cellOf("maturity", 2) },
      { rule: "type-error", severity: "error", row: 3, cell: b.cellOf("balance", 3) },
      { rule: "type-error", severity: "error", row: 4, cell: b.cellOf("class", 4) },
      { rule: "type-error", severity: "error", row: 5, cell: b.cellOf("disbursed", 5) },
      { rule: "type-error", severity: "error", row: 6, cell: b.cellOf("lastInspection", 6) },
    ]);
  });

  it("says in zh-CN what the cell holds and what was expected", () => {
    const date = findingsOf(aLedger().withLoan({ maturity: "2026-13-45" }).build(), "type-error")[0];
    expect(date?.value).toBe("2026-13-45");
    expect(date?.message).toContain("2026-13-45");
    expect(date?.message).toContain("日期");
    const number = findingsOf(aLedger().withLoan({ balance: "约50" }).build(), "type-error")[0];
    expect(number?.message).toContain("约50");
    expect(number?.message).toContain("数字");
    const error = findingsOf(
      aLedger()
        .withLoan({ balance: excelError("#N/A") })
        .build(),
      "type-error",
    )[0];
    expect(error?.message).toContain("#N/A");
    expect(error?.message).toContain("错误值");
    expect(error?.hint).toContain("公式");
  });
});
