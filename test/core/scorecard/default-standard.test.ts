import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { sourceText } from "../../../src/core/scorecard/rule-source";

describe("DEFAULT_STANDARD", () => {
  it("has the seven items of the issue, 100 points in all", () => {
    expect(DEFAULT_STANDARD.items.map((i) => [i.item, i.points])).toEqual([
      ["手续合规合法性", 20],
      ["管户责任落实", 10],
      ["贷后检查", 25],
      ["风险预警与处置", 10],
      ["五级分类准确性", 15],
      ["档案管理", 10],
      ["催收与诉讼时效", 10],
    ]);
    expect(DEFAULT_STANDARD.items.reduce((s, i) => s + i.points, 0)).toBe(100);
  });

  it("maps the rules as the issue says", () => {
    const sources = (item: string) => DEFAULT_STANDARD.items.find((i) => i.item === item)?.sources.map(sourceText);
    expect(sources("贷后检查")).toEqual(expect.arrayContaining(["inspection-overdue", "first-inspection-late"]));
    expect(sources("五级分类准确性")).toEqual(["class-below-floor", "class-below-floor:npl"]);
    expect(sources("管户责任落实")).toEqual(["required-missing:officer"]);
    expect(sources("风险预警与处置")).toEqual(["npl-no-disposal"]);
    expect(DEFAULT_STANDARD.items.find((i) => i.item === "催收与诉讼时效")?.manual).toBe(true);
  });

  it("uses each rule source once", () => {
    const all = DEFAULT_STANDARD.items.flatMap((i) => i.sources.map(sourceText));
    expect(new Set(all).size).toBe(all.length);
  });

  it("grades 90 / 80 / 60, fines 300 below 80, gives 30 days", () => {
    expect(DEFAULT_STANDARD).toMatchObject({
      full: 100,
      bands: [90, 80, 60],
      penaltyThreshold: 80,
      penaltyAmount: 300,
      rectificationDays: 30,
    });
  });
});
