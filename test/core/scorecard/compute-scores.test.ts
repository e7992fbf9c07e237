import { computeScores, hasSpecialColumn, specialDeductionOf } from "../../../src/core/scorecard/compute-scores";
import type { ItemCount } from "../../../src/core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import type { ScoringStandard } from "../../../src/core/scorecard/scoring-standard";

const counts = (entries: Readonly<Record<string, readonly number[]>>) =>
  new Map<string, ItemCount>(Object.entries(entries).map(([k, [normal = 0, special = 0]]) => [k, { normal, special }]));

function item(result: ReturnType<typeof computeScores>, name: string) {
  return result.items.find((i) => i.item === name);
}

describe("computeScores", () => {
  it("gives full marks when nothing occurred", () => {
    const r = computeScores(DEFAULT_STANDARD, "城关支行", new Map());
    expect(r).toMatchObject({
      branch: "城关支行",
      total: 100,
      grade: "优秀",
      penalty: 0,
      vetoed: false,
      topLosses: [],
    });
  });

  it.each<[string, Record<string, number[]>, string, number, number]>([
    ["per loan", { 贷后检查: [3] }, "贷后检查", 3, 22],
    ["capped (扣完为止)", { 贷后检查: [40] }, "贷后检查", 25, 0],
    ["half points", { 档案管理: [3] }, "档案管理", 1.5, 8.5],
    ["special at its own deduction", { 五级分类准确性: [1, 2] }, "五级分类准确性", 12, 3],
    ["special capped", { 五级分类准确性: [0, 4] }, "五级分类准确性", 15, 0],
    ["manual counts", { 催收与诉讼时效: [2] }, "催收与诉讼时效", 4, 6],
  ])("deducts %s", (_, c, name, deduction, score) => {
    const r = computeScores(DEFAULT_STANDARD, "b", counts(c));
    expect(item(r, name)).toMatchObject({ deduction, score });
    expect(r.total).toBe(100 - deduction);
  });

  it("never takes an item below 0, even with a cap above its points", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i) => (i.item === "管户责任落实" ? { ...i, cap: 50 } : i)),
    };
    const r = computeScores(standard, "b", counts({ 管户责任落实: [30] }));
    expect(item(r, "管户责任落实")).toMatchObject({ deduction: 30, score: 0 });
    expect(r.total).toBe(90);
  });

  it("rounds as the sheet's ROUND(…, 2) does", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i) => (i.item === "档案管理" ? { ...i, perOccurrence: 0.1 } : i)),
    };
    const r = computeScores(standard, "b", counts({ 档案管理: [3] }));
    expect(item(r, "档案管理")?.deduction).toBe(0.3);
    expect(r.total).toBe(99.7);
  });

  it.each([
    [100, "优秀", 0],
    [90, "优秀", 0],
    [89.5, "良好", 0],
    [80, "良好", 0],
    [79.5, "合格", 300],
    [60, "合格", 300],
    [59.5, "不合格", 300],
  ] as const)("grades %d as %s with a penalty of %d", (total, grade, penalty) => {
    // One item of 100 points at half a point per occurrence reaches every total.
    const [first] = DEFAULT_STANDARD.items;
    if (first === undefined) throw new Error("items");
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: [{ ...first, points: 100, cap: 100, perOccurrence: 0.5 }],
    };
    const r = computeScores(standard, "b", counts({ [first.item]: [(100 - total) * 2] }));
    expect(r).toMatchObject({ total, grade, penalty });
  });

  it("makes a veto item that occurred 不合格, whatever the total", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i) => (i.item === "五级分类准确性" ? { ...i, veto: true } : i)),
    };
    const r = computeScores(standard, "b", counts({ 五级分类准确性: [0, 1] }));
    expect(r).toMatchObject({ total: 95, grade: "不合格", vetoed: true, penalty: 0 });
    expect(computeScores(standard, "b", new Map()).vetoed).toBe(false);
  });

  it("names at most three items that cost most, largest first, ties in the standard's order", () => {
    const r = computeScores(
      DEFAULT_STANDARD,
      "b",
      counts({ 手续合规合法性: [1], 管户责任落实: [2], 贷后检查: [2], 档案管理: [8] }),
    );
    expect(r.topLosses.map((i) => [i.item, i.deduction])).toEqual([
      ["档案管理", 4],
      ["手续合规合法性", 2],
      ["管户责任落实", 2],
    ]);
  });

  it("follows the standard's own bands and penalty", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      bands: [95, 85, 70],
      penaltyThreshold: 90,
      penaltyAmount: 500,
    };
    const r = computeScores(standard, "b", counts({ 贷后检查: [12] }));
    expect(r).toMatchObject({ total: 88, grade: "良好", penalty: 500 });
  });
});

describe("specialDeductionOf and hasSpecialColumn", () => {
  it("uses 特别扣分 when given, the usual deduction otherwise", () => {
    const [procedure, , , , classification] = DEFAULT_STANDARD.items;
    if (procedure === undefined || classification === undefined) throw new Error("items");
    expect(specialDeductionOf(classification)).toBe(5);
    expect(specialDeductionOf(procedure)).toBe(2);
    expect(hasSpecialColumn(classification)).toBe(true);
    expect(hasSpecialColumn(procedure)).toBe(false);
  });
});
