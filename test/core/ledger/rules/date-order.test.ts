import type { ColumnKey } from "../../../../src/core/ledger/ledger-types";
import type { RowValues } from "../../../support/ledger-builder";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

const disbursed = "2025-06-01";

describe("dateOrder", () => {
  it.each<[string, RowValues]>([
    ["a valid loan", {}],
    ["maturity on the disbursement day", { maturity: disbursed }],
    ["inspections on the disbursement day", { firstInspection: disbursed, lastInspection: disbursed }],
    ["equal first and last inspection", { firstInspection: "2025-07-01", lastInspection: "2025-07-01" }],
    ["no inspection dates", { firstInspection: null, lastInspection: null }],
    ["an unreadable maturity", { maturity: "2025-02-30" }],
    ["an unreadable disbursement date", { disbursed: "待定", maturity: "2020-01-01" }],
  ])("reports nothing for %s", (_name, over) => {
    expect(
      findingsOf(
        aLedger()
          .withLoan({ disbursed, ...over })
          .build(),
        "date-order",
      ),
    ).toEqual([]);
  });

  it.each<[string, RowValues, ColumnKey, "error" | "warning"]>([
    ["maturity before disbursement", { maturity: "2025-05-31" }, "maturity", "error"],
    ["first inspection before disbursement", { firstInspection: "2025-05-01" }, "firstInspection", "error"],
    ["last inspection before disbursement", { lastInspection: "2025-05-01" }, "lastInspection", "error"],
    [
      "last inspection before the first",
      { firstInspection: "2025-07-01", lastInspection: "2025-06-20" },
      "lastInspection",
      "warning",
    ],
    [
      "last inspection before disbursement and the first (once, as the error)",
      { firstInspection: "2025-07-01", lastInspection: "2025-05-20" },
      "lastInspection",
      "error",
    ],
  ])("reports %s", (_name, over, key, severity) => {
    const b = aLedger().withLoan({ disbursed, ...over });
    expect(findingsOf(b.build(), "date-order").map(brief)).toEqual([
      { rule: "date-order", severity, row: 2, cell: b.cellOf(key, 2) },
    ]);
  });

  it("reports each contradicting cell of a row", () => {
    const b = aLedger().withLoan({ disbursed, maturity: "2025-01-01", firstInspection: "2025-02-01" });
    expect(findingsOf(b.build(), "date-order").map((f) => f.cell)).toEqual([
      b.cellOf("maturity", 2),
      b.cellOf("firstInspection", 2),
    ]);
  });

  it("names both dates in zh-CN", () => {
    const [f] = findingsOf(aLedger().withLoan({ disbursed, maturity: "2025-05-31" }).build(), "date-order");
    expect(f?.message).toContain("2025-05-31");
    expect(f?.message).toContain("2025-06-01");
    expect(f?.message).toContain("发放日");
  });
});
