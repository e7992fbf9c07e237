import type { ColumnKey } from "../../../../src/core/ledger/ledger-types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import type { RowValues } from "../../../support/ledger-builder";
import { aLedger, brief, findingsOf } from "../../../support/ledger-builder";

// As of 2026-03-31: 正常 loans are due 90 days after their latest inspection, 关注 and worse 30 days.
describe("inspectionOverdue", () => {
  it.each<[string, RowValues]>([
    ["正常 inspected 89 days ago", { lastInspection: "2026-01-01" }],
    ["正常 due on the as-of date", { lastInspection: "2025-12-31" }],
    ["关注 due on the as-of date", { class: "关注", lastInspection: "2026-03-01" }],
    ["never inspected (first-inspection-late's)", { firstInspection: null, lastInspection: null }],
    ["a settled loan", { balance: 0, lastInspection: "2025-01-01" }],
    ["an empty balance", { balance: null, lastInspection: "2025-01-01" }],
    ["an unknown class", { class: "逾期", lastInspection: "2025-01-01" }],
    ["an unreadable latest inspection", { lastInspection: "2026-02-30", firstInspection: "2025-06-20" }],
  ])("reports nothing for %s", (_name, over) => {
    expect(findingsOf(aLedger().withLoan(over).build(), "inspection-overdue")).toEqual([]);
  });

  it.each<[string, RowValues, ColumnKey]>([
    ["正常 due the day before", { lastInspection: "2025-12-30" }, "lastInspection"],
    ["关注 due the day before", { class: "关注", lastInspection: "2026-02-28" }, "lastInspection"],
    ["次级 inspected two months ago", { class: "次级", lastInspection: "2026-01-31" }, "lastInspection"],
    ["only a first inspection, long ago", { lastInspection: null, firstInspection: "2025-06-20" }, "firstInspection"],
  ])("reports %s", (_name, over, key) => {
    const b = aLedger().withLoan(over);
    expect(findingsOf(b.build(), "inspection-overdue").map(brief)).toEqual([
      { rule: "inspection-overdue", severity: "warning", row: 2, cell: b.cellOf(key, 2) },
    ]);
  });

  it("uses the intervals of the settings", () => {
    const b = aLedger().withLoan({ lastInspection: "2026-01-15" });
    const settings = { ...DEFAULT_SETTINGS, inspection: { ...DEFAULT_SETTINGS.inspection, normalIntervalDays: 60 } };
    expect(findingsOf(b.build(), "inspection-overdue")).toEqual([]);
    expect(findingsOf(b.build(), "inspection-overdue", { settings })).toHaveLength(1);
  });

  it("names the last date, the class, the interval and the due date in zh-CN", () => {
    const [f] = findingsOf(
      aLedger().withLoan({ class: "关注", lastInspection: "2026-02-01" }).build(),
      "inspection-overdue",
    );
    expect(f?.message).toContain("2026-02-01");
    expect(f?.message).toContain("关注");
    expect(f?.message).toContain("30 天");
    expect(f?.message).toContain("2026-03-03");
  });
});
