import { DEFAULT_GRADES, gradeFor, quarterPayout, type PayGrade } from "../../../src/core/targets/quarter-payout";

describe("DEFAULT_GRADES", () => {
  it("has seven grades from 40% to 160%, bounds rising", () => {
    expect(DEFAULT_GRADES).toHaveLength(7);
    expect(DEFAULT_GRADES[0]?.coefficient).toBe(0.4);
    expect(DEFAULT_GRADES[6]?.coefficient).toBe(1.6);
    for (let i = 1; i < DEFAULT_GRADES.length; i++) {
      expect(DEFAULT_GRADES[i]?.lower).toBeGreaterThan(DEFAULT_GRADES[i - 1]?.lower ?? Infinity);
    }
  });
});

describe("gradeFor", () => {
  it.each([
    [120, 1.6],
    [110, 1.6],
    [109.99, 1.3],
    [100, 1.3],
    [90, 1.1],
    [80, 1],
    [79.99, 0.8],
    [70, 0.8],
    [60, 0.6],
    [59.99, 0.4],
    [0, 0.4],
    [-5, 0.4],
  ])("gives a score of %p the coefficient %p", (score, coefficient) => {
    expect(gradeFor(score, DEFAULT_GRADES)?.coefficient).toBe(coefficient);
  });

  it("is null for an empty table or a score that is not a number", () => {
    expect(gradeFor(90, [])).toBeNull();
    expect(gradeFor(Number.NaN, DEFAULT_GRADES)).toBeNull();
  });

  it("uses the table it is given", () => {
    const grades: PayGrade[] = [
      { name: "C", lower: 0, coefficient: 0.5 },
      { name: "B", lower: 75, coefficient: 1 },
      { name: "A", lower: 95, coefficient: 1.5 },
    ];
    expect(gradeFor(80, grades)?.name).toBe("B");
  });
});

describe("quarterPayout", () => {
  const input = { basePay: 9000, performancePay: 6000, grades: DEFAULT_GRADES };

  it("pays base + performance × the grade of the three months' average", () => {
    const p = quarterPayout({ ...input, monthScores: [95, 100, 105] });
    expect(p).toEqual({ average: 100, grade: DEFAULT_GRADES[5], pay: 9000 + 6000 * 1.3 });
  });

  it("grades on the average rounded to two decimals, as the sheet does", () => {
    // (89.99 + 90 + 90) ÷ 3 = 89.9967, which rounds to 90.00 and so reaches 三级.
    const p = quarterPayout({ ...input, monthScores: [89.99, 90, 90] });
    expect(p?.average).toBe(90);
    expect(p?.grade.coefficient).toBe(1.1);
  });

  it.each([[[90, 90, null]], [[90, 90]], [[90, Number.NaN, 90]]])(
    "is null until three months are scored: %p",
    (scores) => {
      expect(quarterPayout({ ...input, monthScores: scores })).toBeNull();
    },
  );

  it("rounds the pay to 分", () => {
    expect(quarterPayout({ ...input, basePay: 1000.005, performancePay: 0, monthScores: [80, 80, 80] })?.pay).toBe(
      1000.01,
    );
  });
});
