import { cellKey, colOfKey, resolveCellStyles, rowOfKey } from "../../../src/adapters/memory/cell-styles";
import { AddressError } from "../../../src/usecases/workbook-errors";

describe("resolveCellStyles", () => {
  it("applies formats in order, later ones winning property by property", () => {
    const styles = resolveCellStyles({
      name: "T",
      rows: [["a", "b"]],
      formats: [
        { range: "A1:B1", style: { bold: true, fill: "#FF0000" } },
        { range: "B1", style: { fill: "#00FF00", italic: true, bold: undefined } },
      ],
    });
    expect(styles.get(cellKey(1, 0))).toEqual({ bold: true, fill: "#FF0000" });
    expect(styles.get(cellKey(1, 1))).toEqual({ bold: true, fill: "#00FF00", italic: true });
  });

  it("reaches whole columns as far as the model's rows", () => {
    const styles = resolveCellStyles({
      name: "T",
      rows: [[1], [2], [3]],
      formats: [{ range: "A:A", style: { wrap: true } }],
    });
    expect([...styles.keys()].map((k) => [rowOfKey(k), colOfKey(k)])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it("throws on a range that is not one: a bug in the model's builder", () => {
    expect(() => resolveCellStyles({ name: "T", rows: [], formats: [{ range: "第一行", style: {} }] })).toThrow(
      AddressError,
    );
  });
});
