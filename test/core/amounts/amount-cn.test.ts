import fc from "fast-check";
import { amountInChineseCapitals } from "../../../src/core/amounts/amount-cn";

describe("amountInChineseCapitals", () => {
  it.each([
    [12345.67, "壹万贰仟叁佰肆拾伍元陆角柒分"],
    [100, "壹佰元整"],
    [10, "壹拾元整"],
    [10005, "壹万零伍元整"],
    [0, "零元整"],
    [0.5, "伍角整"],
    [0.05, "伍分"],
    [0.15, "壹角伍分"],
    [1.05, "壹元零伍分"],
    [100000000, "壹亿元整"],
    [1010, "壹仟零壹拾元整"],
    [100010, "壹拾万零壹拾元整"],
    [1000001, "壹佰万零壹元整"],
    [20.1, "贰拾元壹角整"],
    [1680.32, "壹仟陆佰捌拾元叁角贰分"],
    [105000, "壹拾万伍仟元整"],
    [10500, "壹万零伍佰元整"],
    [10100000, "壹仟零壹拾万元整"],
    [100000001, "壹亿零壹元整"],
    [100001000, "壹亿零壹仟元整"],
    [120000000.5, "壹亿贰仟万元伍角整"],
    [1e11 + 0.01, "壹仟亿元零壹分"],
    [999999999999.99, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
  ])("writes %p as %s", (amount, expected) => {
    expect(amountInChineseCapitals(amount)).toBe(expected);
  });

  it.each([
    [1.005, "壹元零壹分"],
    [2.675, "贰元陆角捌分"],
    [0.004, "零元整"],
    [0.005, "壹分"],
    [0.995, "壹元整"],
    [9.999, "壹拾元整"],
    [1e-7, "零元整"],
  ])("rounds %p half up to cents on its decimal form: %s", (amount, expected) => {
    expect(amountInChineseCapitals(amount)).toBe(expected);
  });

  it.each([
    [-12.5, "负壹拾贰元伍角整"],
    [-100, "负壹佰元整"],
    [-0.05, "负伍分"],
    [-0.001, "零元整"],
    [-0, "零元整"],
  ])("writes negative %p as %s", (amount, expected) => {
    expect(amountInChineseCapitals(amount)).toBe(expected);
  });

  it.each([
    [1e12],
    [-1e12],
    [1e15],
    [999999999999.995],
    [999999999999.999],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
  ])("is null for %p", (amount) => {
    expect(amountInChineseCapitals(amount)).toBeNull();
  });

  const LIMIT = 1e12;
  // Below the limit but rounding up to it (e.g. 999999999999.995); covered by the table above.
  const ROUNDING_BAND = 999999999999.99;
  const amounts = fc.oneof(
    fc.double(),
    fc.double({ min: -2e12, max: 2e12 }),
    fc.integer({ min: -1e8, max: 1e8 }).map((c) => c / 100),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, -0, LIMIT, -LIMIT),
  );

  it("never throws and is null exactly for non-finite or |x| ≥ 1e12", () => {
    fc.assert(
      fc.property(amounts, (x) => {
        fc.pre(!(Math.abs(x) > ROUNDING_BAND && Math.abs(x) < LIMIT));
        const out = amountInChineseCapitals(x);
        const outOfRange = !Number.isFinite(x) || Math.abs(x) >= LIMIT;
        expect(out === null).toBe(outOfRange);
      }),
      { numRuns: 2000 },
    );
  });

  it("uses only the capital-amount characters and ends in 整 or 分", () => {
    fc.assert(
      fc.property(amounts, (x) => {
        const out = amountInChineseCapitals(x);
        if (out === null) return;
        expect(out).toMatch(/^负?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/u);
        expect(out).toMatch(/[整分]$/u);
        expect(out).not.toMatch(/零零/u);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes whole cents amounts exactly (no float drift)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9999 }), (cents, yuan) => {
        const out = amountInChineseCapitals(yuan + cents / 100) as string;
        const jiao = Math.floor(cents / 10);
        const fen = cents % 10;
        if (fen === 0) expect(out.endsWith("角整")).toBe(true);
        else expect(out.endsWith("分")).toBe(true);
        if (jiao === 0 && yuan > 0) expect(out).toContain("元零");
      }),
    );
  });
});
