import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import {
  cellArea,
  COLUMN_HEADER_HEIGHT,
  DEFAULT_ROW_HEIGHT,
  rangeRect,
  ROW_HEADER_WIDTH,
  sheetGeometry,
  textWidth,
} from "../../../src/preview/grid/geometry";

function sheet() {
  return MemoryWorkbook.from({
    sheets: [
      {
        name: "台账",
        values: [
          ["清河县农村商业银行贷后管理台账（2026年10月）"],
          ["序号", "借款人\n名称", "贷款余额"],
          [1, "张建国", 3.2],
        ],
        merges: ["A1:C1"],
      },
    ],
  }).sheet("台账");
}

describe("sheetGeometry", () => {
  const g = sheetGeometry(sheet());

  it("shows empty rows and columns past the used area", () => {
    expect(g.rowCount).toBeGreaterThanOrEqual(60);
    expect(g.columnCount).toBeGreaterThanOrEqual(20);
  });

  it("fits column widths to their text, counting Chinese characters double, ignoring text merged across", () => {
    expect(g.columnWidths[1]).toBe(textWidth("借款人") + 14);
    expect(g.columnWidths[0]).toBeLessThan(textWidth("清河县农村商业银行贷后管理台账（2026年10月）"));
  });

  it("makes rows with line breaks taller", () => {
    expect(g.rowHeights[1]).toBeGreaterThan(DEFAULT_ROW_HEIGHT);
    expect(g.rowHeights[2]).toBe(DEFAULT_ROW_HEIGHT);
  });

  it("finds a merged cell's whole area and its rectangle from the prefix sums", () => {
    expect(cellArea(g, 1, 2)).toEqual({ top: 1, bottom: 1, left: 0, right: 2 });
    expect(cellArea(g, 3, 1)).toEqual({ top: 3, bottom: 3, left: 1, right: 1 });
    const rect = rangeRect(g, cellArea(g, 1, 0));
    expect(rect).toEqual({
      left: ROW_HEADER_WIDTH,
      top: COLUMN_HEADER_HEIGHT,
      width: (g.columnWidths[0] ?? 0) + (g.columnWidths[1] ?? 0) + (g.columnWidths[2] ?? 0),
      height: DEFAULT_ROW_HEIGHT,
    });
  });

  it("sizes a 10,000-row sheet without looking at every row", () => {
    const big = MemoryWorkbook.from({
      sheets: [{ name: "大", values: Array.from({ length: 10_000 }, (_, i) => [i, `客户${i}`]) }],
    }).sheet("大");
    const started = Date.now();
    const geometry = sheetGeometry(big);
    expect(geometry.rowOffsets[10_000]).toBe(10_000 * DEFAULT_ROW_HEIGHT);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
