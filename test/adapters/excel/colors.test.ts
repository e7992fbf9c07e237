import { fillFromOffice, normalizeColor } from "../../../src/adapters/excel/colors";

describe("normalizeColor", () => {
  it.each([
    ["#ffc7ce", "#FFC7CE"],
    ["FFC7CE", "#FFC7CE"],
    ["#abc", "#AABBCC"],
    [" #00ff00 ", "#00FF00"],
    ["red", null],
    ["#12345", null],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeColor(input)).toBe(expected);
  });
});

describe("fillFromOffice", () => {
  it.each([
    [{ color: "#FFFFFF", pattern: "None", tintAndShade: null }, null], // no fill, as Excel reports it
    [{ color: "#FFFFFF", pattern: null, tintAndShade: null }, null], // no fill, per office-js#4900
    [{ color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 }, "#FFFFFF"], // a real white fill
    [{ color: "#FFFFFF", tintAndShade: 0 }, "#FFFFFF"],
    [{ color: "#ffc7ce", pattern: "Solid", tintAndShade: 0 }, "#FFC7CE"],
    [{ color: "#FFC7CE" }, "#FFC7CE"],
    [{ color: "#FFC7CE", pattern: "None" }, null],
    [undefined, null],
    [{}, null],
  ])("reads %j as %j", (fill, expected) => {
    expect(fillFromOffice(fill)).toBe(expected);
  });
});
