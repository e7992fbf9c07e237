import { DEFAULT_STANDARD, DEFAULT_STANDARD_ITEMS } from "../../../src/core/scorecard/default-standard";
import { parseStandard } from "../../../src/core/scorecard/parse-standard";
import { sourceText } from "../../../src/core/scorecard/rule-source";
import type { CellValue } from "../../../src/core/values/cell-value";
import { edited, ROW, standardValues } from "./standard-values";

describe("parseStandard", () => {
  it.each(["zh-CN", "en-US"] as const)("reads back the default standard written in %s", (locale) => {
    const parsed = parseStandard(standardValues(DEFAULT_STANDARD, locale), { locale });
    expect(parsed.problems).toEqual([]);
    expect(parsed.standard).toEqual(DEFAULT_STANDARD);
  });

  it("reads a bank's own edits: points, deductions, sources, veto, names and parameters", () => {
    const values = edited(standardValues(), {
      [`C${ROW.inspection}`]: 20,
      [`E${ROW.inspection}`]: "2",
      [`C${ROW.collection}`]: 15,
      [`B${ROW.collection}`]: "清收与诉讼时效",
      [`F${ROW.officer}`]: null,
      [`G${ROW.officer}`]: "required-missing:管户客户经理, required-missing：firstInspection",
      [`G${ROW.inspection}`]: "inspection-overdue、first-inspection-late",
      [`J${ROW.classification}`]: "是",
      [`B${ROW.excellent}`]: 95,
      [`B${ROW.threshold}`]: 85,
      [`B${ROW.amount}`]: "500",
      [`B${ROW.days}`]: 15,
    });
    const { standard, problems } = parseStandard(values);
    expect(problems).toEqual([]);
    const item = (name: string) => standard?.items.find((i) => i.item === name);
    expect(item("贷后检查")).toMatchObject({ points: 20, perOccurrence: 2 });
    expect(item("贷后检查")?.sources.map(sourceText)).toEqual(["inspection-overdue", "first-inspection-late"]);
    expect(item("管户责任落实")).toMatchObject({ cap: 10 });
    expect(item("管户责任落实")?.sources.map(sourceText)).toEqual([
      "required-missing:officer",
      "required-missing:firstInspection",
    ]);
    expect(item("五级分类准确性")?.veto).toBe(true);
    expect(item("清收与诉讼时效")).toMatchObject({ points: 15, manual: true });
    expect(standard).toMatchObject({
      bands: [95, 80, 60],
      penaltyThreshold: 85,
      penaltyAmount: 500,
      rectificationDays: 15,
    });
  });

  it("reads an item a bank inserted above the 合计 row", () => {
    const values = standardValues();
    const inserted = [
      ...values.slice(0, ROW.archive),
      ["档案管理", "档案移交", 0, "移交手续", 1, null, null, null, "手工", "否"],
      ...values.slice(ROW.archive),
    ];
    const { standard, problems } = parseStandard(inserted);
    expect(problems).toEqual([]);
    expect(standard?.items.map((i) => i.item)).toContain("档案移交");
    expect(standard?.items).toHaveLength(DEFAULT_STANDARD_ITEMS.length + 1);
  });

  it("takes the defaults for parameters the sheet no longer has", () => {
    const values = standardValues().slice(0, ROW.total);
    const { standard, problems } = parseStandard(values);
    expect(problems).toEqual([]);
    expect(standard).toMatchObject({
      bands: [90, 80, 60],
      penaltyThreshold: 80,
      penaltyAmount: 300,
      rectificationDays: 30,
    });
  });

  it("takes a blank 评分方式 as 自动 when the item has rule sources, 手工 when it has none", () => {
    const values = edited(standardValues(), { [`I${ROW.inspection}`]: null, [`I${ROW.collection}`]: null });
    const { standard } = parseStandard(values);
    expect(standard?.items.map((i) => i.manual)).toEqual(DEFAULT_STANDARD_ITEMS.map((i) => i.manual));
  });

  const invalid: readonly [string, Readonly<Record<string, CellValue>>, string | null, RegExp][] = [
    [
      "points not adding up to 100",
      { [`C${ROW.procedure}`]: 25 },
      null,
      /标准分”合计为 105 分，应为 100 分（多 5 分）/,
    ],
    ["points short of 100", { [`C${ROW.procedure}`]: 15 }, null, /合计为 95 分，应为 100 分（少 5 分）/],
    ["a negative deduction", { [`E${ROW.officer}`]: -1 }, `E${ROW.officer}`, /“每次扣分”为 -1，不能为负数/],
    [
      "a deduction in words",
      { [`E${ROW.officer}`]: "一分" },
      `E${ROW.officer}`,
      /“每次扣分”应为不小于 0 的数字，现为“一分”/,
    ],
    ["a negative cap", { [`F${ROW.officer}`]: -5 }, `F${ROW.officer}`, /“扣分上限”为 -5/],
    ["a negative special deduction", { [`H${ROW.classification}`]: -5 }, `H${ROW.classification}`, /“特别扣分”为 -5/],
    ["no points", { [`C${ROW.procedure}`]: null }, `C${ROW.procedure}`, /“标准分”未填写/],
    [
      "an unknown rule id",
      { [`G${ROW.inspection}`]: "inspection-late" },
      `G${ROW.inspection}`,
      /“inspection-late”不是台账检查的规则编号：可用的规则编号有 header-missing/,
    ],
    [
      "an unknown column filter",
      { [`G${ROW.officer}`]: "required-missing:经理" },
      `G${ROW.officer}`,
      /冒号后的筛选无法识别/,
    ],
    [
      "a filter on a rule without one",
      { [`G${ROW.inspection}`]: "inspection-overdue:officer" },
      `G${ROW.inspection}`,
      /不能加冒号筛选/,
    ],
    [
      "a source in two items",
      { [`G${ROW.archive}`]: "required-missing, inspection-overdue" },
      `G${ROW.archive}`,
      /规则“inspection-overdue”已用于第 6 行的项目“贷后检查”/,
    ],
    [
      "an unknown 评分方式",
      { [`I${ROW.procedure}`]: "半自动" },
      `I${ROW.procedure}`,
      /“评分方式”应为“自动”或“手工”，现为“半自动”/,
    ],
    [
      "an unknown 一票否决",
      { [`J${ROW.procedure}`]: "可能" },
      `J${ROW.procedure}`,
      /“一票否决”应为“是”或“否”，现为“可能”/,
    ],
    [
      "an automatic item without sources",
      { [`I${ROW.collection}`]: "自动" },
      `G${ROW.collection}`,
      /项目“催收与诉讼时效”的评分方式为“自动”，但未填写“自动来源规则”/,
    ],
    ["a repeated item name", { [`B${ROW.warning}`]: "贷后检查" }, `B${ROW.warning}`, /项目“贷后检查”与第 6 行重名/],
    [
      "an item name COUNTIFS would read as a pattern",
      { [`B${ROW.officer}`]: "管户*" },
      `B${ROW.officer}`,
      /含有 \* \? ~/,
    ],
    ["a row without its item name", { [`B${ROW.officer}`]: null }, `B${ROW.officer}`, /“项目”为空，但该行填有其他内容/],
    ["bands out of order", { [`B${ROW.excellent}`]: 75 }, null, /优秀 75、良好 80、合格 60/],
    [
      "a threshold above the full mark",
      { [`B${ROW.threshold}`]: 120 },
      `B${ROW.threshold}`,
      /扣罚分数线 120 应在 0 到 100 之间/,
    ],
    [
      "a deadline that is not whole days",
      { [`B${ROW.days}`]: 0.5 },
      `B${ROW.days}`,
      /整改期限应为 1 到 365 之间的整数天数/,
    ],
    ["a penalty in words", { [`B${ROW.amount}`]: "三百" }, `B${ROW.amount}`, /“扣罚金额（元）”应为数字，现为“三百”/],
    ["a missing column", { [`E${ROW.header}`]: "扣分" }, null, /第 3 行的表头缺少“每次扣分”列/],
  ];

  it.each(invalid)("refuses %s, naming the cell and what to write", (_, edits, cell, text) => {
    const { standard, problems } = parseStandard(edited(standardValues(), edits));
    expect(standard).toBeNull();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.cell).toBe(cell);
    expect(problem?.message).toMatch(text);
    expect(problem?.message).toMatch(/^“评分标准”表/);
    if (cell !== null) expect(problem?.message).toContain(cell);
  });

  it("refuses a sheet without a header row, and one without items", () => {
    expect(parseStandard([["随便写的"]]).problems[0]?.message).toMatch(/找不到表头行/);
    const onlyHeader = standardValues().slice(0, ROW.header);
    expect(parseStandard(onlyHeader).problems[0]?.message).toMatch(/没有评分项目/);
  });

  it("names the sheet as the workbook spells it, and speaks English when asked", () => {
    const values = edited(standardValues(), { [`E${ROW.officer}`]: -1 });
    const [problem] = parseStandard(values, { sheet: "评分标准(新)", locale: "en-US" }).problems;
    expect(problem?.message).toBe(
      "评分标准(新) row 5, E5: Per occurrence is -1 and cannot be negative: enter 0 or more",
    );
  });

  it("lists every problem of a sheet with several", () => {
    const values = edited(standardValues(), {
      [`E${ROW.officer}`]: -1,
      [`G${ROW.inspection}`]: "x-rule",
      [`B${ROW.threshold}`]: 200,
    });
    expect(parseStandard(values).problems.map((p) => p.cell)).toEqual([
      `E${ROW.officer}`,
      `G${ROW.inspection}`,
      `B${ROW.threshold}`,
    ]);
  });
});
