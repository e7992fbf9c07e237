import type { AssetType } from "../../../src/core/classification/asset-type";
import { classifyFloor, reasonText, type FloorInput } from "../../../src/core/classification/classify-floor";
import type { Condition } from "../../../src/core/classification/conditions";
import { DEFAULT_SETTINGS, type ClassificationThresholds } from "../../../src/core/settings/defaults";

const input = (over: Partial<FloorInput> = {}): FloorInput => ({
  overdueDays: 0,
  assetType: "非零售",
  conditions: [],
  eclRatio: null,
  ...over,
});

describe("classifyFloor", () => {
  describe("overdue days, 非零售 and 零售 (超过 N excludes N)", () => {
    const cases: [number, string, string | null][] = [
      [0, "正常", null],
      [1, "关注", "已逾期（1天）"],
      [7, "关注", "已逾期（7天）"],
      [8, "关注", "已逾期（8天）"],
      [90, "关注", "已逾期（90天）"],
      [91, "次级", "逾期超过90天"],
      [270, "次级", "逾期超过90天"],
      [271, "可疑", "逾期超过270天"],
      [360, "可疑", "逾期超过270天"],
      [361, "损失", "逾期超过360天"],
      [5000, "损失", "逾期超过360天"],
    ];
    it.each((["非零售", "零售"] as const).flatMap((type) => cases.map(([d, c, r]) => [type, d, c, r] as const)))(
      "%s overdue %p days → %s (%s)",
      (assetType, overdueDays, floor, text) => {
        const result = classifyFloor(input({ assetType, overdueDays }));
        expect(result.floor).toBe(floor);
        expect(result.reasons.map((r) => r.text)).toEqual(text === null ? [] : [text]);
      },
    );
  });

  describe("overdue days, 信用卡 (第九十二条)", () => {
    it.each([
      [0, "正常", null],
      [1, "关注", "信用卡已逾期（1天）"],
      [90, "关注", "信用卡已逾期（90天）"],
      [91, "次级", "信用卡逾期超过90天"],
      [120, "次级", "信用卡逾期超过90天"],
      [121, "可疑", "信用卡逾期超过120天"],
      [180, "可疑", "信用卡逾期超过120天"],
      [181, "损失", "信用卡逾期超过180天"],
    ])("overdue %p days → %s (%s)", (overdueDays, floor, text) => {
      const result = classifyFloor(input({ assetType: "信用卡", overdueDays }));
      expect(result.floor).toBe(floor);
      expect(result.reasons.map((r) => r.text)).toEqual(text === null ? [] : [text]);
    });
  });

  describe("技术性逾期", () => {
    it.each(
      (["非零售", "零售", "信用卡"] as const).flatMap((type) => [
        [type, 0, "正常"],
        [type, 1, "正常"],
        [type, 7, "正常"],
        [type, 8, "关注"],
        [type, 91, "次级"],
      ]),
    )("%s overdue %p days with 技术性逾期 → %s", (assetType, overdueDays, floor) => {
      expect(classifyFloor(input({ assetType, overdueDays, conditions: ["技术性逾期"] })).floor).toBe(floor);
    });

    it("does not excuse another condition's floor", () => {
      const result = classifyFloor(input({ overdueDays: 3, conditions: ["技术性逾期", "挪用"] }));
      expect(result.floor).toBe("关注");
      expect(result.reasons.map((r) => r.code)).toEqual(["diverted-funds"]);
    });
  });

  describe("conditions", () => {
    const cases: [Condition, string, string, boolean][] = [
      ["技术性逾期", "正常", "", false],
      ["挪用", "关注", "资金被挪用", false],
      ["借新还旧", "关注", "借新还旧", false],
      ["他行不良", "关注", "在他行有不良", true],
      ["重组", "关注", "已重组", false],
      ["减值", "次级", "已发生信用减值", false],
      ["评级大幅下调", "次级", "外部评级大幅下调", false],
      ["他行逾期超20%", "次级", "他行逾期90天以上债务占比超过20%", true],
      ["再次重组", "可疑", "重组观察期内再次重组", false],
      ["逃废债", "可疑", "逃废银行债务", false],
      ["破产清算", "损失", "已进入破产清算程序", false],
    ];
    it.each(
      (["非零售", "零售", "信用卡"] as AssetType[]).flatMap((type) =>
        cases.map(([c, floor, text, nonRetailOnly]) =>
          nonRetailOnly && type !== "非零售" ? ([type, c, "正常", ""] as const) : ([type, c, floor, text] as const),
        ),
      ),
    )("%s with %s and no overdue → %s", (assetType, condition, floor, text) => {
      const result = classifyFloor(input({ assetType, conditions: [condition] }));
      expect(result.floor).toBe(floor);
      expect(result.reasons.map((r) => r.text)).toEqual(text === "" ? [] : [text]);
    });
  });

  describe("ECL ratio", () => {
    it.each([
      [null, "正常", []],
      [0, "正常", []],
      [0.49, "正常", []],
      [0.5, "可疑", ["预期信用损失占账面余额50%以上"]],
      [0.89, "可疑", ["预期信用损失占账面余额50%以上"]],
      [0.9, "损失", ["预期信用损失占账面余额90%以上"]],
      [1, "损失", ["预期信用损失占账面余额90%以上"]],
    ])("%p → %s", (eclRatio, floor, texts) => {
      const result = classifyFloor(input({ eclRatio }));
      expect(result.floor).toBe(floor);
      expect(result.reasons.map((r) => r.text)).toEqual(texts);
    });
  });

  describe("combinations", () => {
    it("takes the worst floor and keeps only the reasons at it", () => {
      const result = classifyFloor(input({ overdueDays: 100, conditions: ["挪用", "逃废债"], eclRatio: 0.2 }));
      expect(result.floor).toBe("可疑");
      expect(result.reasons.map((r) => r.code)).toEqual(["debt-evasion"]);
    });

    it("lists every reason at the result floor: overdue, then conditions in CONDITIONS order, then ECL", () => {
      const result = classifyFloor(
        input({ overdueDays: 300, conditions: ["逃废债", "再次重组", "减值"], eclRatio: 0.6 }),
      );
      expect(result.floor).toBe("可疑");
      expect(result.reasons.map((r) => r.code)).toEqual([
        "overdue-doubtful",
        "restructured-again",
        "debt-evasion",
        "ecl-doubtful",
      ]);
      expect(result.reasons.every((r) => r.floor === "可疑")).toBe(true);
    });

    it("lets a condition outrank the overdue days", () => {
      const result = classifyFloor(input({ assetType: "零售", overdueDays: 30, conditions: ["破产清算"] }));
      expect(result).toEqual({
        floor: "损失",
        reasons: [{ floor: "损失", code: "liquidation", text: "已进入破产清算程序", params: {} }],
      });
    });

    it("lets the overdue days outrank a condition", () => {
      const result = classifyFloor(input({ overdueDays: 400, conditions: ["重组"], eclRatio: 0.5 }));
      expect(result.floor).toBe("损失");
      expect(result.reasons.map((r) => r.text)).toEqual(["逾期超过360天"]);
    });

    it("reports 关注 from overdue and a condition together", () => {
      const result = classifyFloor(input({ overdueDays: 10, conditions: ["重组", "借新还旧"] }));
      expect(result.reasons.map((r) => r.text)).toEqual(["已逾期（10天）", "借新还旧", "已重组"]);
    });
  });

  describe("custom thresholds", () => {
    const t: ClassificationThresholds = {
      attentionAfterDays: 30,
      technicalGraceDays: 3,
      substandardAfterDays: 60,
      doubtfulAfterDays: 180,
      lossAfterDays: 720,
      card: { substandardAfterDays: 60, doubtfulAfterDays: 90, lossAfterDays: 150 },
      eclDoubtfulRatio: 0.4,
      eclLossRatio: 0.75,
    };
    it.each([
      ["零售", 30, [], null, "正常", "—"],
      ["零售", 31, [], null, "关注", "已逾期（31天）"],
      ["零售", 60, [], null, "关注", "已逾期（60天）"],
      ["零售", 61, [], null, "次级", "逾期超过60天"],
      ["非零售", 181, [], null, "可疑", "逾期超过180天"],
      ["非零售", 720, [], null, "可疑", "逾期超过180天"],
      ["非零售", 721, [], null, "损失", "逾期超过720天"],
      ["信用卡", 61, [], null, "次级", "信用卡逾期超过60天"],
      ["信用卡", 91, [], null, "可疑", "信用卡逾期超过90天"],
      ["信用卡", 151, [], null, "损失", "信用卡逾期超过150天"],
      ["非零售", 0, [], 0.4, "可疑", "预期信用损失占账面余额40%以上"],
      ["非零售", 0, [], 0.75, "损失", "预期信用损失占账面余额75%以上"],
    ] as const)(
      "%s overdue %p days, %p, ECL %p → %s (%s)",
      (assetType, overdueDays, conditions, eclRatio, floor, text) => {
        const result = classifyFloor(input({ assetType, overdueDays, conditions, eclRatio }), t);
        expect(result.floor).toBe(floor);
        expect(reasonText(result) || "—").toBe(text);
      },
    );

    it("uses the configured technical grace", () => {
      const tight = { ...DEFAULT_SETTINGS.classification, technicalGraceDays: 3 };
      expect(classifyFloor(input({ overdueDays: 3, conditions: ["技术性逾期"] }), tight).floor).toBe("正常");
      expect(classifyFloor(input({ overdueDays: 4, conditions: ["技术性逾期"] }), tight).floor).toBe("关注");
    });
  });

  describe("non-finite input", () => {
    it.each([
      [Number.NaN, null, "正常"],
      [Number.POSITIVE_INFINITY, null, "损失"],
      [Number.NEGATIVE_INFINITY, null, "正常"],
      [-5, null, "正常"],
      [0, Number.NaN, "正常"],
      [0, Number.POSITIVE_INFINITY, "损失"],
      [0, -0.5, "正常"],
    ])("overdue %p, ECL %p → %s without throwing", (overdueDays, eclRatio, floor) => {
      expect(classifyFloor(input({ overdueDays, eclRatio })).floor).toBe(floor);
    });
  });
});

describe("reasonText", () => {
  const result = classifyFloor(input({ overdueDays: 120, conditions: ["减值", "评级大幅下调"] }));

  it("joins zh-CN reasons with a full-width semicolon", () => {
    expect(reasonText(result)).toBe("逾期超过90天；已发生信用减值；外部评级大幅下调");
  });

  it("renders en-US from the same reasons", () => {
    expect(reasonText(result, "en-US")).toBe("Overdue more than 90 days; Credit-impaired; External rating cut sharply");
  });

  it("fills the days and percentages in en-US too", () => {
    expect(reasonText(classifyFloor(input({ assetType: "信用卡", overdueDays: 5 })), "en-US")).toBe(
      "Credit card overdue (5 days)",
    );
    expect(reasonText(classifyFloor(input({ eclRatio: 0.95 })), "en-US")).toBe(
      "Expected credit loss at least 90% of the book balance",
    );
  });

  it("is empty for 正常", () => {
    expect(reasonText(classifyFloor(input()))).toBe("");
  });
});
