import { MAX_SHEET_NAME, safeSheetName } from "../../../src/core/sheet-model/sheet-name";

describe("safeSheetName", () => {
  it.each([
    ["城关支行", "城关支行"],
    ["城关/东城支行", "城关／东城支行"],
    ["a:b\\c?d*e[f]g", "a：b＼c？d＊e［f］g"],
    ["  西关\n信用社  ", "西关 信用社"],
    ["'引号'", "引号"],
    ["", "_"],
    ["   ", "_"],
    ["History", "History_"],
    ["history", "history_"],
  ])("makes %j into %j", (base, safe) => {
    expect(safeSheetName(base)).toBe(safe);
  });

  it("cuts a long name to Excel's 31 characters, or to the length asked for", () => {
    const long = "某某省某某市某某县农村信用合作联社城关信用社营业部第一分理处（临时）";
    expect(safeSheetName(long)).toHaveLength(MAX_SHEET_NAME);
    expect(safeSheetName(long, 10)).toBe(long.slice(0, 10));
  });

  it("does not split a character outside the basic plane", () => {
    const name = "a".repeat(30) + "𠀀b";
    expect(safeSheetName(name)).toBe("a".repeat(30));
  });

  it("never leaves a quote at the end after cutting", () => {
    expect(safeSheetName("abc'def", 4)).toBe("abc");
  });
});
