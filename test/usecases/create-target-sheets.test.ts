import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import { PARAMS_ROWS } from "../../src/core/targets/assessment-params-sheet";
import { SUMMARY_COLS, SUMMARY_HEADER_ROW } from "../../src/core/targets/assessment-summary-sheet";
import {
  monthCol,
  QUARTER_COLS,
  targetSheetLayout,
  WEIGHT_COL,
  ANNUAL_COL,
} from "../../src/core/targets/target-layout";
import type { CellValue } from "../../src/core/values/cell-value";
import { attachFormulaEngine } from "../../src/preview/formula-engine";
import {
  createTargetSheets,
  planTargetSheets,
  writeTargetSheets,
  type TargetSheetsPlan,
  type TargetSheetsRequest,
  type TargetSheetsResult,
} from "../../src/usecases/create-target-sheets";
import { saveStore } from "../../src/usecases/settings-store";
import { aLedger, day, type LedgerBuilder } from "../support/ledger-builder";

const AS_OF = day("2026-03-31");
const L = targetSheetLayout(5);
const ZHANG = "目标责任书-张三";
const LI = "目标责任书-李四";
const WANG = "目标责任书-王五";

/** Three officers: 张三 with three loans (one non-performing, one overdue), 李四 with one, 王五 all settled; one row with no officer. */
function ledger(over: { zhangBalance?: number } = {}): LedgerBuilder {
  return aLedger()
    .withLoan({
      officer: "张三",
      customer: "甲公司",
      idNumber: null,
      balance: over.zhangBalance ?? 100,
      maturity: "2026-09-30",
    })
    .withLoan({ officer: "张三", customer: "甲公司", idNumber: null, balance: 50, class: "次级", overdueDays: 120 })
    .withLoan({ officer: "张三", customer: "乙", idNumber: null, balance: 30, maturity: "2026年12月31日" })
    .withLoan({ officer: "李四", customer: "丙", balance: 80 })
    .withLoan({ officer: "王五", customer: "丁", balance: 0 })
    .withLoan({ officer: null, customer: "戊", balance: 999 });
}

function book(
  builder: LedgerBuilder = ledger(),
  extra: { name: string; values: CellValue[][] }[] = [],
): MemoryWorkbook {
  const wb = MemoryWorkbook.from({ sheets: [{ name: "台账", values: builder.values() }, ...extra] });
  wb.setSelection("台账", "A1");
  return wb;
}

function request(over: Partial<TargetSheetsRequest> = {}): TargetSheetsRequest {
  return { asOf: AS_OF, today: AS_OF, ...over };
}

async function create(wb: MemoryWorkbook, over: Partial<TargetSheetsRequest> = {}): Promise<TargetSheetsResult> {
  const outcome = await createTargetSheets(wb, request(over));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.result;
}

async function plan(wb: MemoryWorkbook, over: Partial<TargetSheetsRequest> = {}): Promise<TargetSheetsPlan> {
  const outcome = await planTargetSheets(wb, request(over));
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome;
}

const at = (row: number, col: number): string => cellAddress(row, col);
const value = (wb: MemoryWorkbook, sheet: string, row: number, col: number): CellValue =>
  wb.cellAt(sheet, at(row, col)).value;

/** Types a month's actuals for the five default indicators, as an officer would. */
function typeMonth(wb: MemoryWorkbook, sheet: string, month: number, actuals: readonly number[]): void {
  actuals.forEach((a, i) => wb.setCell(sheet, at(L.firstActualRow + i, monthCol(month)), a));
}

const ON_TARGET = [100, 50, 5, 0.02, 2];

describe("planTargetSheets", () => {
  it("plans one sheet per officer named in the ledger, with their portfolio, and writes nothing", async () => {
    const wb = book();
    const p = await plan(wb);
    expect(p.year).toBe(2026);
    expect(p.officers.map((o) => [o.officer, o.sheet, o.update])).toEqual([
      ["张三", ZHANG, false],
      ["李四", LI, false],
      ["王五", WANG, false],
    ]);
    expect(p.officers[0]?.portfolio).toMatchObject({
      accounts: 2,
      loans: 3,
      balance: 180,
      nplBalance: 50,
      overdueLoans: 1,
    });
    expect(p.officers[0]?.portfolio.maturingLoans).toBe(2);
    expect(p.officers[2]?.portfolio).toMatchObject({ accounts: 0, balance: 0, nplRatio: null });
    expect(wb.sheetNames()).toEqual(["台账"]);
  });

  it("takes the year asked for", async () => {
    expect((await plan(book(), { year: 2027 })).year).toBe(2027);
  });

  it("is a problem when no loan names its officer", async () => {
    const outcome = await planTargetSheets(book(aLedger().withLoan({ officer: null })), request());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.message).toContain("没有填写管户客户经理");
  });

  it("passes on the ledger check's problem", async () => {
    const outcome = await planTargetSheets(book(), request({ sheet: "不存在" }));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe("sheet-not-found");
  });
});

describe("createTargetSheets", () => {
  it("writes each officer's sheet, the 考核参数 and the 考核汇总", async () => {
    const wb = book();
    const result = await create(wb);
    expect(wb.sheetNames()).toEqual(expect.arrayContaining([ZHANG, LI, WANG, "考核汇总", "考核参数"]));
    expect(result.written).toBe(3);
    expect(value(wb, ZHANG, L.officerRow, 1)).toBe("张三");
    expect(value(wb, ZHANG, L.portfolioRow, 2)).toBe(180);
    expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 1, SUMMARY_COLS.officer)).toBe("张三");
    expect(value(wb, "考核参数", PARAMS_ROWS.cap, 1)).toBe(DEFAULT_SETTINGS.targets.attainmentCap);
  });

  it("takes the cap from the settings", async () => {
    const wb = book();
    await saveStore(wb, { settings: { ...DEFAULT_SETTINGS, targets: { attainmentCap: 1.5 } } });
    await create(wb);
    expect(value(wb, "考核参数", PARAMS_ROWS.cap, 1)).toBe(1.5);
  });

  describe.each([
    ["as Excel reads them (formulas computed)", true],
    ["as a file no spreadsheet recalculated reads them (formulas empty)", false],
  ])("generated again, with the values read %s", (_, withEngine) => {
    async function twice(): Promise<{ wb: MemoryWorkbook; second: TargetSheetsResult }> {
      const wb = book();
      const engine = withEngine ? attachFormulaEngine(wb) : null;
      await create(wb);
      typeMonth(wb, ZHANG, 1, ON_TARGET);
      typeMonth(wb, ZHANG, 2, [90, 60, 0, 0.01, 3]);
      wb.setCell(ZHANG, at(L.presidentRow, 1), "刘行长");
      wb.setCell(ZHANG, at(L.firstTargetRow, ANNUAL_COL), 1800);
      wb.setCell(ZHANG, at(L.firstTargetRow + 1, monthCol(3)), 77);
      wb.setCell(ZHANG, at(L.firstTargetRow + 2, WEIGHT_COL), 25);
      wb.setCell(ZHANG, at(L.firstQuarterRow, QUARTER_COLS.basePay), 8888);
      // The ledger changes: 张三's first loan is partly repaid.
      const values = ledger({ zhangBalance: 40 }).values();
      values.forEach((row, r) => row.forEach((v, c) => wb.setCell("台账", at(r + 1, c), v)));
      const second = await create(wb);
      engine?.detach();
      return { wb, second };
    }

    it("refreshes the portfolio and keeps every typed cell", async () => {
      const { wb, second } = await twice();
      expect(second.officers.map((o) => o.update)).toEqual([true, true, true]);
      expect(value(wb, ZHANG, L.portfolioRow, 2)).toBe(120);
      ON_TARGET.forEach((a, i) => expect(value(wb, ZHANG, L.firstActualRow + i, monthCol(1))).toBe(a));
      expect(value(wb, ZHANG, L.firstActualRow + 3, monthCol(2))).toBe(0.01);
      expect(value(wb, ZHANG, L.presidentRow, 1)).toBe("刘行长");
      expect(value(wb, ZHANG, L.firstTargetRow, ANNUAL_COL)).toBe(1800);
      expect(value(wb, ZHANG, L.firstTargetRow + 1, monthCol(3))).toBe(77);
      expect(value(wb, ZHANG, L.firstTargetRow + 2, WEIGHT_COL)).toBe(25);
      expect(value(wb, ZHANG, L.firstQuarterRow, QUARTER_COLS.basePay)).toBe(8888);
    });

    it("keeps the default monthly targets as formulas that follow the annual target", async () => {
      const { wb } = await twice();
      expect(wb.cellAt(ZHANG, at(L.firstTargetRow, monthCol(1))).formula).toBe(
        `=IF($B${L.firstTargetRow}="%",$E${L.firstTargetRow},$E${L.firstTargetRow}/12)`,
      );
      expect(wb.cellAt(ZHANG, at(L.firstTargetRow + 1, monthCol(3))).formula).toBeNull();
    });

    it("adds no sheet", async () => {
      const { wb } = await twice();
      expect(wb.sheetNames().filter((n) => n !== "贷后助手设置")).toHaveLength(6);
    });

    it("reports the scores of what is typed, as the sheet computes them", async () => {
      const { wb, second } = await twice();
      const zhang = second.officers[0];
      expect(zhang?.hasActuals).toBe(true);
      const engine = attachFormulaEngine(wb);
      for (let m = 1; m <= 3; m++) {
        const shown = value(wb, ZHANG, L.scoreRow, monthCol(m));
        const core = zhang?.scores.monthScores[m - 1] ?? null;
        if (core === null) expect(typeof shown === "number").toBe(false);
        else expect(shown).toBeCloseTo(core, 9);
      }
      expect(zhang?.scores.monthScores[0]).toBe(
        // January on target, except 存款 against 1800 ÷ 12 and 清收不良 weighted 25 (weights now 105).
        Math.round((30 * (100 / 150) + 25 + 25 + 15 + 10) * 100) / 100,
      );
      expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 1, SUMMARY_COLS.firstMonth)).toBeCloseTo(
        zhang?.scores.monthScores[0] ?? NaN,
        9,
      );
      engine.detach();
    });
  });

  it("keeps what was typed after the preview", async () => {
    const wb = book();
    await create(wb);
    const p = await plan(wb);
    typeMonth(wb, ZHANG, 1, ON_TARGET);
    await writeTargetSheets(wb, p);
    expect(value(wb, ZHANG, L.firstActualRow, monthCol(1))).toBe(100);
  });

  it("leaves another year's sheets as they are and says so; a new officer gets the year's sheet", async () => {
    const wb = book();
    await create(wb, { year: 2025 });
    typeMonth(wb, ZHANG, 12, ON_TARGET);
    const next = ledger().withLoan({ officer: "赵六", balance: 60 }).values();
    next.forEach((row, r) => row.forEach((v, c) => wb.setCell("台账", at(r + 1, c), v)));
    const result = await create(wb, { year: 2026 });
    expect(result.officers.map((o) => o.blocked !== null)).toEqual([true, true, true, false]);
    expect(result.officers[0]?.blocked).toContain("2025 年度");
    expect(result.plan.notices.some((n) => n.includes(ZHANG))).toBe(true);
    expect(value(wb, ZHANG, L.yearRow, 1)).toBe(2025);
    expect(value(wb, ZHANG, L.firstActualRow, monthCol(12))).toBe(100);
    expect(value(wb, "目标责任书-赵六", L.yearRow, 1)).toBe(2026);
    // The summary lists the year's sheets only.
    expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 1, SUMMARY_COLS.officer)).toBe("赵六");
    expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 2, SUMMARY_COLS.officer)).toBeNull();
  });

  it("leaves a sheet whose layout was changed as it is", async () => {
    const wb = book();
    await create(wb);
    wb.setCell(ZHANG, at(L.weightTotalRow, 0), "小计");
    typeMonth(wb, ZHANG, 1, ON_TARGET);
    const result = await create(wb);
    expect(result.officers[0]?.blocked).toContain("结构已被改动");
    expect(value(wb, ZHANG, L.weightTotalRow, 0)).toBe("小计");
  });

  it("keeps the sheet of an officer the ledger no longer names, out of the summary", async () => {
    const wb = book();
    await create(wb);
    typeMonth(wb, WANG, 1, ON_TARGET);
    const without = aLedger().withLoan({ officer: "张三", balance: 10 }).withLoan({ officer: "李四", balance: 5 });
    // Same workbook, new ledger contents (the old rows below emptied).
    const rows = without.values();
    const width = rows[0]?.length ?? 0;
    for (let r = 1; r <= 10; r++)
      for (let c = 0; c < width; c++) wb.setCell("台账", at(r, c), rows[r - 1]?.[c] ?? null);
    const result = await create(wb);
    expect(result.plan.orphans).toEqual([WANG]);
    expect(result.plan.notices.join("\n")).toContain(WANG);
    expect(value(wb, WANG, L.firstActualRow, monthCol(1))).toBe(100);
    expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 3, SUMMARY_COLS.officer)).toBeNull();
  });

  it("never writes over a sheet of the user's, and points the formulas at the sheets as written", async () => {
    const wb = book(ledger(), [
      { name: ZHANG, values: [["我自己的目标责任书"]] },
      { name: "考核参数", values: [["本行参数"]] },
    ]);
    const engine = attachFormulaEngine(wb);
    const result = await create(wb);
    expect(wb.cellAt(ZHANG, "A1").value).toBe("我自己的目标责任书");
    expect(wb.cellAt("考核参数", "A1").value).toBe("本行参数");
    expect(result.officers[0]?.sheet).toBe(`${ZHANG}(2)`);
    expect(result.paramsSheet).toBe("考核参数(2)");
    expect(result.messages).toHaveLength(2);
    typeMonth(wb, `${ZHANG}(2)`, 1, [200, 100, 10, 0, 4]);
    // Every indicator over the cap: 100 × 1.2.
    expect(value(wb, `${ZHANG}(2)`, L.scoreRow, monthCol(1))).toBe(120);
    expect(value(wb, "考核汇总", SUMMARY_HEADER_ROW + 1, SUMMARY_COLS.firstMonth)).toBe(120);
    // Generated again, the same sheets are updated.
    const again = await create(wb);
    expect(again.officers[0]?.sheet).toBe(`${ZHANG}(2)`);
    expect(value(wb, `${ZHANG}(2)`, L.firstActualRow, monthCol(1))).toBe(200);
    engine.detach();
  });

  it("keeps a grade table the bank edited on 考核参数, and uses its default pay for new sheets", async () => {
    const wb = book(aLedger().withLoan({ officer: "张三" }));
    await create(wb);
    wb.setCell("考核参数", at(PARAMS_ROWS.firstGrade + 6, 2), 1.5);
    wb.setCell("考核参数", at(PARAMS_ROWS.basePay, 1), 7000);
    const values = ledger().values();
    values.forEach((row, r) => row.forEach((v, c) => wb.setCell("台账", at(r + 1, c), v)));
    const result = await create(wb);
    expect(value(wb, "考核参数", PARAMS_ROWS.firstGrade + 6, 2)).toBe(1.5);
    expect(result.plan.params.grades[6]?.coefficient).toBe(1.5);
    expect(value(wb, ZHANG, L.firstQuarterRow, QUARTER_COLS.basePay)).toBe(9000);
    expect(value(wb, LI, L.firstQuarterRow, QUARTER_COLS.basePay)).toBe(7000);
  });

  it("rewrites a grade table that cannot work with the default one and says so", async () => {
    const wb = book();
    await create(wb);
    wb.setCell("考核参数", at(PARAMS_ROWS.firstGrade + 3, 1), 65);
    const result = await create(wb);
    expect(result.plan.notices.join("\n")).toContain("等级系数表无法使用");
    expect(value(wb, "考核参数", PARAMS_ROWS.firstGrade + 3, 1)).toBe(80);
  });
});
