import { termMonths } from "../../../src/core/maturity/term-months";
import { day } from "../../support/ledger-builder";

describe("termMonths", () => {
  it.each([
    ["2025-06-01", "2026-06-01", 12],
    ["2025-06-01", "2026-05-31", 12],
    ["2025-06-01", "2026-05-10", 11],
    ["2025-01-31", "2025-02-28", 1],
    ["2024-01-31", "2024-02-29", 1],
    ["2025-03-31", "2025-04-30", 1],
    ["2024-02-29", "2027-02-28", 36],
    ["2020-01-15", "2030-01-15", 120],
    ["2026-12-01", "2026-12-20", 1],
    ["2026-12-01", "2026-12-10", null],
  ])("from %s to %s is %p months", (from, to, months) => {
    expect(termMonths(day(from), day(to))).toBe(months);
  });

  it("is null when maturity is not after disbursement", () => {
    expect(termMonths(day("2026-06-01"), day("2026-06-01"))).toBeNull();
    expect(termMonths(day("2026-06-01"), day("2025-06-01"))).toBeNull();
  });
});
