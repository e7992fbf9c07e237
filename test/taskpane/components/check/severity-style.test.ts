import { percentText } from "../../../../src/taskpane/components/check/severity-style";

describe("percentText", () => {
  it.each([
    [1, "100"],
    [0, "0"],
    [0.5, "50"],
    [0.123, "12.3"],
    [0.9999, "99.9"],
    [0.29, "29"],
    [1.2, "100"],
    [-0.1, "0"],
  ])("shows %p as %s", (share, text) => {
    expect(percentText(share)).toBe(text);
  });
});
