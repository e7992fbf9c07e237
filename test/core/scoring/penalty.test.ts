import { penalty } from "../../../src/core/scoring/penalty";

describe("penalty", () => {
  it.each([
    [100, 0],
    [80, 0],
    [79.5, 300],
    [0, 300],
  ])("fines a score of %p ¥%p by default", (s, expected) => {
    expect(penalty(s)).toBe(expected);
  });

  it("uses the threshold and amount it is given", () => {
    expect(penalty(69, 70, 500)).toBe(500);
    expect(penalty(70, 70, 500)).toBe(0);
  });
});
