import type { CellValue } from "../../../../src/core/values/cell-value";
import { excelError } from "../../../../src/core/values/cell-value";
import { VALID_CREDIT_CODE, VALID_RESIDENT_ID, aLedger, brief, findingsOf } from "../../../support/ledger-builder";

describe("idInvalid", () => {
  it.each<CellValue>([VALID_RESIDENT_ID, VALID_CREDIT_CODE, " 1101 0519 4912 3100 2x ", null, excelError("#N/A")])(
    "accepts %p (valid, or left to other rules)",
    (idNumber) => {
      expect(findingsOf(aLedger().withLoan({ idNumber }).build(), "id-invalid")).toEqual([]);
    },
  );

  it.each<CellValue>(["110105194912310021", "91350100M000100Y44", "张三", 110105194912310020])(
    "reports %p",
    (idNumber) => {
      const b = aLedger().withLoan({ idNumber });
      expect(findingsOf(b.build(), "id-invalid").map(brief)).toEqual([
        { rule: "id-invalid", severity: "warning", row: 2, cell: b.cellOf("idNumber", 2) },
      ]);
    },
  );

  it("does nothing without an ID column", () => {
    expect(findingsOf(aLedger().withoutColumns("idNumber").withLoan().build(), "id-invalid")).toEqual([]);
  });

  it("names the number and what it should be in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ idNumber: "110105194912310021" }).build(), "id-invalid");
    expect(f?.message).toContain("110105194912310021");
    expect(f?.message).toContain("居民身份证");
    expect(f?.message).toContain("统一社会信用代码");
  });
});
