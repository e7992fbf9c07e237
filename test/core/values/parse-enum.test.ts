import { excelError } from "../../../src/core/values/cell-value";
import { enumValues, makeEnumParser } from "../../../src/core/values/parse-enum";

type Colour = "红色" | "Blue";
const TABLE = { 红色: ["红", "Red"], Blue: ["蓝色", "蓝"] } as const;
const parseColour = makeEnumParser<Colour>(TABLE);

describe("makeEnumParser", () => {
  it.each([
    ["红色", "红色"],
    ["红", "红色"],
    ["Red", "红色"],
    ["RED", "红色"],
    ["ｒｅｄ", "红色"],
    [" 红 色 ", "红色"],
    ["红色\n", "红色"],
    ["红色类", "红色"],
    ["红类", "红色"],
    ["Blue", "Blue"],
    ["blue", "Blue"],
    ["蓝", "Blue"],
    ["蓝色类", "Blue"],
  ])("reads %p as %p", (text, expected) => {
    expect(parseColour(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["绿", "红红", "类", "红色类类", "Re d x", "1", "#N/A"])("rejects %p", (text) => {
    expect(parseColour(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it.each([[1], [true], [{}], [new Date(0)]])("rejects the non-text %p", (value) => {
    expect(parseColour(value)).toEqual({ ok: false, reason: "invalid", raw: value });
  });

  it.each([[null], [undefined], [""], ["\u3000"]])("reads %p as empty", (value) => {
    expect(parseColour(value)).toEqual({ ok: false, reason: "empty" });
  });

  it("reads an Excel error as an error value", () => {
    const err = excelError("#N/A");
    expect(parseColour(err)).toEqual({ ok: false, reason: "error-value", raw: err });
  });

  it("lets a canonical name win over another entry's synonym", () => {
    const parse = makeEnumParser<"甲" | "乙">({ 甲: ["乙"], 乙: [] });
    expect(parse("乙")).toEqual({ ok: true, value: "乙" });
  });
});

describe("enumValues", () => {
  it("lists the canonical names in table order", () => {
    expect(enumValues(TABLE)).toEqual(["红色", "Blue"]);
  });
});
