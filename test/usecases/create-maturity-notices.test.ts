import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { HANDLING_METHODS } from "../../src/core/maturity/handling-method";
import { noticeColumn, scheduleRows } from "../../src/core/maturity/notice-layout";
import { cellAddress } from "../../src/core/sheet-model/a1";
import type { CellValue } from "../../src/core/values/cell-value";
import { attachFormulaEngine } from "../../src/preview/formula-engine";
import {
  createMaturityNotices,
  planMaturityNotices,
  writeMaturityNotices,
  type MaturityNoticePlan,
  type MaturityNoticesRequest,
  type MaturityNoticesResult,
} from "../../src/usecases/create-maturity-notices";
import { saveStore } from "../../src/usecases/settings-store";
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import { aLedger, day, type LedgerBuilder } from "../support/ledger-builder";

const DEC_31 = day("2026-12-31");
const JAN_31 = day("2027-01-31");

/** Three branches; loans maturing in January and February 2027, some with text dates. */
function ledger(): LedgerBuilder {
  return aLedger()
    .withLoan({ loanNo: "CG-1", branch: "城关支行", customer: "甲公司", maturity: "2027-01-05", balance: 100 })
    .withLoan({ loanNo: "CG-2", branch: "城关支行", customer: "乙", maturity: "2027年1月31日", balance: 20.5 })
    .withLoan({ loanNo: "CG-3", branch: "城关支行", customer: "丙", maturity: "2027/2/10", balance: 8 })
    .withLoan({ loanNo: "DC-1", branch: "东城支行", customer: "丁", maturity: "2027-01-20", balance: 300 })
    .withLoan({ loanNo: "DC-2", branch: "东城支行", customer: "戊", maturity: "2027-01-21", balance: 0 })
    .withLoan({ loanNo: "NH-1", branch: "南湖信用社", customer: "己", maturity: "2027-02-28", balance: 12 })
    .withLoan({ loanNo: "XX-1", branch: "西关信用社", customer: "庚", maturity: "2027-06-30", balance: 50 });
}

function book(builder: LedgerBuilder = ledger()): MemoryWorkbook {
  const wb = MemoryWorkbook.from({ sheets: [{ name: "台账", values: builder.values() }] });
  wb.setSelection("台账", "A1");
  return wb;
}

function request(asOf: number, over: Partial<MaturityNoticesRequest> = {}): MaturityNoticesRequest {
  return { asOf, today: asOf + 1, ...over };
}

async function plan(wb: MemoryWorkbook, asOf: number): Promise<MaturityNoticePlan> {
  const outcome = await planMaturityNotices(wb, request(asOf));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome;
}

async function create(wb: MemoryWorkbook, asOf: number): Promise<MaturityNoticesResult> {
  const outcome = await createMaturityNotices(wb, request(asOf));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.result;
}

/** The cell of a loan's column on a notice sheet, found by its 借据号. */
function loanCell(
  wb: MemoryWorkbook,
  sheet: string,
  loanNo: string,
  column: Parameters<typeof noticeColumn>[0],
): string {
  const values = wb.snapshotValues(sheet);
  const index = values.findIndex((r) => r[noticeColumn("loanNo")] === loanNo);
  if (index < 0) throw new Error(`${loanNo} is not on ${sheet}`);
  return cellAddress(index + 1, noticeColumn(column));
}

function valueAt(wb: MemoryWorkbook, sheet: string, a1: string): CellValue {
  return wb.cellAt(sheet, a1).value;
}

function summaryRow(wb: MemoryWorkbook, first: string): CellValue[] {
  const row = wb.snapshotValues("到期提示汇总").find((r) => r[0] === first);
  if (row === undefined) throw new Error(`no summary row ${first}`);
  return row;
}

describe("planMaturityNotices", () => {
  it("plans one notice per branch with loans maturing next month, and writes nothing", async () => {
    const wb = book();
    const p = await plan(wb, DEC_31);
    expect(p.periodLabel).toBe("2027年1月");
    expect(p.period.month).toBe("2027-01");
    expect(p.notices.map((n) => [n.branch, n.sheet, n.count, n.balance, n.update])).toEqual([
      ["城关支行", "到期提示-城关支行", 2, 120.5, false],
      ["东城支行", "到期提示-东城支行", 1, 300, false],
    ]);
    expect(p.summarySheet).toBe("到期提示汇总");
    expect([p.count, p.balance]).toEqual([3, 420.5]);
    expect(p.remove).toEqual([]);
    expect(p.undecided).toEqual([]);
    expect(wb.sheetNames()).toEqual(["台账"]);
  });

  it("uses the next 30 days when the workbook's settings say so", async () => {
    const wb = book();
    await saveStore(wb, { settings: { ...DEFAULT_SETTINGS, maturity: { window: "next-30-days" } } });
    // 2027-01-12 to 2027-02-10: CG-1 (01-05) is before it, CG-3 (02-10) on its last day.
    const p = await plan(wb, day("2027-01-11"));
    expect(p.notices.flatMap((n) => n.loans.map((l) => l.loanNo))).toEqual(["CG-2", "CG-3", "DC-1"]);
  });

  it("returns the check's problem when there is no ledger", async () => {
    const wb = MemoryWorkbook.from({ sheets: [{ name: "说明", values: [["这里没有台账"]] }] });
    const outcome = await planMaturityNotices(wb, request(DEC_31));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe("no-sheet");
  });
});

describe("writeMaturityNotices", () => {
  it("writes each branch's letter and list with a working drop-down, and the summary", async () => {
    const wb = book();
    const r = await create(wb, DEC_31);
    expect(wb.sheetNames()).toEqual(["台账", "贷后助手设置", "到期提示-城关支行", "到期提示-东城支行", "到期提示汇总"]);
    const sheet = wb.sheet("到期提示-城关支行");
    const rows = scheduleRows(2);
    expect(sheet.validations).toEqual([
      {
        range: `${cellAddress(rows.first, noticeColumn("handling"))}:${cellAddress(rows.last, noticeColumn("handling"))}`,
        list: [...HANDLING_METHODS],
      },
    ]);
    expect(valueAt(wb, "到期提示-城关支行", "A3")).toBe("致城关支行：");
    expect(r.notices.map((n) => n.sheet)).toEqual(["到期提示-城关支行", "到期提示-东城支行"]);
    expect(r.removed).toEqual([]);
  });

  it("gives summary figures, recalculated by a real engine, that agree with the plan", async () => {
    const wb = book();
    const r = await create(wb, DEC_31);
    const engine = attachFormulaEngine(wb);
    try {
      for (const n of r.notices) {
        const row = summaryRow(wb, n.branch);
        expect(row[1]).toBe(n.count);
        expect(row[2]).toBeCloseTo(n.balance, 6);
        expect(row[7]).toBe(n.count);
      }
      const total = summaryRow(wb, "合计");
      expect(total[1]).toBe(r.plan.count);
      expect(total[2]).toBeCloseTo(r.plan.balance, 6);
      // A branch choosing in its drop-down updates the summary.
      wb.setCell("到期提示-城关支行", loanCell(wb, "到期提示-城关支行", "CG-1", "handling"), "清收保全");
      const after = summaryRow(wb, "城关支行");
      expect(after[6]).toBe(1);
      expect(after[7]).toBe(1);
      expect(after[8]).toBe(1);
    } finally {
      engine.detach();
    }
  });

  it("updates the same sheets on a re-run and keeps every 处理方式, 责任人 and 备注 typed", async () => {
    const wb = book();
    await create(wb, DEC_31);
    const sheet = "到期提示-城关支行";
    wb.setCell(sheet, loanCell(wb, sheet, "CG-1", "handling"), "清收保全");
    wb.setCell(sheet, loanCell(wb, sheet, "CG-1", "responsible"), "赵六");
    wb.setCell(sheet, loanCell(wb, sheet, "CG-2", "handling"), "展期");
    wb.setCell(sheet, loanCell(wb, sheet, "CG-2", "remark"), "已提交展期申请");
    const before = wb.sheetNames();

    const again = await plan(wb, DEC_31);
    expect(again.notices.map((n) => n.update)).toEqual([true, true]);
    const r = await writeMaturityNotices(wb, again);
    expect(wb.sheetNames()).toEqual(before);
    expect(r.notices.map((n) => n.update)).toEqual([true, true]);
    expect(valueAt(wb, sheet, loanCell(wb, sheet, "CG-1", "handling"))).toBe("清收保全");
    expect(valueAt(wb, sheet, loanCell(wb, sheet, "CG-1", "responsible"))).toBe("赵六");
    expect(valueAt(wb, sheet, loanCell(wb, sheet, "CG-2", "handling"))).toBe("展期");
    expect(valueAt(wb, sheet, loanCell(wb, sheet, "CG-2", "remark"))).toBe("已提交展期申请");
    expect(wb.cellAt(sheet, loanCell(wb, sheet, "CG-1", "remark")).formula).not.toBeNull();
  });

  it("keeps what was typed after the preview and before the click", async () => {
    const wb = book();
    await create(wb, DEC_31);
    const p = await plan(wb, DEC_31);
    const sheet = "到期提示-东城支行";
    wb.setCell(sheet, loanCell(wb, sheet, "DC-1", "handling"), "借新还旧");
    await writeMaturityNotices(wb, p);
    expect(valueAt(wb, sheet, loanCell(wb, sheet, "DC-1", "handling"))).toBe("借新还旧");
  });

  it("follows the loans by 借据号 when the ledger changes between runs", async () => {
    const wb = book();
    await create(wb, DEC_31);
    wb.setCell("到期提示-城关支行", loanCell(wb, "到期提示-城关支行", "CG-2", "handling"), "按期收回");
    // CG-2 moves to 东城支行 in the ledger, and a new loan appears before it.
    const moved = ledger()
      .withLoan({ loanNo: "CG-0", branch: "城关支行", maturity: "2027-01-02", balance: 1 })
      .values()
      .map((r) => (r.includes("CG-2") ? r.map((c) => (c === "城关支行" ? "东城支行" : c)) : r));
    const wb2 = MemoryWorkbook.from({ sheets: [{ name: "台账", values: moved }] });
    // Carry the notices over as they are in the first workbook.
    for (const name of wb.sheetNames().filter((n) => n !== "台账")) {
      await wb2.writeSheet({ name, rows: wb.snapshotValues(name) as (string | number | null)[][] });
    }
    await saveStore(wb2, { owned: wb.sheetNames().filter((n) => n.startsWith("到期提示")) });
    await create(wb2, DEC_31);
    const sheet = "到期提示-东城支行";
    expect(valueAt(wb2, sheet, loanCell(wb2, sheet, "CG-2", "handling"))).toBe("按期收回");
  });

  it("lists next month the loans that matured without a decision, and drops the notices of branches with none due", async () => {
    const wb = book();
    await create(wb, DEC_31);
    const sheet = "到期提示-城关支行";
    wb.setCell(sheet, loanCell(wb, sheet, "CG-1", "handling"), "按期收回");
    // CG-2 (1月31日) and DC-1 (1月20日) are left without a decision.

    const p = await plan(wb, JAN_31);
    expect(p.periodLabel).toBe("2027年2月");
    expect(p.notices.map((n) => n.sheet)).toEqual(["到期提示-城关支行", "到期提示-南湖信用社"]);
    expect(p.remove).toEqual(["到期提示-东城支行"]);
    expect(p.undecided.map((u) => [u.branch, u.loanNo, u.now === null ? null : u.now.balance])).toEqual([
      ["东城支行", "DC-1", 300],
      ["城关支行", "CG-2", 20.5],
    ]);

    const r = await writeMaturityNotices(wb, p);
    expect(r.removed).toEqual(["到期提示-东城支行"]);
    expect(wb.sheetNames()).not.toContain("到期提示-东城支行");
    const values = wb.snapshotValues("到期提示汇总");
    const title = values.findIndex((row) => String(row[0]).startsWith("三、已到期未定处理方式（2 笔）"));
    expect(title).toBeGreaterThan(0);
    expect(values.slice(title + 2, title + 4).map((row) => row[2])).toEqual(["DC-1", "CG-2"]);

    // A re-run the same day still lists them, though their notices were rewritten for February.
    const again = await create(wb, JAN_31);
    expect(again.undecided.map((u) => u.loanNo)).toEqual(["DC-1", "CG-2"]);
  });

  it("never touches a sheet the user named like a notice, writing beside it", async () => {
    const wb = MemoryWorkbook.from({
      sheets: [
        { name: "台账", values: ledger().values() },
        { name: "到期提示-城关支行", values: [["我自己的表"]] },
      ],
    });
    const r = await create(wb, DEC_31);
    expect(valueAt(wb, "到期提示-城关支行", "A1")).toBe("我自己的表");
    expect(r.notices[0]?.sheet).toBe("到期提示-城关支行(2)");
    expect(r.messages).toHaveLength(1);
    const engine = attachFormulaEngine(wb);
    try {
      expect(summaryRow(wb, "城关支行")[1]).toBe(2);
    } finally {
      engine.detach();
    }
    // And on a re-run it updates its own sheet, still leaving the user's alone.
    const again = await create(wb, DEC_31);
    expect(again.notices[0]?.sheet).toBe("到期提示-城关支行(2)");
    expect(again.removed).toEqual([]);
    expect(valueAt(wb, "到期提示-城关支行", "A1")).toBe("我自己的表");
  });

  it("writes the summary even when nothing matures", async () => {
    const wb = book(aLedger().withLoan({ maturity: "2030-01-01" }));
    const r = await create(wb, DEC_31);
    expect(r.notices).toEqual([]);
    expect(wb.sheetNames()).toContain("到期提示汇总");
  });
});
