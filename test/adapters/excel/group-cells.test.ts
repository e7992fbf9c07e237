import {
  ADDRESS_LIMIT,
  compressCells,
  coverCells,
  groupCells,
  joinAddresses,
  rectAddress,
} from "../../../src/adapters/excel/group-cells";

describe("compressCells", () => {
  it.each([
    [["A1"], ["A1"]],
    [["B5", "B6", "B7", "B8", "B9"], ["B5:B9"]],
    [["B9", "B5", "B7", "B6", "B8"], ["B5:B9"]], // order does not matter
    [
      ["B5", "B6", "B8"],
      ["B5:B6", "B8"],
    ],
    [["B5", "B5", "b5", "$B$5"], ["B5"]], // duplicates collapse
    [["B5", "C5", "B6", "C6"], ["B5:C6"]], // equal runs in adjacent columns join
    [
      ["B5", "D5"],
      ["B5", "D5"],
    ], // not adjacent
    [
      ["A1", "A2", "B2"],
      ["A1:A2", "B2"],
    ],
    [
      ["AA10", "AB10", "AA11", "AB11", "AC11"],
      ["AA10:AB11", "AC11"],
    ],
  ])("compresses %j to %j", (cells, expected) => {
    expect(compressCells(cells)).toEqual(expected);
  });

  it("covers exactly the given cells", () => {
    const cells = ["C3", "C4", "C5", "D4", "E4", "E5", "Z100", "C7"];
    const covered = new Set<string>();
    for (const rect of coverCells(cells)) {
      for (let r = rect.row1; r <= rect.row2; r++) {
        for (let c = rect.col1; c <= rect.col2; c++) covered.add(`${String.fromCharCode(65 + c)}${r}`);
      }
    }
    expect([...covered].sort()).toEqual([...new Set(cells)].sort());
  });

  it("rejects what is not a cell address", () => {
    expect(() => compressCells(["B5:B9"])).toThrow(RangeError);
  });
});

describe("coverCells", () => {
  it("jumps short gaps in a column when allowed", () => {
    expect(coverCells(["B1", "B3", "B10"], 2).map(rectAddress)).toEqual(["B1:B3", "B10"]);
    expect(coverCells(["B1", "B3", "B10"], 0).map(rectAddress)).toEqual(["B1", "B3", "B10"]);
  });
});

describe("joinAddresses", () => {
  it("joins with commas up to the limit", () => {
    expect(joinAddresses(["A1", "B2:B5", "C3"], 8)).toEqual(["A1,B2:B5", "C3"]);
  });

  it("keeps every list within the limit", () => {
    const addresses = Array.from({ length: 5_000 }, (_, i) => `A${i * 2 + 1}`);
    const lists = joinAddresses(addresses);
    for (const list of lists) expect(list.length).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(lists.join(",").split(",")).toEqual(addresses);
  });

  it("gives an address longer than the limit a list of its own", () => {
    expect(joinAddresses(["A1:B2", "C3"], 3)).toEqual(["A1:B2", "C3"]);
  });
});

describe("groupCells", () => {
  it("groups cells by key into compressed address lists", () => {
    const groups = groupCells([
      { cell: "B5", key: "#FFFF00" },
      { cell: "B6", key: "#FFFF00" },
      { cell: "C9", key: null },
      { cell: "B7", key: "#FFFF00" },
    ]);
    expect(groups).toEqual([
      { key: "#FFFF00", addresses: ["B5:B7"], cellCount: 3 },
      { key: null, addresses: ["C9"], cellCount: 1 },
    ]);
  });

  it("lets the last change of a cell win", () => {
    const groups = groupCells([
      { cell: "A1", key: "red" },
      { cell: "A1", key: "blue" },
    ]);
    expect(groups).toEqual([{ key: "blue", addresses: ["A1"], cellCount: 1 }]);
  });

  it("turns 20,000 scattered cells with 2 fills into a few bounded address lists", () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => ({
      cell: `${i % 2 === 0 ? "F" : "H"}${2 + Math.floor(i / 2) * 2}`, // every other row: no runs to merge
      key: i % 3 === 0 ? "#FFC7CE" : "#FFEB9C",
    }));
    const groups = groupCells(entries);
    expect(groups).toHaveLength(2);
    const lists = groups.flatMap((g) => g.addresses);
    for (const list of lists) expect(list.length).toBeLessThanOrEqual(ADDRESS_LIMIT);
    expect(lists.length).toBeLessThan(40);
    expect(groups.reduce((n, g) => n + g.cellCount, 0)).toBe(20_000);
  });
});
