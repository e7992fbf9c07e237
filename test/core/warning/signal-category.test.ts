import {
  categoryFromSignal,
  parseSignalCategory,
  SIGNAL_CATEGORIES,
  type SignalCategory,
} from "../../../src/core/warning/signal-category";

describe("parseSignalCategory", () => {
  it.each<[string, SignalCategory]>([
    ["财务", "财务"],
    ["财务类", "财务"],
    ["往来", "与银行往来"],
    ["与银行往来", "与银行往来"],
    ["担保类", "担保"],
    ["外部环境", "外部"],
  ])("%s → %s", (text, c) => {
    expect(parseSignalCategory(text)).toEqual({ ok: true, value: c });
  });

  it("lists the issue's six categories", () => {
    expect(SIGNAL_CATEGORIES).toEqual(["财务", "经营", "管理", "与银行往来", "担保", "外部"]);
  });
});

describe("categoryFromSignal", () => {
  it.each<[string, SignalCategory | null]>([
    ["【担保】抵押物被查封", "担保"],
    ["[外部] 涉诉", "外部"],
    ["（经营）停产", "经营"],
    ["财务：资产负债率92%", "财务"],
    ["往来: 挪用贷款", "与银行往来"],
    ["保证人涉诉，账户被冻结", null],
    ["资产负债率升至92%", null],
    ["【其他】未知", null],
    ["", null],
  ])("%s → %p", (text, c) => {
    expect(categoryFromSignal(text)).toBe(c);
  });
});
