import { DEFAULT_SETTINGS } from "../../../../src/core/settings/defaults";
import {
  draftOf,
  SETTINGS_FIELDS,
  settingsFromDraft,
  type SettingsDraft,
} from "../../../../src/taskpane/components/check/settings-form";

describe("draftOf", () => {
  it("shows every edited setting as text", () => {
    const draft = draftOf(DEFAULT_SETTINGS);
    expect(draft).toMatchObject({
      firstInspectionDays: "30",
      normalIntervalDays: "90",
      watchIntervalDays: "30",
      lossAfterDays: "360",
      cardLossAfterDays: "180",
      eclDoubtfulRatio: "0.5",
      maturityWindow: "next-month",
    });
  });
});

describe("settingsFromDraft", () => {
  const draft = draftOf(DEFAULT_SETTINGS);
  const withField = (over: Partial<SettingsDraft>): SettingsDraft => ({ ...draft, ...over });

  it("gives back the same settings for an unchanged draft", () => {
    expect(settingsFromDraft(draft, DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, errors: {} });
  });

  // Every field changed at once, consistently, so each can be traced back to where it is stored.
  const other: SettingsDraft = {
    firstInspectionDays: "15",
    normalIntervalDays: "60",
    watchIntervalDays: "20",
    attentionAfterDays: "5",
    technicalGraceDays: "3",
    substandardAfterDays: "60",
    doubtfulAfterDays: "180",
    lossAfterDays: "365",
    cardSubstandardAfterDays: "60",
    cardDoubtfulAfterDays: "100",
    cardLossAfterDays: "200",
    eclDoubtfulRatio: "0.4",
    eclLossRatio: "0.8",
    maturityWindow: "next-month",
  };
  it.each(SETTINGS_FIELDS.map((f) => [f.id, f] as const))("writes %s back where it came from", (id, f) => {
    const { settings, errors } = settingsFromDraft(other, DEFAULT_SETTINGS);
    expect(errors).toEqual({});
    expect(f.get(settings)).toBe(Number(other[id]));
    expect(f.get(settings)).not.toBe(f.get(DEFAULT_SETTINGS));
  });

  it.each([
    ["an empty field", { normalIntervalDays: "" }, "normalIntervalDays", "pane.settings.invalidDays"],
    ["a fraction of a day", { watchIntervalDays: "7.5" }, "watchIntervalDays", "pane.settings.invalidDays"],
    ["a negative number", { firstInspectionDays: "-1" }, "firstInspectionDays", "pane.settings.invalidDays"],
    ["text", { technicalGraceDays: "七" }, "technicalGraceDays", "pane.settings.invalidDays"],
    ["more than ten years", { normalIntervalDays: "3651" }, "normalIntervalDays", "pane.settings.invalidDays"],
    ["a ratio above 1", { eclLossRatio: "1.5" }, "eclLossRatio", "pane.settings.invalidRatio"],
    ["可疑 not after 次级", { doubtfulAfterDays: "90" }, "doubtfulAfterDays", "pane.settings.invalidOrder"],
    ["card 损失 before 可疑", { cardLossAfterDays: "100" }, "cardLossAfterDays", "pane.settings.invalidOrder"],
    ["损失 ratio below 可疑", { eclLossRatio: "0.4" }, "eclLossRatio", "pane.settings.invalidEclOrder"],
  ] as const)("rejects %s", (_name, over, field, error) => {
    expect(settingsFromDraft(withField(over), DEFAULT_SETTINGS).errors).toEqual({ [field]: error });
  });

  it("accepts the boundaries: 0 days, 3650 days, ratios 0 and 1", () => {
    const { errors } = settingsFromDraft(
      withField({ attentionAfterDays: "0", normalIntervalDays: "3650", eclDoubtfulRatio: "0", eclLossRatio: "1" }),
      DEFAULT_SETTINGS,
    );
    expect(errors).toEqual({});
  });

  it("takes the maturity window", () => {
    const { settings } = settingsFromDraft(withField({ maturityWindow: "next-30-days" }), DEFAULT_SETTINGS);
    expect(settings.maturity.window).toBe("next-30-days");
  });
});
