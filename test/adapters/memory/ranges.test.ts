import { addressOfRange, parseRange, selectionRows } from "../../../src/adapters/memory/ranges";

describe("parseRange", () => {
  it.each([
    ["B5", { top: 5, left: 1, bottom: 5, right: 1 }],
    ["$B$5", { top: 5, left: 1, bottom: 5, right: 1 }],
    ["B5:F9", { top: 5, left: 1, bottom: 9, right: 5 }],
    ["f9:b5", { top: 5, left: 1, bottom: 9, right: 5 }],
    ["'检查 结果'!A1:B2", { top: 1, left: 0, bottom: 2, right: 1 }],
    ["A:C", { top: 1, left: 0, bottom: 10, right: 2 }],
    ["3:5", { top: 3, left: 0, bottom: 5, right: 3 }],
    ["XFD1048576", { top: 1_048_576, left: 16_383, bottom: 1_048_576, right: 16_383 }],
  ])("reads %p", (address, range) => {
    expect(parseRange(address, { rows: 10, columns: 4 })).toEqual(range);
  });

  it.each(["", "甲1", "A0", "A1:B", "A1:B2:C3", "XFE1", "A1048577", "1A"])("refuses %p", (address) => {
    expect(parseRange(address)).toBeNull();
  });
});

describe("addressOfRange", () => {
  it("writes one cell as a cell and more as a range", () => {
    expect(addressOfRange({ top: 2, left: 1, bottom: 2, right: 1 })).toBe("B2");
    expect(addressOfRange({ top: 2, left: 1, bottom: 4, right: 3 })).toBe("B2:D4");
  });
});

describe("selectionRows", () => {
  it("gives the rows of every area, in order and once", () => {
    expect(selectionRows("A5:A6,C2,B6:B7,???", { rows: 9, columns: 3 })).toEqual([2, 5, 6, 7]);
  });
});
