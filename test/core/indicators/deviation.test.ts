import { deviation } from "../../../src/core/indicators/deviation";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";

describe("deviation", () => {
  it("divides the balance overdue more than 90 days by the NPL balance", () => {
    const rows = [
      { overdueDays: 0, cls: "正常", balance: 1000 },
      { overdueDays: 90, cls: "关注", balance: 500 }, // 90 is not "more than 90"
      { overdueDays: 91, cls: "次级", balance: 100 },
      { overdueDays: 400, cls: "损失", balance: 50 },
      { overdueDays: 0, cls: "可疑", balance: 50 },
    ] as const;
    expect(deviation(rows)).toBeCloseTo(0.75, 12);
  });

  it("exceeds 1 when a loan overdue more than 90 days is not classed as NPL", () => {
    const rows = [
      { overdueDays: 120, cls: "关注", balance: 100 },
      { overdueDays: 120, cls: "次级", balance: 100 },
    ] as const;
    expect(deviation(rows)).toBe(2);
  });

  it("uses the threshold passed in", () => {
    const rows = [
      { overdueDays: 61, cls: "次级", balance: 100 },
      { overdueDays: 0, cls: "次级", balance: 100 },
    ] as const;
    expect(deviation(rows)).toBe(0);
    expect(deviation(rows, { ...DEFAULT_SETTINGS.classification, substandardAfterDays: 60 })).toBe(0.5);
  });

  it.each([
    [[]],
    [[{ overdueDays: 200, cls: "关注" as const, balance: 100 }]],
    [[{ overdueDays: 0, cls: "次级" as const, balance: 0 }]],
  ])("is null when the NPL balance is 0 (%p)", (rows) => {
    expect(deviation(rows)).toBeNull();
  });
});
