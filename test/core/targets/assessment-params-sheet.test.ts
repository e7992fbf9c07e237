import {
  buildAssessmentParamsSheet,
  GRADE_COUNT,
  paramsRefs,
  PARAMS_ROWS,
  readAssessmentParams,
} from "../../../src/core/targets/assessment-params-sheet";
import { DEFAULT_GRADES, DEFAULT_PAY } from "../../../src/core/targets/quarter-payout";
import type { CellValue } from "../../../src/core/values/cell-value";
import { recalculateSheets } from "../../../src/preview/formula-engine";

const PARAMS = { cap: 1.2, grades: DEFAULT_GRADES, ...DEFAULT_PAY };

function values(change: (v: CellValue[][]) => void = () => undefined): CellValue[][] {
  const rows = buildAssessmentParamsSheet("考核参数", PARAMS).rows.map((r) => r.map((c) => c as CellValue));
  change(rows);
  return rows;
}

function setCell(v: CellValue[][], row: number, col: number, value: CellValue): void {
  const r = (v[row - 1] ??= []);
  r[col] = value;
}

describe("paramsRefs", () => {
  it("gives absolute references, the sheet name quoted", () => {
    expect(paramsRefs("考核参数")).toEqual({
      cap: "'考核参数'!$B$4",
      gradeNames: "'考核参数'!$A$8:$A$14",
      lowerBounds: "'考核参数'!$B$8:$B$14",
      coefficients: "'考核参数'!$C$8:$C$14",
    });
    expect(paramsRefs("考核参数(2)").cap).toBe("'考核参数(2)'!$B$4");
  });

  it("points at the cells the builder writes", () => {
    const sheet = buildAssessmentParamsSheet("考核参数", { ...PARAMS, cap: 1.35 });
    const computed = recalculateSheets([
      sheet,
      {
        name: "试算",
        rows: [
          [{ formula: `=${paramsRefs("考核参数").cap}` }, { formula: `=SUM(${paramsRefs("考核参数").coefficients})` }],
        ],
      },
    ]);
    expect(computed["试算"]?.[0]?.[0]).toBe(1.35);
    expect(computed["试算"]?.[0]?.[1]).toBeCloseTo(
      DEFAULT_GRADES.reduce((a, g) => a + g.coefficient, 0),
      9,
    );
  });
});

describe("buildAssessmentParamsSheet", () => {
  const sheet = buildAssessmentParamsSheet("考核参数", PARAMS);

  it("writes the cap, the seven grades lowest first and the default pay", () => {
    expect(sheet.rows[0]?.[0]).toBe("考核参数");
    expect(sheet.rows[PARAMS_ROWS.cap - 1]?.[1]).toBe(1.2);
    const grades = sheet.rows.slice(PARAMS_ROWS.firstGrade - 1, PARAMS_ROWS.firstGrade - 1 + GRADE_COUNT);
    expect(grades).toEqual(DEFAULT_GRADES.map((g) => [g.name, g.lower, g.coefficient]));
    expect(sheet.rows[PARAMS_ROWS.basePay - 1]?.[1]).toBe(DEFAULT_PAY.basePay);
    expect(sheet.rows[PARAMS_ROWS.performancePay - 1]?.[1]).toBe(DEFAULT_PAY.performancePay);
  });

  it("flags a lower bound that does not rise", () => {
    expect(sheet.conditionalFormats).toEqual([expect.objectContaining({ range: "B9:B14", formula: "=B9<=B8" })]);
  });
});

describe("readAssessmentParams", () => {
  it("reads back what the builder wrote", () => {
    expect(readAssessmentParams(values())).toEqual({
      grades: DEFAULT_GRADES,
      ...DEFAULT_PAY,
      problems: [],
    });
  });

  it("keeps a table the bank edited, and the default name of a grade left unnamed", () => {
    const read = readAssessmentParams(
      values((v) => {
        setCell(v, PARAMS_ROWS.firstGrade, 0, null);
        setCell(v, PARAMS_ROWS.firstGrade + 6, 1, 115);
        setCell(v, PARAMS_ROWS.firstGrade + 6, 2, 1.5);
        setCell(v, PARAMS_ROWS.basePay, 1, 7500);
      }),
    );
    expect(read.problems).toEqual([]);
    expect(read.grades[0]?.name).toBe("七级");
    expect(read.grades[6]).toEqual({ name: "一级", lower: 115, coefficient: 1.5 });
    expect(read.basePay).toBe(7500);
  });

  it.each<[string, (v: CellValue[][]) => void, object]>([
    ["a bound that is text", (v) => setCell(v, 10, 1, "七十"), { kind: "grades", reason: "not-number", row: 10 }],
    ["a coefficient left empty", (v) => setCell(v, 12, 2, null), { kind: "grades", reason: "not-number", row: 12 }],
    ["a negative coefficient", (v) => setCell(v, 12, 2, -0.1), { kind: "grades", reason: "not-number", row: 12 }],
    ["bounds out of order", (v) => setCell(v, 11, 1, 65), { kind: "grades", reason: "order", row: 11 }],
    ["a repeated bound", (v) => setCell(v, 11, 1, 70), { kind: "grades", reason: "order", row: 11 }],
  ])("uses the default table when it finds %s", (_, change, problem) => {
    const read = readAssessmentParams(values(change));
    expect(read.grades).toEqual(DEFAULT_GRADES);
    expect(read.problems).toEqual([problem]);
  });

  it("uses the default pay when it is not a number", () => {
    const read = readAssessmentParams(values((v) => setCell(v, PARAMS_ROWS.performancePay, 1, "面议")));
    expect(read).toMatchObject({ ...DEFAULT_PAY, problems: [{ kind: "pay" }] });
  });
});
