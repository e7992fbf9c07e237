import fc from "fast-check";
import { LOAN_CLASSES } from "../../src/core/classification/loan-class";
import { parseLoanClass } from "../../src/core/classification/parse-loan-class";
import { checkLedger } from "../../src/core/ledger/check-ledger";
import { parseNumber } from "../../src/core/values/parse-number";
import { aLedger, AS_OF } from "../support/ledger-builder";
import { installStandInRuntime, StandInError } from "../support/custom-functions-stand-in";

installStandInRuntime();
// After the runtime's globals exist: the functions read CustomFunctions.Error when they run.
const fns = jest.requireActual<Record<string, (...args: unknown[]) => unknown[][]>>("../../src/functions/functions");

/**
 * "Never a class on an invalid input", where users meet the classification:
 * the DH.* functions typed into cells, and the ledger check's rules. A value
 * that is not what the argument needs is #VALUE! with a message, never a
 * class; a 五级分类 cell that names no class is reported as such, and no
 * rule treats it as a class (no 分类偏离, no 不良未处置).
 */

const excelValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -1_000, max: 2_000 }),
  fc.double({ noNaN: true }),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, 0.5, 91, 91.9, 361),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[-+０-９0-9.,天日 ]{0,8}$/),
  fc.constantFrom("正常", "关注", "120", "１２０", "120天", "", "  ", "#N/A", "TRUE"),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("#N/A", "#DIV/0!", "#REF!").map((code) => new StandInError(code)),
);

const isClass = (v: unknown): boolean => typeof v === "string" && (LOAN_CLASSES as readonly string[]).includes(v);
const only = (result: unknown[][]): unknown => {
  expect(result).toHaveLength(1);
  expect(result[0]).toHaveLength(1);
  return result[0]?.[0];
};

/** What the argument accepts as days overdue: a number (or text of one) of at least 0. */
function validDays(v: unknown): boolean {
  if (v instanceof StandInError) return false;
  const p = parseNumber(v);
  return p.ok && p.value >= 0;
}

describe("DH.CLASSIFY on any value", () => {
  it("never throws, and answers a class exactly when the days overdue are valid", () => {
    fc.assert(
      fc.property(excelValue, (days) => {
        const out = only(fns.classify?.([[days]]) ?? [[]]);
        if (validDays(days)) expect(isClass(out)).toBe(true);
        else {
          expect(isClass(out)).toBe(false);
          expect(out).toBeInstanceOf(StandInError);
          expect((out as StandInError).code).toBe("#VALUE!");
          expect((out as StandInError).message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 3_000 },
    );
  });

  it("never throws whatever the optional arguments are, and answers a class or #VALUE!", () => {
    fc.assert(
      fc.property(excelValue, excelValue, excelValue, excelValue, (days, asset, conditions, ecl) => {
        const out = only(fns.classify?.([[days]], [[asset]], [[conditions]], [[ecl]]) ?? [[]]);
        if (!isClass(out)) expect(out).toBeInstanceOf(StandInError);
      }),
      { numRuns: 3_000 },
    );
  });
});

/** Text that names no class (the parser's own verdict; names hidden in longer text are its business). */
const notAClass = fc
  .oneof(
    fc.string({ maxLength: 10 }),
    fc.stringMatching(/^[正常关注次级可疑损失类不良一二三 a-zA-Z-]{1,6}$/),
    fc.constantFrom("不良", "待定", "N/A", "五级", "正"),
  )
  .filter((s) => s.trim() !== "" && !parseLoanClass(s).ok);

describe("functions that take a class", () => {
  it.each([
    ["DH.IS_NPL", (c: unknown) => fns.isNpl?.([[c]])],
    ["DH.OWNER_DEPT", (c: unknown) => fns.ownerDeptFn?.([[c]])],
    ["DH.CLASS_CHECK", (c: unknown) => fns.classCheckFn?.([[c]], [[100]])],
  ])("%s answers #VALUE! for text that names no class", (_name, call) => {
    fc.assert(
      fc.property(notAClass, (text) => {
        const out = only(call(text) ?? [[]]);
        expect(out).toBeInstanceOf(StandInError);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("the ledger check on a 五级分类 that names no class", () => {
  it("reports the cell and never treats it as a class", () => {
    fc.assert(
      fc.property(notAClass, fc.integer({ min: 0, max: 800 }), (text, overdueDays) => {
        const builder = aLedger().withLoan({ class: text, overdueDays, balance: 50, disposal: null });
        const { findings } = checkLedger(builder.build(), { asOf: AS_OF });
        const row = builder.rowOf(1);
        const onRow = findings.filter((f) => f.row === row);
        expect(onRow.some((f) => f.cell === builder.cellOf("class", row))).toBe(true);
        expect(onRow.filter((f) => f.rule === "class-below-floor" || f.rule === "npl-no-disposal")).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });
});
