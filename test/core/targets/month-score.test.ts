import { attainReverse } from "../../../src/core/targets/attain";
import { indicatorAttainment, monthScore, type MonthRow } from "../../../src/core/targets/month-score";
import { targetScore } from "../../../src/core/targets/target-score";

const row = (over: Partial<MonthRow>): MonthRow => ({
  direction: "正向",
  weight: 20,
  target: 100,
  actual: 100,
  ...over,
});

describe("indicatorAttainment", () => {
  it.each<[string, Partial<MonthRow>, number | null]>([
    ["actual ÷ target for 正向", { actual: 80, target: 100 }, 0.8],
    ["the cap for 正向 over-achievement", { actual: 200, target: 100 }, 1.2],
    ["null for a 正向 target of 0", { actual: 5, target: 0 }, null],
    ["target ÷ actual for 反向", { direction: "反向", actual: 0.04, target: 0.02 }, 0.5],
    ["the cap for 反向 at 0", { direction: "反向", actual: 0, target: 0.02 }, 1.2],
    ["the cap for 反向 well under the ceiling", { direction: "反向", actual: 0.001, target: 0.02 }, 1.2],
    ["null for a negative 反向 actual", { direction: "反向", actual: -0.01, target: 0.02 }, null],
  ])("gives %s", (_, over, expected) => {
    const a = indicatorAttainment(row(over), 1.2);
    if (expected === null) expect(a).toBeNull();
    else expect(a).toBeCloseTo(expected, 12);
  });
});

describe("monthScore", () => {
  it("equals targetScore when every indicator is 正向", () => {
    const rows = [row({ weight: 60, actual: 90 }), row({ weight: 40, actual: 130, target: 100 })];
    expect(monthScore(rows, 1.2)).toBe(targetScore(rows, 1.2));
    expect(monthScore(rows, 1.2)).toBe(60 * 0.9 + 40 * 1.2);
  });

  it("scores a ceiling indicator in reverse, with attainReverse", () => {
    const rows = [row({ weight: 85, actual: 100 }), row({ direction: "反向", weight: 15, actual: 0.03, target: 0.02 })];
    expect(monthScore(rows, 1.2)).toBe(Math.round((85 + 15 * (attainReverse(0.03, 0.02, 1.2) ?? NaN)) * 100) / 100);
  });

  it("gives full marks at the cap when the ceiling indicator's actual is 0", () => {
    expect(monthScore([row({ direction: "反向", weight: 100, actual: 0, target: 0.02 })], 1.5)).toBe(150);
  });

  it.each<[string, MonthRow[]]>([
    ["a 正向 target is 0", [row({}), row({ target: 0 })]],
    ["a 反向 actual is negative", [row({}), row({ direction: "反向", actual: -1, target: 2 })]],
  ])("is null when %s", (_, rows) => {
    expect(monthScore(rows, 1.2)).toBeNull();
  });

  it("rounds to two decimals", () => {
    expect(monthScore([row({ weight: 100, actual: 1, target: 3 })], 1.2)).toBe(33.33);
  });
});
