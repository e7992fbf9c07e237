import { attain, attainReverse } from "../../../src/core/targets/attain";

describe("attain", () => {
  it.each([
    [95, 100, undefined, 0.95],
    [150, 100, undefined, 1.5],
    [150, 100, 1.2, 1.2],
    [110, 100, 1.2, 1.1],
    [150, 100, null, 1.5],
    [0, 100, 1.2, 0],
    [-20, 100, undefined, -0.2],
  ])("gives %p of %p (cap %p) as %p", (actual, target, cap, expected) => {
    expect(attain(actual, target, cap)).toBeCloseTo(expected, 10);
  });

  it.each([
    [10, 0],
    [Number.NaN, 100],
    [10, Number.POSITIVE_INFINITY],
  ])("is null for %p against %p", (actual, target) => {
    expect(attain(actual, target)).toBeNull();
  });
});

describe("attainReverse", () => {
  it.each([
    ["exactly at the ceiling", 0.02, 0.02, undefined, 1],
    ["twice the ceiling", 0.04, 0.02, undefined, 0.5],
    ["half the ceiling", 0.01, 0.02, undefined, 2],
    ["half the ceiling, capped", 0.01, 0.02, 1.2, 1.2],
    ["zero with a cap", 0, 0.02, 1.5, 1.5],
    ["zero without a cap", 0, 0.02, undefined, 1],
    ["zero against a zero ceiling", 0, 0, null, 1],
    ["anything against a zero ceiling", 0.01, 0, undefined, 0],
  ])("scores %s", (_label, actual, ceiling, cap, expected) => {
    expect(attainReverse(actual, ceiling, cap)).toBeCloseTo(expected, 10);
  });

  it.each([
    [-0.01, 0.02],
    [0.01, -0.02],
    [Number.NaN, 0.02],
  ])("is null for %p against %p", (actual, ceiling) => {
    expect(attainReverse(actual, ceiling)).toBeNull();
  });
});
