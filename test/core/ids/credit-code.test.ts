import { isCreditCode } from "../../../src/core/ids/credit-code";

// Valid examples checked by hand with the GB 32100-2015 weights (1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28).
describe("isCreditCode", () => {
  it.each([
    ["the common published sample", "91350100M000100Y43"],
    ["Bank of China's code", "91110000802100433B"],
    ["lower case", "91350100m000100y43"],
    ["check character F", "91310000MA1FL0T8YF"],
    ["check character C", "91110000100001342C"],
  ])("accepts %s (%s)", (_label, code) => {
    expect(isCreditCode(code)).toBe(true);
  });

  it.each([
    ["a wrong check character", "91350100M000100Y44"],
    ["a changed body character", "91350100M000200Y43"],
    ["a wrong check letter", "91110000802100433A"],
    ["the forbidden letter I", "91350100M000100I43"],
    ["the forbidden letter O", "9135010OM000100Y43"],
    ["a lower-case forbidden letter", "91350100m000100s43"],
    ["17 characters", "91350100M000100Y4"],
    ["19 characters", "91350100M000100Y430"],
    ["a space inside (not normalised here)", "91350100M000100Y4 "],
    ["an empty string", ""],
  ])("rejects %s (%s)", (_label, code) => {
    expect(isCreditCode(code)).toBe(false);
  });
});
