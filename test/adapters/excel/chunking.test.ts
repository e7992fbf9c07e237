import {
  BYTE_BUDGET,
  CELL_BUDGET,
  chunkBySize,
  jsonBytes,
  readChunkRows,
  rowsPerChunk,
  utf8Bytes,
} from "../../../src/adapters/excel/chunking";

describe("utf8Bytes", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["é", 2],
    ["贷后", 6],
    ["𠮷", 4], // a surrogate pair is one 4-byte code point
    ["a贷𠮷", 8],
  ])("counts %j as %i bytes", (text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("jsonBytes", () => {
  it("measures the UTF-8 JSON of a block", () => {
    const block = [["张三", 1.5, true, null]];
    expect(jsonBytes(block)).toBe(Buffer.byteLength(JSON.stringify(block), "utf8"));
  });
});

describe("rowsPerChunk", () => {
  it.each([
    [30, CELL_BUDGET, 6666],
    [16_384, CELL_BUDGET, 12],
    [1, CELL_BUDGET, 200_000],
    [300_000, CELL_BUDGET, 1], // wider than the budget: still one row
    [0, CELL_BUDGET, CELL_BUDGET],
  ])("gives %i columns %i-cell chunks of %i rows", (columns, budget, rows) => {
    expect(rowsPerChunk(columns, budget)).toBe(rows);
    if (columns > 0 && rows > 1) expect(rows * columns).toBeLessThanOrEqual(budget);
  });
});

describe("readChunkRows", () => {
  it.each([
    // columns, bytes per cell, rows: whichever budget binds first
    [30, 10, 6666], // light data: the cell budget binds
    [30, 40, Math.floor(BYTE_BUDGET / (30 * 40))], // wordy data: the byte budget binds
    [16_384, 10, 12],
    [16_384, 100, 2],
    [16_384, 1_000, 1],
  ])("reads %i columns at %i bytes a cell in chunks of %i rows", (columns, bytesPerCell, rows) => {
    expect(readChunkRows(columns, bytesPerCell)).toBe(rows);
    expect(rows * columns).toBeLessThanOrEqual(Math.max(CELL_BUDGET, columns));
  });
});

describe("chunkBySize", () => {
  it.each([
    [[], 10, []],
    [[3, 3, 3], 10, [[0, 3]]],
    [
      [4, 4, 4],
      10,
      [
        [0, 2],
        [2, 3],
      ],
    ],
    [
      [20, 1, 1],
      10,
      [
        [0, 1],
        [1, 3],
      ],
    ], // an oversize item stands alone
    [
      [1, 1, 20, 1],
      10,
      [
        [0, 2],
        [2, 3],
        [3, 4],
      ],
    ],
  ])("splits %j under %i into %j", (sizes, budget, spans) => {
    expect(chunkBySize(sizes, budget).map((s) => [s.start, s.end])).toEqual(spans);
  });

  it("caps the number of items per span", () => {
    expect(chunkBySize([1, 1, 1, 1, 1], 100, 2).map((s) => [s.start, s.end])).toEqual([
      [0, 2],
      [2, 4],
      [4, 5],
    ]);
  });
});
