import fc from "fast-check";
import { COLUMN_CATALOGUE } from "../../../src/core/ledger/column-catalogue";
import { matchHeader, normalizeHeader } from "../../../src/core/ledger/header-match";
import { COLUMN_KEYS } from "../../../src/core/ledger/ledger-types";

const TERMS = COLUMN_KEYS.flatMap((k) => [COLUMN_CATALOGUE[k].label, ...COLUMN_CATALOGUE[k].synonyms]);

/** Text biased towards headers: catalogue terms mixed with brackets, marks, colons, spaces and full-width forms. */
const headerish: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...TERMS),
        fc.constantFrom(
          "(",
          ")",
          "（",
          "）",
          "【",
          "】",
          "[",
          "]",
          "〔",
          "〕",
          "★",
          "*",
          "：",
          ":",
          " ",
          "\n",
          "\u3000",
        ),
        fc.constantFrom("万元", "元", "%", "％", "上期", "本期", "旧", "Ａ", "ｂ", "\u200b"),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join("")),
);

describe("normalizeHeader (properties)", () => {
  it("never throws and is idempotent", () => {
    fc.assert(
      fc.property(headerish, (s) => {
        const once = normalizeHeader(s);
        expect(normalizeHeader(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("never leaves whitespace", () => {
    fc.assert(
      fc.property(headerish, (s) => {
        expect(/\s/.test(normalizeHeader(s))).toBe(false);
      }),
    );
  });
});

describe("matchHeader (properties)", () => {
  it("never throws and returns a column key or null", () => {
    const keys = new Set<string | null>([...COLUMN_KEYS, null]);
    fc.assert(
      fc.property(fc.oneof(headerish, fc.anything()), (v) => {
        expect(keys.has(matchHeader(v))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("depends only on the normalised text", () => {
    fc.assert(
      fc.property(headerish, (s) => {
        // Text longer than any header is rejected before it is normalised.
        fc.pre(s.length <= 80);
        expect(matchHeader(s)).toBe(matchHeader(normalizeHeader(s)));
      }),
    );
  });
});
