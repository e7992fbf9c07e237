import { classCheck, classCheckText } from "../../../src/core/classification/class-check";
import type { FloorInput } from "../../../src/core/classification/classify-floor";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";

const input = (over: Partial<FloorInput> = {}): FloorInput => ({
  overdueDays: 0,
  assetType: "非零售",
  conditions: [],
  eclRatio: null,
  ...over,
});

describe("classCheck", () => {
  it.each([
    ["正常", 0],
    ["关注", 0],
    ["关注", 90],
    ["次级", 91],
    ["损失", 91],
    ["损失", 361],
  ] as const)("accepts %s at %p days overdue (at or worse than the floor)", (recorded, overdueDays) => {
    expect(classCheck(recorded, input({ overdueDays }))).toEqual({ ok: true });
  });

  it("flags a class better than the floor, with the floor's reasons", () => {
    const result = classCheck("关注", input({ overdueDays: 100 }));
    expect(result).toMatchObject({ ok: false, floor: "次级", text: "分类偏离：应至少为次级（逾期超过90天）" });
    expect(result.ok ? [] : result.reasons.map((r) => r.code)).toEqual(["overdue-substandard"]);
  });

  it("joins several reasons in the message", () => {
    const result = classCheck("正常", input({ overdueDays: 5, conditions: ["挪用"] }));
    expect(result.ok ? "" : result.text).toBe("分类偏离：应至少为关注（已逾期（5天）；资金被挪用）");
  });

  it("uses the thresholds passed in", () => {
    const t = { ...DEFAULT_SETTINGS.classification, substandardAfterDays: 60 };
    expect(classCheck("关注", input({ overdueDays: 61 }))).toEqual({ ok: true });
    expect(classCheck("关注", input({ overdueDays: 61 }), t)).toMatchObject({
      ok: false,
      text: "分类偏离：应至少为次级（逾期超过60天）",
    });
  });
});

describe("classCheckText", () => {
  it("renders en-US, keeping the class name as in the ledger", () => {
    const result = classCheck("次级", input({ assetType: "信用卡", overdueDays: 200, conditions: ["逃废债"] }));
    expect(classCheckText(result, "en-US")).toBe(
      "Misclassified: should be at least 损失 (Credit card overdue more than 180 days)",
    );
    expect(classCheckText(result)).toBe("分类偏离：应至少为损失（信用卡逾期超过180天）");
  });

  it("is empty when the check passed", () => {
    expect(classCheckText({ ok: true }, "en-US")).toBe("");
  });
});
