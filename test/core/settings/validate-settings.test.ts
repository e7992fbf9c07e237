import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import {
  readSettings,
  SETTING_PATHS,
  settingAt,
  settingsFromPaths,
  settingsOverrides,
} from "../../../src/core/settings/validate-settings";

describe("readSettings", () => {
  it.each([undefined, null, {}])("gives the defaults and no problems for %j", (json) => {
    expect(readSettings(json)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it.each([
    ["a string", "设置"],
    ["a number", 3],
    ["a list", [1, 2]],
    ["true", true],
  ])("gives the defaults and one problem when the whole is %s", (_, json) => {
    const { settings, problems } = readSettings(json);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([{ path: "", message: expect.stringContaining("应为一组设置") }]);
  });

  it("merges valid values over the defaults, keeping every other default", () => {
    const { settings, problems } = readSettings({
      inspection: { normalIntervalDays: 60 },
      classification: { card: { lossAfterDays: 200 } },
      maturity: { window: "next-30-days" },
    });
    expect(problems).toEqual([]);
    expect(settings.inspection).toEqual({ ...DEFAULT_SETTINGS.inspection, normalIntervalDays: 60 });
    expect(settings.classification.card).toEqual({ ...DEFAULT_SETTINGS.classification.card, lossAfterDays: 200 });
    expect(settings.classification.substandardAfterDays).toBe(90);
    expect(settings.maturity.window).toBe("next-30-days");
    expect(settings.provision).toEqual(DEFAULT_SETTINGS.provision);
  });

  it.each([
    ["inspection.normalIntervalDays", -5, "正常类检查间隔"],
    ["inspection.normalIntervalDays", 3651, "0 到 3650 之间的整数"],
    ["inspection.normalIntervalDays", 30.5, "整数"],
    ["inspection.normalIntervalDays", "30", "“30”"],
    ["inspection.normalIntervalDays", null, "null"],
    ["inspection.firstInspectionDays", Number.NaN, "首次检查期限"],
    ["classification.eclLossRatio", 1.5, "0 到 1 之间的数"],
    ["classification.eclDoubtfulRatio", -0.1, "预期信用损失占比至少为可疑"],
    ["maturity.window", "next-year", "next-month / next-30-days"],
    ["maturity.window", 30, "到期提示范围"],
    ["provision.2012", [0.015, 0.03, 0.3, 0.6], "5 个 0 到 1 之间的数"],
    ["provision.2012", [0.015, 0.03, 0.3, 0.6, "1"], "计提比例（2012 年口径）"],
    ["provision.2002", [0, 0.25, 0.02, 0.5, 1], "从小到大"],
    ["scoring.bands", [60, 80, 90], "从大到小"],
    ["scoring.bands", [90, 80, 80], "从大到小"],
    ["targets.attainmentCap", 0.5, "完成率封顶"],
    ["tier.large", "1000", "大户余额下限"],
  ])("rejects %s = %j with a message naming it (%s) and keeps the default", (path, value, words) => {
    const json = settingsFromPaths(new Map([[path, value]]));
    const { settings, problems } = readSettings(json);
    expect(settingAt(settings, path)).toEqual(settingAt(DEFAULT_SETTINGS, path));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(words);
    expect(problems[0]?.message).toContain("已改用默认值");
  });

  it.each([
    ["classification.attentionAfterDays", 0],
    ["classification.lossAfterDays", 3650],
    ["classification.eclDoubtfulRatio", 0],
    ["inspection.watchIntervalDays", 0],
    ["provision.2002", [0, 0, 0, 0, 0]],
    ["scoring.bands", [95, 85, 70]],
    ["tier.medium", 0],
  ])("accepts %s = %j at the edge of its range", (path, value) => {
    const { settings, problems } = readSettings(settingsFromPaths(new Map([[path, value]])));
    expect(problems).toEqual([]);
    expect(settingAt(settings, path)).toEqual(value);
  });

  it.each([
    [{ classification: { substandardAfterDays: 300 } }, "逾期超过几天至少为次级"],
    [{ classification: { attentionAfterDays: 90 } }, "逾期超过几天至少为关注"],
    [{ classification: { card: { doubtfulAfterDays: 200 } } }, "信用卡逾期超过几天至少为可疑"],
    [{ classification: { eclDoubtfulRatio: 0.95 } }, "预期信用损失占比为损失"],
    [{ scoring: { floor: 100 } }, "满分"],
    [{ tier: { medium: 2000 } }, "大户余额下限"],
  ])("reverts settings that only make sense together when %j puts them out of order", (json, words) => {
    const { settings, problems } = readSettings(json);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(words);
  });

  it("keeps values in order when a neighbour was rejected and fell back to its default", () => {
    const { settings, problems } = readSettings({ classification: { substandardAfterDays: -1, lossAfterDays: 720 } });
    expect(problems).toHaveLength(1);
    expect(settings.classification.lossAfterDays).toBe(720);
  });

  it("reports a group that is not an object and uses the group's defaults", () => {
    const { settings, problems } = readSettings({ inspection: 30, tier: { large: 2000 } });
    expect(settings.inspection).toEqual(DEFAULT_SETTINGS.inspection);
    expect(settings.tier.large).toBe(2000);
    expect(problems).toEqual([{ path: "inspection", message: expect.stringContaining("贷后检查") }]);
  });

  it("reports unknown keys at any depth, and ignores them", () => {
    const { settings, problems } = readSettings({ colour: "red", inspection: { intervalDays: 30 } });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems.map((p) => p.path)).toEqual(["colour", "inspection.intervalDays"]);
  });

  it("does not follow __proto__ in what it reads", () => {
    const json = JSON.parse('{"__proto__": {"inspection": {"normalIntervalDays": 1}}}') as unknown;
    const { settings } = readSettings(json);
    expect(settings.inspection.normalIntervalDays).toBe(90);
  });

  it("never changes DEFAULT_SETTINGS", () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    readSettings({ inspection: { normalIntervalDays: 1 }, provision: { "2002": [0, 0, 0, 0, 0] } });
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
  });

  it("writes its messages in English when asked", () => {
    const { problems } = readSettings({ inspection: { normalIntervalDays: -1 } }, "en-US");
    expect(problems[0]?.message).toBe(
      "Setting “Inspection interval for 正常 (days)” has the invalid value -1; it must be a whole number from 0 to 3650. The default 90 is used",
    );
  });
});

describe("SETTING_PATHS", () => {
  it("names every value of DEFAULT_SETTINGS, and nothing else", () => {
    const leaves: string[] = [];
    const walk = (v: unknown, prefix: string): void => {
      if (typeof v === "object" && v !== null && !Array.isArray(v)) {
        for (const [k, x] of Object.entries(v)) walk(x, prefix === "" ? k : `${prefix}.${k}`);
      } else leaves.push(prefix);
    };
    walk(DEFAULT_SETTINGS, "");
    expect([...SETTING_PATHS].sort()).toEqual(leaves.sort());
  });

  it("accepts every default as valid", () => {
    const all = new Map(SETTING_PATHS.map((p) => [p, settingAt(DEFAULT_SETTINGS, p)]));
    expect(readSettings(settingsFromPaths(all)).problems).toEqual([]);
  });
});

describe("settingsOverrides", () => {
  it("is empty for the defaults", () => {
    expect(settingsOverrides(DEFAULT_SETTINGS)).toEqual({});
  });

  it("lists only what differs, by path, and reads back to the same settings", () => {
    const settings = { ...DEFAULT_SETTINGS, scoring: { ...DEFAULT_SETTINGS.scoring, bands: [95, 85, 70] as const } };
    const overrides = settingsOverrides(settings);
    expect(overrides).toEqual({ "scoring.bands": [95, 85, 70] });
    expect(readSettings(settingsFromPaths(new Map(Object.entries(overrides)))).settings).toEqual(settings);
  });
});
