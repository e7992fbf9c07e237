import {
  buildWarningStoreSheet,
  isWarningStoreHeader,
  readWarningStore,
  WARNING_STORE_SHEET,
} from "../../../src/core/warning/warning-store-sheet";
import { modelValues } from "../../support/model-values";
import { aRecord } from "./fixtures";

describe("buildWarningStoreSheet / readWarningStore", () => {
  it("round-trips the counter and every record, voided ones included", () => {
    const records = [aRecord(2, { status: "作废", voidReason: "重复", voidedOn: 20_500 }), aRecord(1)];
    const m = buildWarningStoreSheet({ counter: { "2025": 40, "2026": 2 }, records });
    expect(m.name).toBe(WARNING_STORE_SHEET);
    expect(m.visibility).toBe("hidden");
    const back = readWarningStore(modelValues(m));
    expect(back.counter).toEqual({ "2025": 40, "2026": 2 });
    expect(back.records).toEqual([records[1], records[0]]);
    expect(back.badRows).toEqual([]);
  });

  it("keeps one row per form, so no cell nears Excel's 32,767-character limit", () => {
    const records = Array.from({ length: 300 }, (_, i) => aRecord(i + 1));
    const m = buildWarningStoreSheet({ counter: { "2026": 300 }, records });
    for (const row of m.rows) for (const cell of row) expect(String(cell).length).toBeLessThan(2_000);
  });

  it("skips damaged rows and names them, keeping the rest", () => {
    const values = modelValues(buildWarningStoreSheet({ counter: { "2026": 3 }, records: [aRecord(1), aRecord(2)] }));
    values.push(["form:预警2026-003", "{not json"]);
    values.push(["counter:20x6", "5"]);
    values.push(["form:预警2026-004", JSON.stringify({ number: "预警2026-004" })]);
    const back = readWarningStore(values);
    expect(back.records.map((r) => r.number.seq)).toEqual([1, 2]);
    expect(back.counter).toEqual({ "2026": 3 });
    expect(back.badRows).toEqual([values.length - 2, values.length - 1, values.length]);
  });

  it("reads a counter someone typed as a number", () => {
    expect(
      readWarningStore([
        ["键", "值"],
        ["counter:2026", 12],
      ]).counter,
    ).toEqual({ "2026": 12 });
  });
});

describe("isWarningStoreHeader", () => {
  it.each([
    [["键", "值"], true],
    [[" 键", "值 "], true],
    [["工作表", "单元格"], false],
    [undefined, false],
  ])("%p → %p", (row, want) => {
    expect(isWarningStoreHeader(row)).toBe(want);
  });
});
