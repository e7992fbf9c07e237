import { sameSheetName, sheetNameProblem } from "../../../src/adapters/memory/sheet-name";

describe("sheetNameProblem", () => {
  it.each([
    ["检查结果", null],
    ["x".repeat(31), null],
    ["张三's", null],
    ["", "adapter.sheet-name.empty"],
    ["   ", "adapter.sheet-name.empty"],
    ["x".repeat(32), "adapter.sheet-name.too-long"],
    ["a:b", "adapter.sheet-name.chars"],
    ["a\\b", "adapter.sheet-name.chars"],
    ["a?", "adapter.sheet-name.chars"],
    ["a*", "adapter.sheet-name.chars"],
    ["[1]", "adapter.sheet-name.chars"],
    ["'a", "adapter.sheet-name.quote"],
    ["a'", "adapter.sheet-name.quote"],
    ["history", "adapter.sheet-name.reserved"],
  ])("%p → %p", (name, problem) => {
    expect(sheetNameProblem(name)).toBe(problem);
  });
});

describe("sameSheetName", () => {
  it("compares without case, as Excel does", () => {
    expect(sameSheetName("Summary", "SUMMARY")).toBe(true);
    expect(sameSheetName("台账", "台账1")).toBe(false);
  });
});
