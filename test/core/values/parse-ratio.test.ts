import { excelError } from "../../../src/core/values/cell-value";
import { parseRatio } from "../../../src/core/values/parse-ratio";

describe("parseRatio", () => {
  it.each([
    [0.55, 0.55],
    [0, 0],
    [1.2, 1.2],
    [-0.1, -0.1],
  ])("passes the number %p through", (value, expected) => {
    expect(parseRatio(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["55%", 0.55],
    ["55 %", 0.55],
    ["55％", 0.55],
    ["５５％", 0.55],
    ["０.５５", 0.55],
    ["０．５５", 0.55],
    ["0.55", 0.55],
    ["12.3%", 0.123],
    ["57%", 0.57],
    ["100%", 1],
    ["150%", 1.5],
    ["0%", 0],
    ["-5%", -0.05],
    [" 70% ", 0.7],
    ["1,200%", 12],
    ["1e2%", 1],
  ])("reads %p as %p", (text, expected) => {
    expect(parseRatio(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["约55%", "55%%", "%", "%55", "五成", "abc", "0.5.5", "¥0.5", "55%左右", "NaN", "Infinity"])(
    "rejects %p as invalid",
    (text) => {
      expect(parseRatio(text)).toEqual({ ok: false, reason: "invalid", raw: text });
    },
  );

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [true], [new Date(0)]])("rejects the non-ratio %p", (value) => {
    expect(parseRatio(value)).toEqual({ ok: false, reason: "invalid", raw: value });
  });

  it.each([[null], [undefined], [""], [" \u3000 "]])("reads %p as empty", (value) => {
    expect(parseRatio(value)).toEqual({ ok: false, reason: "empty" });
  });

  it("reads an Excel error as an error value", () => {
    const err = excelError("#N/A");
    expect(parseRatio(err)).toEqual({ ok: false, reason: "error-value", raw: err });
  });
});
