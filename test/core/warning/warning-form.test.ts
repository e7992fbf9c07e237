import { readLedger } from "../../../src/core/ledger/read-ledger";
import type { Ledger, LoanRow } from "../../../src/core/ledger/ledger-types";
import { dayToExcelSerial } from "../../../src/core/values/day";
import {
  amountUnitOf,
  factValue,
  typedText,
  warningFormFromRow,
  type WarningForm,
  type WarningOrigin,
} from "../../../src/core/warning/warning-form";
import { day } from "../../support/ledger-builder";
import { loanSheetRow, WARNING_LEDGER_SHEET, warningLedgerValues } from "../../support/warning-ledger";

function ledger(values = warningLedgerValues()): Ledger {
  const read = readLedger(values, { sheet: WARNING_LEDGER_SHEET });
  if (!read.ok) throw new Error(read.message);
  return read.ledger;
}

function rowAt(l: Ledger, sheetRow: number): LoanRow {
  const row = l.rows.find((r) => r.sheetRow === sheetRow);
  if (!row) throw new Error(`no row ${sheetRow}`);
  return row;
}

const FILED = day("2026-03-06");
const context = (origin: WarningOrigin = { kind: "selection" }) => ({
  number: { year: 2026, seq: 1 },
  filedOn: FILED,
  deadline: day("2026-03-20"),
  origin,
});

function formOf(i: number, origin?: WarningOrigin): WarningForm {
  const l = ledger();
  return warningFormFromRow(rowAt(l, loanSheetRow(i)), l.layout, context(origin));
}

describe("warningFormFromRow", () => {
  it("fills everything the ledger knows, amounts converted from 万元 to 元", () => {
    const f = formOf(0, { kind: "signal" });
    expect(f.branch).toBe("城关支行");
    expect(f.customer).toEqual({
      name: "信阳市丰禾农业发展有限公司",
      idNumber: "91411500MA44L7Q2XA",
      industry: "农业",
      rating: "A",
      officer: "王芳",
    });
    expect(f.exposure.loanNo).toBe("JJ2025120007");
    expect(f.exposure.contractNo).toBe("HT2025-1215");
    expect(factValue(f.exposure.amount)).toBe(2_000_000);
    expect(factValue(f.exposure.balance)).toBe(1_502_500);
    expect(factValue(f.exposure.disbursed)).toBe(day("2025-12-15"));
    expect(factValue(f.exposure.maturity)).toBe(day("2027-06-14"));
    expect(factValue(f.exposure.rate)).toBeCloseTo(0.0475, 10);
    expect(f.exposure.guarantee).toBe("抵押+保证");
    expect(f.exposure.class).toBe("正常");
    expect(f.amountUnit).toBe("万元");
  });

  it("reads the level and the category the ledger states", () => {
    const f = formOf(0, { kind: "signal" });
    expect(f.level).toBe("橙");
    expect(f.signal.category).toBe("财务");
    expect(f.signal.description).toBe("【财务】资产负债率升至92%");
    expect(f.signal.evidence).toBe("贷后台账“贷后台账”第4行“预警信号”栏");
  });

  it("leaves a level it cannot map (重大) and a category not stated for the officer", () => {
    const f = formOf(3, { kind: "signal" });
    expect(f.level).toBeNull();
    expect(f.signal.category).toBeNull();
  });

  it.each([
    [1, '=HYPERLINK("http://x","点我")'],
    [2, "@刘桂兰"],
    [3, "-陈志强"],
    [4, "+周丽"],
  ])("keeps the customer name of loan %i exactly as typed", (i, name) => {
    expect(formOf(i).customer.name).toBe(name);
  });

  it("leaves null (never undefined or NaN) where the ledger knows nothing", () => {
    const f = formOf(2);
    expect(f.customer.industry).toBeNull();
    expect(f.customer.rating).toBeNull();
    expect(f.exposure.contractNo).toBeNull();
    expect(f.exposure.rate).toBeNull();
    expect(f.exposure.overdueDays).toBeNull();
    expect(f.signal.description).toBeNull();
    const walk = (v: unknown, path: string): void => {
      expect([path, v]).not.toEqual([path, undefined]);
      if (typeof v === "number") expect([path, Number.isNaN(v)]).toEqual([path, false]);
      if (typeof v === "string") expect(v).not.toMatch(/undefined|NaN|null/);
      if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(f, "form");
  });

  it("keeps text the ledger holds where a number was expected", () => {
    const values = warningLedgerValues();
    const row = values[loanSheetRow(0) - 1] ?? [];
    row[10] = "约200";
    const l = ledger(values);
    const f = warningFormFromRow(rowAt(l, loanSheetRow(0)), l.layout, context());
    expect(f.exposure.amount).toEqual({ text: "约200" });
  });

  it("takes the finding's problem as the signal, and marks the source 系统", () => {
    const f = formOf(4, { kind: "finding", rule: "最近检查超期", message: "最近检查超过 90 天", foundOn: FILED });
    expect(f.signal.description).toBe("最近检查超过 90 天");
    expect(f.signal.discoveredOn).toBe(FILED);
    expect(f.source).toBe("系统");
    expect(f.signal.evidence).toContain("最近检查超期");
  });

  it("reads a rate written as a fraction as it is", () => {
    const values = warningLedgerValues();
    (values[2] ?? [])[14] = "执行利率";
    (values[loanSheetRow(0) - 1] ?? [])[14] = 0.0475;
    const l = ledger(values);
    const f = warningFormFromRow(rowAt(l, loanSheetRow(0)), l.layout, context());
    expect(factValue(f.exposure.rate)).toBe(0.0475);
  });
});

describe("typedText", () => {
  it("gives numbers as written and trims text", () => {
    const l = ledger();
    const row = rowAt(l, loanSheetRow(0));
    expect(typedText(row, "seq")).toBe("1");
    expect(typedText(row, "disbursed")).toBe(String(dayToExcelSerial(day("2025-12-15"))));
  });
});

describe("amountUnitOf", () => {
  it("takes a column's own unit over the ledger's (欠息（元） in a ledger kept in 万元)", () => {
    const values = warningLedgerValues();
    (values[2] ?? [])[18] = "欠息金额（元）";
    (values[2] ?? [])[11] = "贷款余额（万元）";
    const l = ledger(values);
    expect(amountUnitOf(l.layout, "overdueInterest")).toBe("元");
    expect(amountUnitOf(l.layout, "balance")).toBe("万元");
    expect(amountUnitOf(l.layout, "amount")).toBe("万元");
    const f = warningFormFromRow(rowAt(l, loanSheetRow(1)), l.layout, context());
    expect(factValue(f.exposure.overdueInterest)).toBe(0.35);
    expect(factValue(f.exposure.overduePrincipal)).toBe(125_000);
  });
});
