import { defaultMonthlyTarget } from "../../../src/core/targets/default-indicators";
import { indicatorAttainment } from "../../../src/core/targets/month-score";
import { DEFAULT_GRADES, type PayGrade } from "../../../src/core/targets/quarter-payout";
import type { IndicatorInputs, TargetSheetInputs } from "../../../src/core/targets/target-inputs";
import { monthCol, QUARTER_COLS, targetSheetLayout } from "../../../src/core/targets/target-layout";
import { scoreTargetInputs } from "../../../src/core/targets/target-scores";
import { buildTargetSheet, INPUT_FILL } from "../../../src/core/targets/target-sheet";
import { isFormulaCell, type ModelCell } from "../../../src/core/sheet-model/sheet-model";
import { day } from "../../support/ledger-builder";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import {
  aPortfolio,
  inputsWith,
  monthlyTargets,
  months,
  numberOrNull,
  PARAMS,
  recalcTargets,
} from "../../support/target-sheets";

const SHEET = "目标责任书-张三";
const L = targetSheetLayout(5);

/** Each indicator attains f(month) of its default monthly target (a ceiling: target ÷ f). */
function attaining(f: (m: number) => number | null): TargetSheetInputs {
  return inputsWith((ind) => {
    const annual = ind.annual as number;
    const target = defaultMonthlyTarget(ind.unit, annual);
    return {
      actuals: months((m) => {
        const x = f(m);
        if (x === null) return null;
        return ind.direction === "反向" ? target / x : target * x;
      }),
    };
  });
}

/** A year of plausible figures: deposits short in spring, recoveries over, the NPL rate drifting around its ceiling. */
const REALISTIC = inputsWith((_, i) => ({
  actuals: months(
    (m) => [80 + m * 3, 45 + (m % 4) * 5, m % 3 === 0 ? 0 : 6.5, [0, 0.015, 0.025, 0.02][m % 4] ?? 0, m % 5][i] ?? null,
  ),
}));

interface Options {
  readonly cap?: number;
  readonly grades?: PayGrade[];
}

const CASES: readonly (readonly [string, TargetSheetInputs, Options])[] = [
  ["nothing typed yet", inputsWith(() => ({})), {}],
  ["a year of plausible figures", REALISTIC, {}],
  ["the same figures with a cap of 1.5", REALISTIC, { cap: 1.5 }],
  ["every indicator exactly on target", attaining(() => 1), {}],
  [
    "scores landing on the grade bounds (60, 70 … 110)",
    attaining((m) => [0.6, 0.7, 0.8, 0.9, 1, 1.1][(m - 1) % 6] ?? 1),
    {},
  ],
  [
    "scores just under the grade bounds",
    attaining((m) => [0.5999, 0.6999, 0.7999, 0.8999, 0.9999, 1.0999][(m - 1) % 6] ?? 1),
    {},
  ],
  ["only the first five months typed", attaining((m) => (m <= 5 ? 0.95 : null)), {}],
  [
    "one actual missing in March",
    inputsWith((ind, i) => ({
      actuals: months((m) => (m === 3 && i === 2 ? null : ind.direction === "反向" ? 0.01 : 100)),
    })),
    {},
  ],
  [
    "the ceiling indicator at 0, above and below its ceiling",
    inputsWith((ind) => ({ actuals: months((m) => (ind.direction === "反向" ? ([0, 0.04, 0.01][m % 3] ?? 0) : 50)) })),
    {},
  ],
  [
    "monthly targets typed over the default",
    inputsWith((ind, i) => ({
      monthly: monthlyTargets((m) => (i === 0 && m >= 6 ? 150 : undefined)),
      actuals: months(() => (ind.direction === "反向" ? 0.018 : 120)),
    })),
    {},
  ],
  [
    "a month's target typed as 0",
    inputsWith((ind, i) => ({
      monthly: monthlyTargets((m) => (i === 4 && m === 2 ? 0 : undefined)),
      actuals: months(() => (ind.direction === "反向" ? 0.02 : 10)),
    })),
    {},
  ],
  [
    "an annual target cleared",
    inputsWith((ind, i) => ({ annual: i === 1 ? null : ind.annual, actuals: months(() => 10) })),
    {},
  ],
  [
    "a negative NPL rate typed",
    inputsWith((ind) => ({ actuals: months((m) => (ind.direction === "反向" ? (m === 4 ? -0.01 : 0.02) : 30)) })),
    {},
  ],
  [
    "text typed as an actual",
    inputsWith((_, i) => ({ actuals: months((m) => (i === 0 && m === 7 ? "未报" : 25)) })),
    {},
  ],
  [
    "weights not adding up to 100, one cleared",
    inputsWith((_, i) => ({ weight: [40, 40, null, 15, 10][i] ?? null, actuals: months(() => 33) })),
    {},
  ],
  [
    "a quantity switched to 反向 and a rate to 正向",
    inputsWith((ind, i) => ({
      direction: i === 0 ? "反向" : i === 3 ? "正向" : ind.direction,
      actuals: months((m) => (i === 3 ? 0.01 * m : 40 + m)),
    })),
    {},
  ],
  [
    "pay typed differently per quarter",
    {
      ...attaining((m) => 0.85 + m / 100),
      pay: [0, 1, 2, 3].map((q) => ({ base: 8000 + q * 500, performance: 5000 - q * 1000 })),
    },
    {},
  ],
  [
    "a bank's own grade table",
    attaining((m) => 0.7 + m / 40),
    {
      grades: [
        { name: "D", lower: 0, coefficient: 0 },
        { name: "C", lower: 50, coefficient: 0.5 },
        { name: "B", lower: 80, coefficient: 1 },
        { name: "A", lower: 95, coefficient: 1.2 },
        { name: "A+", lower: 100, coefficient: 1.4 },
        { name: "S", lower: 105, coefficient: 1.5 },
        { name: "SS", lower: 115, coefficient: 2 },
      ],
    },
  ],
];

describe("buildTargetSheet", () => {
  describe.each(CASES)("recalculated by a real engine, %s", (_, sheetInputs, options) => {
    const cap = options.cap ?? 1.2;
    const grades = options.grades ?? DEFAULT_GRADES;
    const r = recalcTargets([{ officer: "张三", sheet: SHEET, inputs: sheetInputs }], { cap, grades });
    const core = scoreTargetInputs(sheetInputs, { cap, grades });

    it("shows each month's score as the core computes it, and blank where the core has none", () => {
      const shown = core.monthScores.map((_s, i) => numberOrNull(r.cell(SHEET, L.scoreRow, monthCol(i + 1))));
      shown.forEach((s, i) => {
        const expected = core.monthScores[i] ?? null;
        if (expected === null) expect(s).toBeNull();
        else expect(s).toBeCloseTo(expected, 9);
      });
    });

    it("shows each indicator's attainment as attain / attainReverse give it, once its actual is typed", () => {
      sheetInputs.indicators.forEach((ind: IndicatorInputs, i) => {
        for (let m = 1; m <= 12; m++) {
          const shown = r.cell(SHEET, L.firstAttainRow + i, monthCol(m));
          const actual = ind.actuals[m - 1];
          const target = r.cell(SHEET, L.firstTargetRow + i, monthCol(m));
          if (typeof actual !== "number" || typeof target !== "number") continue;
          const expected = indicatorAttainment(
            { direction: ind.direction === "反向" ? "反向" : "正向", actual, target },
            cap,
          );
          if (expected === null) expect(numberOrNull(shown)).toBeNull();
          else expect(shown).toBeCloseTo(expected, 9);
        }
      });
    });

    it("pays each quarter as quarterPayout does, and nothing before its three months are scored", () => {
      core.quarters.forEach((q, i) => {
        const row = L.firstQuarterRow + i;
        const pay = numberOrNull(r.cell(SHEET, row, QUARTER_COLS.pay));
        if (q === null) {
          expect(pay).toBeNull();
          return;
        }
        expect(r.cell(SHEET, row, QUARTER_COLS.average)).toBeCloseTo(q.average, 9);
        expect(r.cell(SHEET, row, QUARTER_COLS.grade)).toBe(q.grade.name);
        expect(r.cell(SHEET, row, QUARTER_COLS.coefficient)).toBeCloseTo(q.grade.coefficient, 9);
        expect(pay).toBeCloseTo(q.pay, 6);
      });
    });
  });

  const inputs = inputsWith((ind, i) => ({ actuals: months((m) => (m === 1 && i === 0 ? 95 : null)) }), {
    president: "刘行长",
  });
  const model = buildTargetSheet({
    name: SHEET,
    officer: "张三",
    year: 2026,
    asOf: day("2026-03-31"),
    ledgerSheet: "贷后台账",
    amountUnit: "万元",
    portfolio: aPortfolio("张三", { balance: 250, nplBalance: 20 }),
    paramsSheet: PARAMS,
    inputs,
  });
  const cell = (row: number, col: number) => model.rows[row - 1]?.[col] ?? null;
  const formulaOf = (c: ModelCell): string => (isFormulaCell(c) ? c.formula : "");

  it("writes the title in A1, the parties, the year and the period", () => {
    expect(cell(1, 0)).toBe("目标责任书");
    expect(cell(L.yearRow, 1)).toBe(2026);
    expect(cell(L.presidentRow, 1)).toBe("刘行长");
    expect(cell(L.officerRow, 1)).toBe("张三");
    expect(cell(L.periodRow, 1)).toBe("2026年1月1日至2026年12月31日");
  });

  it("writes the portfolio from the ledger, with the NPL ratio as a formula", () => {
    const row = model.rows[L.portfolioRow - 1] ?? [];
    expect(row.slice(0, 4)).toEqual([3, 4, 250, 20]);
    expect(row[4]).toEqual({ formula: `=IF(C${L.portfolioRow}=0,"",D${L.portfolioRow}/C${L.portfolioRow})` });
    const r = recalcTargets([{ officer: "张三", sheet: SHEET, inputs }]);
    expect(r.cell(SHEET, L.portfolioRow, 4)).toBeCloseTo(0.08, 12);
    expect(String(cell(L.portfolioTitleRow, 0))).toContain("截至 2026-03-31");
  });

  it("shows the NPL ratio blank for a zero portfolio", () => {
    const zero = buildTargetSheet({
      name: SHEET,
      officer: "张三",
      year: 2026,
      asOf: day("2026-03-31"),
      ledgerSheet: "台账",
      amountUnit: null,
      portfolio: aPortfolio("张三", { accounts: 0, loans: 0, balance: 0, nplBalance: 0, nplRatio: null }),
      paramsSheet: PARAMS,
      inputs,
    });
    const values = recalculateSheets([zero]);
    expect(numberOrNull(values[SHEET]?.[L.portfolioRow - 1]?.[4] ?? null)).toBeNull();
  });

  it("writes the typed cells back as they were typed, and the default monthly targets as formulas", () => {
    expect(cell(L.firstActualRow, monthCol(1))).toBe(95);
    expect(cell(L.firstActualRow, monthCol(2))).toBeNull();
    const monthly = cell(L.firstTargetRow, monthCol(1));
    expect(monthly).toEqual({
      formula: `=IF($B${L.firstTargetRow}="%",$E${L.firstTargetRow},$E${L.firstTargetRow}/12)`,
    });
  });

  it("refers to the 考核参数 sheet for the cap and the grades", () => {
    expect(formulaOf(cell(L.firstAttainRow, monthCol(1)))).toContain("'考核参数'!$B$4");
    expect(formulaOf(cell(L.firstQuarterRow, QUARTER_COLS.grade))).toContain(
      `MATCH(B${L.firstQuarterRow},'考核参数'!$B$8:$B$14,1)`,
    );
  });

  it("uses only functions Excel 2010 has", () => {
    const used = new Set<string>();
    for (const row of model.rows) {
      for (const c of row)
        if (isFormulaCell(c)) for (const m of c.formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1] ?? "");
    }
    const excel2010 = [
      "IF",
      "OR",
      "MIN",
      "NA",
      "COUNT",
      "ROUND",
      "SUMPRODUCT",
      "AVERAGE",
      "INDEX",
      "MATCH",
      "IFERROR",
      "SUM",
    ];
    expect([...used].filter((f) => !excel2010.includes(f))).toEqual([]);
  });

  it("offers 正向/反向 as a drop-down and marks the input cells", () => {
    expect(model.validations).toEqual([
      { range: `C${L.firstTargetRow}:C${L.firstTargetRow + 4}`, list: ["正向", "反向"] },
    ]);
    const fills = (model.formats ?? []).filter((f) => f.style.fill === INPUT_FILL).map((f) => f.range);
    expect(fills).toEqual(
      expect.arrayContaining([
        `A${L.firstTargetRow}:Q${L.firstTargetRow + 4}`,
        `F${L.firstActualRow}:Q${L.firstActualRow + 4}`,
        `E${L.firstQuarterRow}:F${L.firstQuarterRow + 3}`,
      ]),
    );
  });

  it("prints on A4 landscape, one page wide", () => {
    expect(model.page).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToWidth: true });
  });

  it("writes English labels in en-US, keeping the formulas' words", () => {
    const en = buildTargetSheet({
      name: SHEET,
      officer: "张三",
      year: 2026,
      asOf: day("2026-03-31"),
      ledgerSheet: "台账",
      amountUnit: "万元",
      portfolio: aPortfolio("张三"),
      paramsSheet: PARAMS,
      inputs,
      locale: "en-US",
    });
    expect(en.rows[0]?.[0]).toBe("Target-responsibility sheet");
    expect(en.rows[L.firstTargetRow - 1]?.[2]).toBe("正向");
  });
});
