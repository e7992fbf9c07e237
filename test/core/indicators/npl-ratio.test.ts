import { nplRatio } from "../../../src/core/indicators/npl-ratio";

describe("nplRatio", () => {
  it("divides 次级 + 可疑 + 损失 by the total balance", () => {
    const rows = [
      { cls: "正常", balance: 600 },
      { cls: "关注", balance: 200 },
      { cls: "次级", balance: 100 },
      { cls: "可疑", balance: 60 },
      { cls: "损失", balance: 40 },
    ] as const;
    expect(nplRatio(rows)).toBeCloseTo(0.2, 12);
  });

  it("is 0 without NPLs and 1 with only NPLs", () => {
    expect(nplRatio([{ cls: "关注", balance: 5 }])).toBe(0);
    expect(nplRatio([{ cls: "损失", balance: 5 }])).toBe(1);
  });

  it.each([
    [[]],
    [
      [
        { cls: "正常" as const, balance: 0 },
        { cls: "次级" as const, balance: 0 },
      ],
    ],
  ])("is null when the total balance is 0 (%p)", (rows) => {
    expect(nplRatio(rows)).toBeNull();
  });
});
