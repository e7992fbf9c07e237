import { readLedger } from "../../../src/core/ledger/read-ledger";
import type { Ledger } from "../../../src/core/ledger/ledger-types";
import { planWarningForms, type WarningCandidate } from "../../../src/core/warning/warning-plan";
import { warningRecordOf } from "../../../src/core/warning/warning-record";
import type { WarningOrigin } from "../../../src/core/warning/warning-form";
import { day } from "../../support/ledger-builder";
import { loanSheetRow, WARNING_LEDGER_SHEET, warningLedgerValues } from "../../support/warning-ledger";

function ledger(): Ledger {
  const read = readLedger(warningLedgerValues(), { sheet: WARNING_LEDGER_SHEET });
  if (!read.ok) throw new Error(read.message);
  return read.ledger;
}

const L = ledger();
function candidate(i: number, origin: WarningOrigin = { kind: "signal" }): WarningCandidate {
  const row = L.rows.find((r) => r.sheetRow === loanSheetRow(i));
  if (!row) throw new Error("no row");
  return { row, layout: L.layout, origin };
}

const FILED = day("2026-03-06");
const base = { records: [], counter: {}, seen: [], filedOn: FILED, feedbackWorkingDays: 10 };

describe("planWarningForms", () => {
  it("numbers the forms in order from the year's next number, deadline 10 working days on", () => {
    const plan = planWarningForms([candidate(0), candidate(1)], { ...base, counter: { "2026": 4 } });
    expect(plan.forms.map((f) => f.number)).toEqual([
      { year: 2026, seq: 5 },
      { year: 2026, seq: 6 },
    ]);
    expect(plan.forms.map((f) => f.deadline)).toEqual([day("2026-03-20"), day("2026-03-20")]);
    expect(plan.counter).toEqual({ "2026": 6 });
    expect(plan.skipped).toEqual([]);
  });

  it("uses the filing date's year (a new year starts at 001)", () => {
    const plan = planWarningForms([candidate(0)], { ...base, counter: { "2026": 80 }, filedOn: day("2027-01-04") });
    expect(plan.forms[0]?.number).toEqual({ year: 2027, seq: 1 });
  });

  it("skips a loan with an open form for the same signal, and names that form", () => {
    const first = planWarningForms([candidate(0)], base);
    const open = first.forms.map((f) => warningRecordOf(f, "预警2026-001"));
    const again = planWarningForms([candidate(0), candidate(1)], { ...base, records: open, counter: first.counter });
    expect(again.forms.map((f) => f.exposure.loanNo)).toEqual(["JJ2025100013"]);
    expect(again.forms[0]?.number.seq).toBe(2);
    expect(again.skipped).toHaveLength(1);
    expect(again.skipped[0]).toMatchObject({ kind: "open-form", existing: { year: 2026, seq: 1 } });
  });

  it.each(["已解除", "作废"] as const)("gives a new form when the earlier one is %s", (status) => {
    const first = planWarningForms([candidate(0)], base);
    const closed = first.forms.map((f) => ({ ...warningRecordOf(f, "预警2026-001"), status }));
    const again = planWarningForms([candidate(0)], { ...base, records: closed, counter: first.counter });
    expect(again.forms.map((f) => f.number.seq)).toEqual([2]);
  });

  it("gives a different signal on the same loan its own form", () => {
    const first = planWarningForms([candidate(0)], base);
    const open = first.forms.map((f) => warningRecordOf(f, "预警2026-001"));
    const finding: WarningOrigin = { kind: "finding", rule: "x", message: "逾期未下调分类", foundOn: FILED };
    const again = planWarningForms([candidate(0, finding)], { ...base, records: open, counter: first.counter });
    expect(again.forms).toHaveLength(1);
  });

  it("makes one form when the same loan and signal come twice in one request", () => {
    const plan = planWarningForms([candidate(0), candidate(0)], base);
    expect(plan.forms).toHaveLength(1);
    expect(plan.skipped[0]).toMatchObject({ kind: "duplicate", sameAsRow: loanSheetRow(0) });
  });

  it("never reuses a number seen in the workbook", () => {
    const plan = planWarningForms([candidate(0)], { ...base, seen: [{ year: 2026, seq: 12 }] });
    expect(plan.forms[0]?.number.seq).toBe(13);
  });
});
