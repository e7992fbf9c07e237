import fc from "fast-check";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { readSettings, SETTING_PATHS, settingsOverrides } from "../../src/core/settings/validate-settings";
import { excelError, type CellValue } from "../../src/core/values/cell-value";
import { checkLedgerSheet } from "../../src/usecases/check-ledger-sheet";
import { loadStore, STORE_SHEET } from "../../src/usecases/settings-store";
import { cleanLoan, HEADER } from "../fixtures/hostile/hostile-case";
import { expectReadable } from "./support/observed";
import { AS_OF, TODAY } from "./support/port-checks";

/**
 * The settings sheet (贷后助手设置) is hidden, not locked: anyone can unhide
 * it and type over it. Whatever it holds — JSON of the wrong shape, text
 * typed over JSON, error values, unknown keys, mappings to nowhere — reading
 * it never throws, every setting the add-in then uses is one it accepts, what
 * was rejected is said in Chinese, and the ledger check still runs.
 */

const KEYS = [
  ...SETTING_PATHS.map((p) => `settings:${p}`),
  "mapping:台账",
  "mapping:不存在",
  "owned",
  "format",
  "settings:",
  "settings:inspection",
  "mapping:",
];

const key: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, 7, true, "  ") },
);

const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 2, arbitrary: fc.integer({ min: -100, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"customer": 2, "loanNo": -1}',
      '{"balance": 99999}',
      '["检查结果"]',
      '[{"name": 3}]',
      "next-month",
      "{",
      "[1,2,",
      '"__proto__"',
      '{"__proto__": {"x": 1}}',
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!").map((c) => excelError(c as "#N/A")) },
);

const storeRows = fc
  .array(fc.tuple(key, value), { maxLength: 25 })
  .map((rows) => [["键", "值"], ...rows] as CellValue[][]);

function workbookWith(store: CellValue[][]): MemoryWorkbook {
  return MemoryWorkbook.from({
    sheets: [
      { name: "台账", values: [[...HEADER], cleanLoan(1), cleanLoan(2, { 贷款余额: 150 }), cleanLoan(3)] },
      { name: STORE_SHEET, values: store, hidden: true },
    ],
  });
}

describe("a settings sheet typed over by hand", () => {
  it("is read without throwing, into settings the add-in accepts, with what was rejected said in Chinese", async () => {
    await fc.assert(
      fc.asyncProperty(storeRows, async (rows) => {
        const store = await loadStore(workbookWith(rows));
        expect(readSettings(settingsOverrides(store.settings)).problems).toEqual([]);
        for (const p of store.problems) {
          expectReadable(p.message, "a settings problem");
          expectReadable(p.hint, "a settings problem's hint");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never stops the ledger check", async () => {
    await fc.assert(
      fc.asyncProperty(storeRows, async (rows) => {
        const outcome = await checkLedgerSheet(workbookWith(rows), { sheet: "台账", asOf: AS_OF, today: TODAY });
        if (!outcome.ok) throw new Error(`the check stopped: ${outcome.problem.message}`);
        for (const n of outcome.notices ?? []) expectReadable(n.message, "a notice");
      }),
      { numRuns: 300 },
    );
  });
});
