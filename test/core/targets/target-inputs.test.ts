import { isFormulaCell } from "../../../src/core/sheet-model/sheet-model";
import {
  DEFAULT_MONTHLY,
  findTargetLayout,
  newTargetInputs,
  readTargetInputs,
  type IndicatorInputs,
  type TargetSheetInputs,
} from "../../../src/core/targets/target-inputs";
import { DEFAULT_INDICATORS } from "../../../src/core/targets/default-indicators";
import { DEFAULT_PAY } from "../../../src/core/targets/quarter-payout";
import { monthCol, targetSheetLayout } from "../../../src/core/targets/target-layout";
import { buildTargetSheet } from "../../../src/core/targets/target-sheet";
import { excelError, type CellValue } from "../../../src/core/values/cell-value";
import { day } from "../../support/ledger-builder";
import { aPortfolio, inputsWith, monthlyTargets, months, PARAMS, recalcTargets } from "../../support/target-sheets";

const SHEET = "目标责任书-张三";

function model(inputs: TargetSheetInputs, locale: "zh-CN" | "en-US" = "zh-CN") {
  return buildTargetSheet({
    name: SHEET,
    officer: "张三",
    year: 2026,
    asOf: day("2026-03-31"),
    ledgerSheet: "台账",
    amountUnit: "万元",
    portfolio: aPortfolio("张三"),
    paramsSheet: PARAMS,
    inputs,
    locale,
  });
}

/** The sheet as a file no spreadsheet has recalculated reads: formulas without results. */
function unrecalculated(inputs: TargetSheetInputs, locale: "zh-CN" | "en-US" = "zh-CN"): CellValue[][] {
  return model(inputs, locale).rows.map((row) =>
    row.map((c) => (isFormulaCell(c) || (typeof c === "object" && c !== null) ? null : c)),
  );
}

const TYPED: TargetSheetInputs = inputsWith(
  (ind, i) => ({
    name: i === 4 ? "收息" : ind.name,
    weight: i === 0 ? 35 : ind.weight,
    annual: i === 1 ? 720 : ind.annual,
    monthly: monthlyTargets((m) => (i === 2 && m === 12 ? 20 : undefined)),
    actuals: months((m) => (m <= 3 ? 10 * m + i : m === 4 && i === 0 ? "未报" : null)),
  }),
  { president: "刘行长", pay: [0, 1, 2, 3].map((q) => ({ base: 9000 + q, performance: q === 3 ? null : 6000 })) },
);

describe("newTargetInputs", () => {
  it("starts from the default indicators, no actuals and the default pay", () => {
    const inputs = newTargetInputs();
    expect(inputs.indicators.map((i) => [i.name, i.weight])).toEqual(DEFAULT_INDICATORS.map((i) => [i.name, i.weight]));
    expect(inputs.indicators.every((i) => i.actuals.length === 12 && i.actuals.every((a) => a === null))).toBe(true);
    expect(inputs.pay).toEqual(
      Array.from({ length: 4 }, () => ({ base: DEFAULT_PAY.basePay, performance: DEFAULT_PAY.performancePay })),
    );
  });
});

describe("readTargetInputs", () => {
  it("reads back what was typed on a recalculated sheet (as Excel gives the values)", () => {
    const r = recalcTargets([{ officer: "张三", sheet: SHEET, inputs: TYPED }]);
    expect(readTargetInputs(r.values[SHEET] ?? [])).toEqual({ year: 2026, inputs: TYPED });
  });

  it("reads back what was typed on a sheet whose formulas have no results yet (a file written by the command line)", () => {
    expect(readTargetInputs(unrecalculated(TYPED))).toEqual({ year: 2026, inputs: TYPED });
  });

  it("reads a sheet written in English", () => {
    expect(readTargetInputs(unrecalculated(TYPED, "en-US"))?.inputs).toEqual(TYPED);
  });

  it("keeps a monthly target typed over the default, and takes one equal to the default as the formula again", () => {
    const r = recalcTargets([{ officer: "张三", sheet: SHEET, inputs: TYPED }]);
    const values = (r.values[SHEET] ?? []).map((row) => [...row]);
    const l = targetSheetLayout(5);
    const row = values[l.firstTargetRow - 1] as CellValue[];
    row[monthCol(5)] = 77; // typed over the formula
    row[monthCol(6)] = 100; // typed, but what the default gives (1200 ÷ 12)
    const read = readTargetInputs(values);
    expect(read?.inputs.indicators[0]?.monthly[4]).toEqual({ kind: "typed", value: 77 });
    expect(read?.inputs.indicators[0]?.monthly[5]).toEqual(DEFAULT_MONTHLY);
  });

  it("reads an error value or blank text in a typed cell as empty", () => {
    const values = unrecalculated(TYPED).map((row) => [...row]);
    const l = targetSheetLayout(5);
    (values[l.firstActualRow - 1] as CellValue[])[monthCol(1)] = excelError("#REF!");
    (values[l.firstActualRow] as CellValue[])[monthCol(1)] = "  ";
    const read = readTargetInputs(values);
    expect(read?.inputs.indicators[0]?.actuals[0]).toBeNull();
    expect(read?.inputs.indicators[1]?.actuals[0]).toBeNull();
  });

  it.each([1, 3, 8])("finds a sheet with %p indicator(s)", (n) => {
    const base = newTargetInputs();
    const inputs = {
      ...base,
      indicators: Array.from({ length: n }, (_, i) => base.indicators[i % 5] as IndicatorInputs),
    };
    expect(findTargetLayout(unrecalculated(inputs))?.indicators).toBe(n);
  });

  it.each<[string, (v: CellValue[][]) => void]>([
    ["a row inserted in the targets table", (v) => v.splice(15, 0, [])],
    ["the 合计 label overwritten", (v) => ((v[targetSheetLayout(5).weightTotalRow - 1] as CellValue[])[0] = "小计")],
    ["an empty sheet", (v) => v.splice(0, v.length)],
  ])("is null when the layout cannot be found: %s", (_, change) => {
    const values = unrecalculated(TYPED).map((row) => [...row]);
    change(values);
    expect(readTargetInputs(values)).toBeNull();
  });
});
