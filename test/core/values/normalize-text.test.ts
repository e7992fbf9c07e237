import { compactText, normalizeText, toHalfWidth } from "../../../src/core/values/normalize-text";

describe("toHalfWidth", () => {
  it.each([
    ["２０２６／３／５", "2026/3/5"],
    ["ＡＢＣａｂｃ", "ABCabc"],
    ["（１，２００．００）", "(1,200.00)"],
    ["【注】", "[注]"],
    ["正\u3000常", "正 常"],
    ["５５％", "55%"],
    ["！～", "!~"],
    ["已经是半角 abc 123", "已经是半角 abc 123"],
    ["", ""],
  ])("converts %p to %p", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });

  it("leaves CJK text and the yen sign alone", () => {
    expect(toHalfWidth("贷后￥")).toBe("贷后￥");
  });
});

describe("normalizeText", () => {
  it.each([
    ["  正常  ", "正常"],
    ["张\n三", "张 三"],
    ["a\r\n\t  b", "a b"],
    ["\u3000全角空格\u3000", "全角空格"],
    ["x\u00a0\u00a0y", "x y"],
    ["ＡＢ\u3000\u3000ＣＤ", "AB CD"],
  ])("normalises %p to %p", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("compactText", () => {
  it.each([
    [" 正 常 ", "正常"],
    ["正\n常\r\n类", "正常类"],
    ["\t\u3000\u00a0关注\u3000", "关注"],
    ["Ｓｐｅｃｉａｌ ｍｅｎｔｉｏｎ", "Specialmention"],
    ["", ""],
  ])("compacts %p to %p", (input, expected) => {
    expect(compactText(input)).toBe(expected);
  });
});
