import { toCellValue, toCellValues } from "../../../src/adapters/excel/read-values";
import { excelError } from "../../../src/core/values/cell-value";

describe("toCellValue", () => {
  it.each([
    ["#N/A", "Error", excelError("#N/A")],
    ["#N/A", "String", "#N/A"], // the text a user typed stays text
    ["#DIV/0!", "Error", excelError("#DIV/0!")],
    ["#SPILL!", "Error", excelError("#SPILL!")],
    ["#FOO!", "Error", excelError("#UNKNOWN!")], // an error we do not know is still an error
    ["", "Empty", null],
    [0, "Empty", null],
    ["", "String", null],
    [42, "Double", 42],
    [0, "Double", 0],
    [true, "Boolean", true],
    [false, "Boolean", false],
    ["贷款", "String", "贷款"],
    ["=1+1", "String", "=1+1"],
  ])("reads %j of type %s as %j", (value, type, expected) => {
    expect(toCellValue(value, type)).toEqual(expected);
  });

  it("never guesses an error from text when the type is missing", () => {
    expect(toCellValue("#N/A", undefined)).toBe("#N/A");
  });
});

describe("toCellValues", () => {
  it("maps a block with its types", () => {
    expect(
      toCellValues(
        [
          ["#N/A", "#N/A", 3],
          ["", true, "x"],
        ],
        [
          ["Error", "String", "Double"],
          ["Empty", "Boolean", "String"],
        ],
      ),
    ).toEqual([
      [excelError("#N/A"), "#N/A", 3],
      [null, true, "x"],
    ]);
  });
});
