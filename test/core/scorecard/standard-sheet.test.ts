import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { buildStandardSheet } from "../../../src/core/scorecard/standard-sheet";
import { ROW, standardValues } from "./standard-values";

describe("buildStandardSheet", () => {
  it("writes the items under the header with a 合计 that adds up to 100", () => {
    const values = standardValues();
    expect(values[ROW.header - 1]).toEqual([
      "类别",
      "项目",
      "标准分",
      "扣分标准",
      "每次扣分",
      "扣分上限",
      "自动来源规则",
      "特别扣分",
      "评分方式",
      "一票否决",
    ]);
    expect(values[ROW.inspection - 1]?.slice(1, 3)).toEqual(["贷后检查", 25]);
    expect(values[ROW.classification - 1]?.slice(6, 10)).toEqual([
      "class-below-floor, class-below-floor:npl",
      5,
      "自动",
      "否",
    ]);
    expect(values[ROW.total - 1]?.slice(0, 3)).toEqual(["合计", null, 100]);
  });

  it("writes the parameters and explains every rule id", () => {
    const values = standardValues();
    expect(values.slice(ROW.excellent - 1, ROW.days).map((r) => r.slice(0, 2))).toEqual([
      ["优秀（不低于）", 90],
      ["良好（不低于）", 80],
      ["合格（不低于）", 60],
      ["扣罚分数线（低于此分扣罚）", 80],
      ["扣罚金额（元）", 300],
      ["整改期限（天）", 30],
    ]);
    const ids = values.map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(["required-missing", "class-below-floor", "maturing-next-month"]));
  });

  it("offers drop-downs for 评分方式 and 一票否决, and prints landscape", () => {
    const model = buildStandardSheet(DEFAULT_STANDARD);
    expect(model.validations).toEqual([
      { range: `I${ROW.procedure}:I${ROW.collection}`, list: ["自动", "手工"] },
      { range: `J${ROW.procedure}:J${ROW.collection}`, list: ["是", "否"] },
    ]);
    expect(model.page).toMatchObject({ orientation: "landscape", paperSize: "A4" });
    expect(model.name).toBe("评分标准");
  });
});
