import { parseHandling } from "../../../src/core/maturity/handling-method";
import { noticeKey } from "../../../src/core/maturity/notice-key";
import { day } from "../../support/ledger-builder";

describe("parseHandling", () => {
  it.each([
    ["展期", "展期"],
    [" 借新 还旧 ", "借新还旧"],
    ["清收保全\n", "清收保全"],
    ["按期收回", "按期收回"],
    ["还旧借新", null],
    ["", null],
    [3, null],
  ])("reads %p as %p", (value, expected) => {
    expect(parseHandling(value)).toBe(expected);
  });
});

describe("noticeKey", () => {
  it("compares 借据号 without case, full-width forms or spaces", () => {
    expect(noticeKey(" ｊｊ００１ ", "张三", null)).toBe(noticeKey("JJ001", "李四", day("2027-01-01")));
  });

  it("falls back to customer and maturity", () => {
    expect(noticeKey(null, "张三", day("2027-01-01"))).toBe("#张三|2027-01-01");
    expect(noticeKey("  ", null, null)).toBe("#|");
  });
});
