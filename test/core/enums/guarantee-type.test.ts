import { GUARANTEE_TYPES, parseGuaranteeType } from "../../../src/core/enums/guarantee-type";
import { excelError } from "../../../src/core/values/cell-value";

describe("GUARANTEE_TYPES", () => {
  it("lists the five kinds", () => {
    expect(GUARANTEE_TYPES).toEqual(["信用", "保证", "抵押", "质押", "组合"]);
  });
});

describe("parseGuaranteeType", () => {
  it.each([
    ["信用", "信用"],
    ["信用贷款", "信用"],
    ["纯信用", "信用"],
    ["信用类", "信用"],
    ["保证", "保证"],
    ["保证贷款", "保证"],
    ["担保", "保证"],
    ["联保", "保证"],
    ["抵押", "抵押"],
    ["抵押贷款", "抵押"],
    ["房产抵押", "抵押"],
    ["质押", "质押"],
    ["质押贷款", "质押"],
    ["存单质押", "质押"],
    ["组合", "组合"],
    ["组合担保", "组合"],
    ["混合", "组合"],
    ["抵押+保证", "组合"],
    ["保证+抵押", "组合"],
    ["抵押＋保证", "组合"],
    ["保证、质押", "组合"],
    ["抵押/质押", "组合"],
    ["抵押加保证", "组合"],
    ["房产抵押+保证", "组合"],
    ["抵押 + 保证 + 质押", "组合"],
    ["保证+保证", "保证"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseGuaranteeType(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["抵押+房子", "+", "抵押+", "其他", "见合同"])("rejects %p", (text) => {
    expect(parseGuaranteeType(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it("keeps blanks empty and errors as error values", () => {
    expect(parseGuaranteeType(" ")).toEqual({ ok: false, reason: "empty" });
    const err = excelError("#N/A");
    expect(parseGuaranteeType(err)).toEqual({ ok: false, reason: "error-value", raw: err });
    expect(parseGuaranteeType(3)).toEqual({ ok: false, reason: "invalid", raw: 3 });
  });
});
