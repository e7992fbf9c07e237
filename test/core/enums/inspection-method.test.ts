import { INSPECTION_METHODS, parseInspectionMethod } from "../../../src/core/enums/inspection-method";

describe("INSPECTION_METHODS", () => {
  it("lists both methods", () => {
    expect(INSPECTION_METHODS).toEqual(["现场", "非现场"]);
  });
});

describe("parseInspectionMethod", () => {
  it.each([
    ["现场", "现场"],
    ["现场检查", "现场"],
    ["实地", "现场"],
    ["上门", "现场"],
    [" 现场 ", "现场"],
    ["非现场", "非现场"],
    ["非现场检查", "非现场"],
    ["电话", "非现场"],
    ["系统监测", "非现场"],
    ["远程", "非现场"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseInspectionMethod(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["检查", "未检查", "信函", "现场+电话"])("rejects %p", (text) => {
    expect(parseInspectionMethod(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it("reads a blank as empty", () => {
    expect(parseInspectionMethod(null)).toEqual({ ok: false, reason: "empty" });
  });
});
