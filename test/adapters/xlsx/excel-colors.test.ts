import { colorToHex, hexToArgb, themePalette } from "../../../src/adapters/xlsx/excel-colors";

const office = themePalette(undefined);

function channels(hex: string | null): number[] {
  return [1, 3, 5].map((i) => parseInt((hex ?? "#000000").slice(i, i + 2), 16));
}

describe("colorToHex", () => {
  it.each([
    [{ argb: "FFFFC7CE" }, "#FFC7CE"],
    [{ argb: "ffc7ce" }, "#FFC7CE"],
    [{ theme: 4 }, "#4472C4"],
    [{ theme: 0 }, "#FFFFFF"],
    [{ theme: 1 }, "#000000"],
    [{ indexed: 13 }, "#FFFF00"],
    [{ indexed: 10 }, "#FF0000"],
    [{ indexed: 64 }, "#000000"],
    [{}, null],
    [undefined, null],
    [{ argb: "not a colour" }, null],
    [{ theme: 99 }, null],
  ])("reads %p as %p", (color, hex) => {
    expect(colorToHex(color, office)).toBe(hex);
  });

  it.each([
    [{ theme: 4, tint: 0.3999755851924192 }, "#8EA9DB"],
    [{ theme: 4, tint: 0.7999816888943144 }, "#D9E1F2"],
    [{ theme: 4, tint: -0.249977111117893 }, "#2F5597"],
    [{ theme: 0, tint: -0.149998474074526 }, "#D9D9D9"],
    [{ theme: 9, tint: 0.5999938962981048 }, "#C6E0B4"],
  ])("resolves the ribbon's tinted theme colour %p close to Excel's %p", (color, excel) => {
    const got = channels(colorToHex(color, office));
    channels(excel).forEach((c, i) => expect(Math.abs((got[i] ?? -9) - c)).toBeLessThanOrEqual(2));
  });
});

describe("themePalette", () => {
  it("reads the workbook's own theme colours, in theme index order", () => {
    const xml =
      '<a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="111111"/></a:dk1>' +
      '<a:lt1><a:sysClr val="window" lastClr="EEEEEE"/></a:lt1><a:dk2><a:srgbClr val="222222"/></a:dk2>' +
      '<a:lt2><a:srgbClr val="DDDDDD"/></a:lt2><a:accent1><a:srgbClr val="c00000"/></a:accent1></a:clrScheme>';
    const palette = themePalette(xml);
    expect(palette.slice(0, 5)).toEqual(["EEEEEE", "111111", "DDDDDD", "222222", "C00000"]);
    expect(palette[5]).toBe("ED7D31"); // missing entries fall back to the Office theme
  });
});

describe("hexToArgb", () => {
  it("adds an opaque alpha", () => {
    expect(hexToArgb("#d9e1f2")).toBe("FFD9E1F2");
  });
});
