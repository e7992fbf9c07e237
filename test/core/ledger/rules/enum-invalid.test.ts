import type { ColumnKey } from "../../../../src/core/ledger/ledger-types";
import { excelError, type CellValue } from "../../../../src/core/values/cell-value";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("enumInvalid", () => {
  it.each<[ColumnKey, CellValue, "error" | "warning"]>([
    ["class", "逾期", "error"],
    ["class", "正常5", "error"],
    ["guarantee", "信誉", "warning"],
    ["inspectionMethod", "看了", "warning"],
    ["disposal", "再说", "warning"],
  ])("reports %s = %p as %s", (key, raw, severity) => {
    const b = aLedger().withLoan({ [key]: raw });
    const findings = findingsOf(b.build(), "enum-invalid");
    expect(findings.map(brief)).toEqual([{ rule: "enum-invalid", severity, row: 2, cell: b.cellOf(key, 2) }]);
  });

  it.each<[ColumnKey, CellValue]>([
    ["class", "正常类"],
    ["class", "关注二"],
    ["guarantee", "抵押+保证"],
    ["guarantee", "联保"],
    ["inspectionMethod", "电话回访"],
    ["disposal", "诉讼"],
    ["disposal", null],
  ])("accepts %s = %p (a name, a synonym or empty)", (key, raw) => {
    expect(
      findingsOf(
        aLedger()
          .withLoan({ [key]: raw })
          .build(),
        "enum-invalid",
      ),
    ).toEqual([]);
  });

  it("leaves an error value to type-error", () => {
    expect(
      findingsOf(
        aLedger()
          .withLoan({ class: excelError("#N/A") })
          .build(),
        "enum-invalid",
      ),
    ).toEqual([]);
  });

  it("names the value and lists the allowed values in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ class: "逾期" }).build(), "enum-invalid");
    expect(f?.value).toBe("逾期");
    expect(f?.message).toContain("逾期");
    expect(f?.hint).toContain("正常、关注、次级、可疑、损失");
  });
});
