import { parseWarningLevel, WARNING_LEVELS } from "../../../src/core/warning/warning-level";

describe("parseWarningLevel", () => {
  it.each([
    ["红", "红"],
    ["红色", "红"],
    ["橙色预警", "橙"],
    [" 黄 ", "黄"],
    ["蓝色", "蓝"],
  ])("%s → %s", (text, level) => {
    expect(parseWarningLevel(text)).toEqual({ ok: true, value: level });
  });

  it.each([["重大"], ["一般"], ["紫"], [3]])("does not guess a colour for %p", (v) => {
    expect(parseWarningLevel(v).ok).toBe(false);
  });

  it("lists the levels most severe first", () => {
    expect(WARNING_LEVELS).toEqual(["红", "橙", "黄", "蓝"]);
  });
});
