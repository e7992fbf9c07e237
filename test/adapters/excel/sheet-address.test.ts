import { parseQualifiedAreas, splitSheetAddress } from "../../../src/adapters/excel/sheet-address";

describe("parseQualifiedAreas", () => {
  it.each([
    ["Sheet1!A1:B2", [{ sheet: "Sheet1", address: "A1:B2" }]],
    ["台账!C3", [{ sheet: "台账", address: "C3" }]],
    ["'贷后 台账'!C3", [{ sheet: "贷后 台账", address: "C3" }]],
    ["'It''s'!D4", [{ sheet: "It's", address: "D4" }]],
    ["'a!b'!E5", [{ sheet: "a!b", address: "E5" }]],
    ["'[1]x,y'!A1", [{ sheet: "[1]x,y", address: "A1" }]],
    ["'''q'''!A1", [{ sheet: "'q'", address: "A1" }]],
    [
      "'a,b'!A1:A3,'a,b'!C5",
      [
        { sheet: "a,b", address: "A1:A3" },
        { sheet: "a,b", address: "C5" },
      ],
    ],
    [
      "Sheet1!A1, Sheet1!B2",
      [
        { sheet: "Sheet1", address: "A1" },
        { sheet: "Sheet1", address: "B2" },
      ],
    ],
    ["Sheet1!A:A", [{ sheet: "Sheet1", address: "A:A" }]],
    ["B5:F9", [{ sheet: null, address: "B5:F9" }]],
  ])("parses %j", (text, expected) => {
    expect(parseQualifiedAreas(text)).toEqual(expected);
  });
});

describe("splitSheetAddress", () => {
  it("gives the sheet and the local areas", () => {
    expect(splitSheetAddress("'It''s [1]!'!D4,'It''s [1]!'!E5")).toEqual({ sheet: "It's [1]!", address: "D4,E5" });
  });
});
