import type { PaneMessageId } from "../../../core/messages/pane-messages";
import type { Settings } from "../../../core/settings/defaults";

/**
 * The settings the pane edits, as a form: each field says how to read it from
 * the settings and how to write it back, so the editor is a loop and the
 * validation a pure function (tested without a DOM).
 */
export type SettingsFieldId =
  | "firstInspectionDays"
  | "normalIntervalDays"
  | "watchIntervalDays"
  | "attentionAfterDays"
  | "technicalGraceDays"
  | "substandardAfterDays"
  | "doubtfulAfterDays"
  | "lossAfterDays"
  | "cardSubstandardAfterDays"
  | "cardDoubtfulAfterDays"
  | "cardLossAfterDays"
  | "eclDoubtfulRatio"
  | "eclLossRatio";

export interface SettingsField {
  readonly id: SettingsFieldId;
  readonly group: "inspection" | "classification";
  readonly kind: "days" | "ratio";
  readonly get: (s: Settings) => number;
  readonly set: (s: Settings, v: number) => Settings;
}

const inspection = (key: keyof Settings["inspection"]): SettingsField => ({
  id: key,
  group: "inspection",
  kind: "days",
  get: (s) => s.inspection[key],
  set: (s, v) => ({ ...s, inspection: { ...s.inspection, [key]: v } }),
});

type DayThreshold = Exclude<keyof Settings["classification"], "card" | "eclDoubtfulRatio" | "eclLossRatio">;
const classification = (key: DayThreshold): SettingsField => ({
  id: key,
  group: "classification",
  kind: "days",
  get: (s) => s.classification[key],
  set: (s, v) => ({ ...s, classification: { ...s.classification, [key]: v } }),
});

const card = (id: SettingsFieldId, key: keyof Settings["classification"]["card"]): SettingsField => ({
  id,
  group: "classification",
  kind: "days",
  get: (s) => s.classification.card[key],
  set: (s, v) => ({ ...s, classification: { ...s.classification, card: { ...s.classification.card, [key]: v } } }),
});

const ratio = (key: "eclDoubtfulRatio" | "eclLossRatio"): SettingsField => ({
  id: key,
  group: "classification",
  kind: "ratio",
  get: (s) => s.classification[key],
  set: (s, v) => ({ ...s, classification: { ...s.classification, [key]: v } }),
});

export const SETTINGS_FIELDS: readonly SettingsField[] = [
  inspection("firstInspectionDays"),
  inspection("normalIntervalDays"),
  inspection("watchIntervalDays"),
  classification("attentionAfterDays"),
  classification("technicalGraceDays"),
  classification("substandardAfterDays"),
  classification("doubtfulAfterDays"),
  classification("lossAfterDays"),
  card("cardSubstandardAfterDays", "substandardAfterDays"),
  card("cardDoubtfulAfterDays", "doubtfulAfterDays"),
  card("cardLossAfterDays", "lossAfterDays"),
  ratio("eclDoubtfulRatio"),
  ratio("eclLossRatio"),
];

export type SettingsDraft = Readonly<Record<SettingsFieldId, string>> & {
  readonly maturityWindow: Settings["maturity"]["window"];
};

export function draftOf(settings: Settings): SettingsDraft {
  const fields = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f.id, String(f.get(settings))]));
  return { ...(fields as Record<SettingsFieldId, string>), maturityWindow: settings.maturity.window };
}

export type SettingsErrors = Partial<Record<SettingsFieldId, PaneMessageId>>;

/** A longest sensible interval: ten years of days. Beyond that a typo is likelier than a policy. */
const MAX_DAYS = 3650;

/** The settings the draft describes, or what is wrong with it (by field). */
export function settingsFromDraft(
  draft: SettingsDraft,
  base: Settings,
): { readonly settings: Settings; readonly errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  const values = new Map<SettingsFieldId, number>();
  let settings = base;
  for (const f of SETTINGS_FIELDS) {
    const text = draft[f.id].trim();
    const v = text === "" ? NaN : Number(text);
    const ok =
      f.kind === "days" ? Number.isInteger(v) && v >= 0 && v <= MAX_DAYS : Number.isFinite(v) && v >= 0 && v <= 1;
    if (!ok) {
      errors[f.id] = f.kind === "days" ? "pane.settings.invalidDays" : "pane.settings.invalidRatio";
      continue;
    }
    values.set(f.id, v);
    settings = f.set(settings, v);
  }
  // The tiers must rise with overdue days, or a loan could be both 次级 and 可疑 by the table.
  increasing(values, errors, ["attentionAfterDays", "substandardAfterDays", "doubtfulAfterDays", "lossAfterDays"]);
  increasing(values, errors, ["cardSubstandardAfterDays", "cardDoubtfulAfterDays", "cardLossAfterDays"]);
  const doubtful = values.get("eclDoubtfulRatio");
  const loss = values.get("eclLossRatio");
  if (doubtful !== undefined && loss !== undefined && loss < doubtful && errors.eclLossRatio === undefined) {
    errors.eclLossRatio = "pane.settings.invalidEclOrder";
  }
  settings = { ...settings, maturity: { ...settings.maturity, window: draft.maturityWindow } };
  return { settings, errors };
}

function increasing(values: Map<SettingsFieldId, number>, errors: SettingsErrors, ids: readonly SettingsFieldId[]) {
  for (let i = 1; i < ids.length; i++) {
    const prevId = ids[i - 1];
    const id = ids[i];
    if (prevId === undefined || id === undefined) continue;
    const prev = values.get(prevId);
    const v = values.get(id);
    if (prev !== undefined && v !== undefined && v <= prev && errors[id] === undefined) {
      errors[id] = "pane.settings.invalidOrder";
    }
  }
}
