import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { parseLoanClass } from "../../../src/core/classification/parse-loan-class";
import { nplRatio } from "../../../src/core/indicators/npl-ratio";
import { dayFromYmd, type Day } from "../../../src/core/values/day";
import {
  CALC_SHEET,
  demoAsOf,
  demoWorkbookSeed,
  LEDGER_SHEET,
  NOTES_SHEET,
} from "../../../src/preview/demo/demo-workbook";
import { attachFormulaEngine } from "../../../src/preview/formula-engine";
import { installStandInRuntime } from "../../support/custom-functions-stand-in";

const AS_OF = dayFromYmd(2026, 10, 31) as Day;

describe("demoAsOf", () => {
  it.each([
    [
      [2026, 11, 29],
      [2026, 10, 31],
    ],
    [
      [2026, 1, 1],
      [2025, 12, 31],
    ],
    [
      [2028, 3, 15],
      [2028, 2, 29],
    ],
  ])("today %p → the end of the month before, %p", (today, expected) => {
    const [y, m, d] = today as [number, number, number];
    const [ey, em, ed] = expected as [number, number, number];
    expect(demoAsOf(dayFromYmd(y, m, d) as Day)).toBe(dayFromYmd(ey, em, ed));
  });
});

describe("demoWorkbookSeed", () => {
  beforeAll(() => installStandInRuntime());
  const book = MemoryWorkbook.from(demoWorkbookSeed({ asOf: AS_OF }));
  const engine = attachFormulaEngine(book);
  const calc = book.snapshotValues(CALC_SHEET);
  const rows = calc.slice(3, 28);

  it("has the ledger, the 分类测算 sheet and the instructions", () => {
    expect(book.sheetNames()).toEqual([LEDGER_SHEET, CALC_SHEET, NOTES_SHEET]);
    expect(book.sheet(LEDGER_SHEET).rowCount).toBeGreaterThan(2_000);
  });

  it("formats the ledger's date serials as dates", () => {
    const disbursedColumn = 12;
    let formatted = 0;
    for (let r = 4; r < 200; r++) {
      const c = book.sheet(LEDGER_SHEET).cell(r, disbursedColumn);
      if (typeof c.value === "number") {
        expect(c.style.numberFormat).toBe("yyyy-mm-dd");
        formatted++;
      }
    }
    expect(formatted).toBeGreaterThan(50);
  });

  it("classifies a loan 95 days overdue as 次级 and flags a recorded 关注 as a deviation", () => {
    const ninetyFive = rows.filter((r) => r[2] === 95);
    expect(ninetyFive.map((r) => r[9])).toEqual(["次级", "次级"]);
    expect(ninetyFive.map((r) => r[11])).toEqual(["", "分类偏离：应至少为次级（逾期超过90天）"]);
  });

  it("totals the NPL ratio as the core computes it from the same rows", () => {
    const byRecorded = nplRatio(
      rows.map((r) => {
        const cls = parseLoanClass(r[6]);
        if (!cls.ok) throw new Error(String(r[6]));
        return { cls: cls.value, balance: r[7] as number };
      }),
    );
    expect(calc[31]?.[2]).toBeCloseTo(byRecorded as number, 10);
  });

  it("spills the batch column down beside the table, agreeing with the per-row formula where the inputs agree", () => {
    const plain = rows
      .map((r, i) => ({ r, row: i + 4 }))
      .filter(({ r }) => r[4] === null && r[5] === null && r[3] !== "信用卡");
    expect(plain.length).toBeGreaterThan(10);
    for (const { r, row } of plain) {
      const shown = row === 4 ? book.sheet(CALC_SHEET).cell(row, 15).value : engine.spilledValue(CALC_SHEET, row, 15);
      expect(shown).toBe(r[9]);
    }
  });
});
