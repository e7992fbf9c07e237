import { excelError } from "../../../src/core/values/cell-value";
import { parseNumber, readDecimal, splitSign } from "../../../src/core/values/parse-number";

describe("parseNumber", () => {
  it.each([
    [0, 0],
    [1200, 1200],
    [-3.5, -3.5],
    [1e-9, 1e-9],
  ])("passes the number %p through", (value, expected) => {
    expect(parseNumber(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["1200", 1200],
    ["  1200  ", 1200],
    ["1,200", 1200],
    ["1,234,567.89", 1234567.89],
    ["0.5", 0.5],
    [".5", 0.5],
    ["¥1,200", 1200],
    ["￥1,200.00", 1200],
    ["¥ 1200", 1200],
    ["RMB1200", 1200],
    ["rmb 1,200", 1200],
    ["CNY 1200", 1200],
    ["1200元", 1200],
    ["1,200.50 元", 1200.5],
    ["¥1,200元", 1200],
    ["+1200", 1200],
    ["-1200", -1200],
    ["- 1200", -1200],
    ["\u22121200", -1200],
    ["-¥1,200", -1200],
    ["¥-1,200", -1200],
    ["(1,200.00)", -1200],
    ["(¥1,200.00)", -1200],
    ["( 1200 )", -1200],
    ["１２００", 1200],
    ["１，２００．５０", 1200.5],
    ["（１，２００）", -1200],
    ["－５", -5],
    ["1.5E+3", 1500],
    ["-0", 0],
    ["0", 0],
  ])("reads %p as %p", (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "约50",
    "50万左右",
    "5万",
    "5万元",
    "1.2.3",
    "abc",
    "NaN",
    "Infinity",
    "-Infinity",
    "1,2",
    "12,34",
    "1,2345",
    ",100",
    "1200.",
    ".",
    "-",
    "+-5",
    "--5",
    "(-5)",
    "(+5)",
    "-(5)",
    "¥¥5",
    "5¥",
    "元",
    "1 200",
    "0x10",
    "1e999",
    "12%",
    "/",
    "待定",
  ])("rejects %p as invalid", (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [true], [false], [{}], [new Date(0)]])(
    "rejects the non-number %p",
    (value) => {
      expect(parseNumber(value)).toEqual({ ok: false, reason: "invalid", raw: value });
    },
  );

  it.each([[null], [undefined], [""], ["  "], ["\u3000"]])("reads %p as empty", (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: "empty" });
  });

  it.each([[excelError("#N/A")], [excelError("#DIV/0!")]])("reads %p as an error value", (err) => {
    expect(parseNumber(err)).toEqual({ ok: false, reason: "error-value", raw: err });
  });

  it("does not take the text #N/A for an error value", () => {
    expect(parseNumber("#N/A")).toEqual({ ok: false, reason: "invalid", raw: "#N/A" });
  });
});

describe("readDecimal", () => {
  it.each([
    ["12", 12],
    ["1,000", 1000],
    ["0.25", 0.25],
    ["2e3", 2000],
  ])("reads %p", (text, expected) => {
    expect(readDecimal(text)).toBe(expected);
  });

  it.each(["", "e5", "-1", "1,00", "1.2.3"])("rejects %p", (text) => {
    expect(readDecimal(text)).toBeNull();
  });
});

describe("splitSign", () => {
  it.each([
    ["-5", true, "5"],
    ["+ 5", false, "5"],
    ["\u22125", true, "5"],
  ])("splits %p", (text, negative, rest) => {
    expect(splitSign(text)).toEqual({ negative, rest });
  });

  it("returns null without a sign", () => {
    expect(splitSign("5")).toBeNull();
  });
});
