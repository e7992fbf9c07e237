import { provision } from "../../../src/core/indicators/provision";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";

describe("provision", () => {
  it.each([
    ["2002", "正常", 0],
    ["2002", "关注", 200],
    ["2002", "次级", 2500],
    ["2002", "可疑", 5000],
    ["2002", "损失", 10000],
    ["2012", "正常", 150],
    ["2012", "关注", 300],
    ["2012", "次级", 3000],
    ["2012", "可疑", 6000],
    ["2012", "损失", 10000],
  ] as const)("scheme %s, %s: 10000 → %p", (scheme, cls, expected) => {
    expect(provision(10000, cls, scheme)).toBe(expected);
  });

  it("defaults to the 2002 scheme", () => {
    expect(provision(10000, "关注")).toBe(200);
  });

  it.each([
    [0.3, "损失", 0.3], // 0.1 * 3 style artefacts must not leak
    [1.005, "损失", 1.01], // 1.005 * 100 is 100.4999… in binary; the user sees 1.005
    [123.45, "关注", 2.47], // 2.469
    [1234567.89, "次级", 308641.97], // 308641.9725
    [33.33, "可疑", 16.67], // 16.665
    [0.07, "关注", 0], // 0.0014
    [999999999999.99, "可疑", 500000000000], // 499999999999.995: the half cent survives at this size
  ] as const)("rounds %p × %s to cents: %p", (balance, cls, expected) => {
    expect(provision(balance, cls)).toBe(expected);
  });

  it("rounds 2012 ratios without artefacts", () => {
    expect(provision(1234.56, "正常", "2012")).toBe(18.52); // 18.5184
    expect(provision(100.1, "关注", "2012")).toBe(3); // 3.003
  });

  it("rounds negative balances symmetrically and never returns -0", () => {
    expect(provision(-33.33, "可疑")).toBe(-16.67);
    expect(Object.is(provision(-100, "正常"), 0)).toBe(true);
  });

  it("uses the ratios passed in", () => {
    const ratios = { ...DEFAULT_SETTINGS.provision, "2002": [0, 0.05, 0.3, 0.6, 1] as const };
    expect(provision(1000, "关注", "2002", ratios)).toBe(50);
    expect(provision(1000, "次级", "2012", ratios)).toBe(300);
  });
});
