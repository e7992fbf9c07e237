import fc from "fast-check";
import { parseAssetType } from "../../../src/core/classification/asset-type";
import { parseLoanClass } from "../../../src/core/classification/parse-loan-class";
import { excelError, type ExcelErrorCode } from "../../../src/core/values/cell-value";
import { compactText } from "../../../src/core/values/normalize-text";
import { parseDate } from "../../../src/core/values/parse-date";
import { parseNumber } from "../../../src/core/values/parse-number";
import { parseRatio } from "../../../src/core/values/parse-ratio";
import type { Parsed } from "../../../src/core/values/parsed";

const ERROR_CODES: ExcelErrorCode[] = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
];

/** Every kind of value an adapter can hand the core, with text biased towards what ledgers contain. */
const cellValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 60, 2958465, 2958466),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.stringMatching(/^[0-9０-９年月日号\-/.:: T%％,，¥￥()（）+元]{0,16}$/),
  fc.constantFrom("正常", "关注类", "次级1", "Loss", "  ", "\u3000", "#N/A", "2026-02-30", "(1,200)"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(...ERROR_CODES).map(excelError),
  fc.date({ noInvalidDate: false }),
);

function isWellFormed(p: Parsed<unknown>, valueCheck: (v: unknown) => boolean): boolean {
  if (p.ok) return valueCheck(p.value) && Object.keys(p).length === 2;
  if (p.reason === "empty") return Object.keys(p).length === 2;
  return (p.reason === "invalid" || p.reason === "error-value") && "raw" in p;
}

const isDay = (v: unknown): boolean => Number.isInteger(v);
const isFiniteNumber = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
const oneOf =
  (values: readonly string[]) =>
  (v: unknown): boolean =>
    typeof v === "string" && values.includes(v);

describe("cell parsers on arbitrary cell values", () => {
  it.each([
    ["parseDate", (v: unknown) => parseDate(v), isDay],
    ["parseDate (1904)", (v: unknown) => parseDate(v, { date1904: true }), isDay],
    ["parseNumber", parseNumber, isFiniteNumber],
    ["parseRatio", parseRatio, isFiniteNumber],
    ["parseLoanClass", parseLoanClass, oneOf(["正常", "关注", "次级", "可疑", "损失"])],
    ["parseAssetType", parseAssetType, oneOf(["非零售", "零售", "信用卡"])],
  ] as const)("%s never throws and returns a well-formed Parsed", (_name, parse, valueCheck) => {
    fc.assert(
      fc.property(cellValue, (value) => {
        const parsed = (parse as (v: unknown) => Parsed<unknown>)(value);
        expect(isWellFormed(parsed, valueCheck)).toBe(true);
        if (!parsed.ok && parsed.reason !== "empty") expect(parsed.raw).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("parseLoanClass on arbitrary text", () => {
  // Whitespace, full-width forms and Latin case are ignored by design, so the
  // names are looked for in the compacted, lower-cased text.
  const NAMES = [
    "正常",
    "关注",
    "次级",
    "可疑",
    "损失",
    "normal",
    "specialmention",
    "special-mention",
    "watch",
    "substandard",
    "sub-standard",
    "doubtful",
    "loss",
  ];

  it("never accepts text that names no class", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.stringMatching(/^[正常关注次级可疑损失类一二三123 \u3000a-zA-Z-]{0,8}$/),
    );
    fc.assert(
      fc.property(text, (s) => {
        const key = compactText(s).toLowerCase();
        if (NAMES.some((n) => key.includes(n))) return;
        expect(parseLoanClass(s).ok).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("parseNumber and parseRatio agree on plain numbers", () => {
  it("reads a finite number written as text back to itself", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const expected = n === 0 ? 0 : n;
        expect(parseNumber(String(n))).toEqual({ ok: true, value: expected });
        expect(parseRatio(String(n))).toEqual({ ok: true, value: expected });
      }),
    );
  });
});
