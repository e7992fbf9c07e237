import type { Locale } from "../messages/message";
import { isUsecaseMessageId, usecaseText } from "../messages/usecase-messages";
import { DEFAULT_SETTINGS, type Settings } from "./defaults";

/**
 * Reading settings back from a workbook. What is stored there can have been
 * edited by hand or damaged, so every value is checked against what the
 * add-in can work with; a bad value is reported in words and its default is
 * used instead. One bad value never discards the good ones beside it.
 */
export interface SettingsProblem {
  /** Dotted path of the setting, e.g. "inspection.normalIntervalDays"; "" for the whole object. */
  readonly path: string;
  readonly message: string;
}

export interface ReadSettingsResult {
  readonly settings: Settings;
  readonly problems: SettingsProblem[];
}

type Spec =
  | { readonly kind: "int"; readonly min: number; readonly max: number }
  | { readonly kind: "number"; readonly min: number; readonly max: number }
  | {
      readonly kind: "list";
      readonly length: number;
      readonly min: number;
      readonly max: number;
      /** The order the list's numbers must be in (equal neighbours allowed for "rising"). */
      readonly order: "rising" | "falling";
    }
  | { readonly kind: "enum"; readonly options: readonly string[] };

/** The longest sensible span in days (the task pane's settings form uses the same): beyond it a typo is likelier. */
const MAX_DAYS = 3650;
const DAYS: Spec = { kind: "int", min: 0, max: MAX_DAYS };
const RATIO: Spec = { kind: "number", min: 0, max: 1 };
const SCORE: Spec = { kind: "number", min: 0, max: 1000 };

/** Every setting that holds a value (not a group), with what it may hold. */
const LEAVES: Readonly<Record<string, Spec>> = {
  "classification.attentionAfterDays": DAYS,
  "classification.technicalGraceDays": DAYS,
  "classification.substandardAfterDays": DAYS,
  "classification.doubtfulAfterDays": DAYS,
  "classification.lossAfterDays": DAYS,
  "classification.card.substandardAfterDays": DAYS,
  "classification.card.doubtfulAfterDays": DAYS,
  "classification.card.lossAfterDays": DAYS,
  "classification.eclDoubtfulRatio": RATIO,
  "classification.eclLossRatio": RATIO,
  "inspection.firstInspectionDays": DAYS,
  "inspection.normalIntervalDays": DAYS,
  "inspection.watchIntervalDays": DAYS,
  "provision.2002": { kind: "list", length: 5, min: 0, max: 1, order: "rising" },
  "provision.2012": { kind: "list", length: 5, min: 0, max: 1, order: "rising" },
  "scoring.full": SCORE,
  "scoring.floor": SCORE,
  "scoring.bands": { kind: "list", length: 3, min: 0, max: 1000, order: "falling" },
  "scoring.penaltyThreshold": SCORE,
  "scoring.penaltyAmount": { kind: "number", min: 0, max: 10_000_000 },
  "scoring.rectificationDays": DAYS,
  "targets.attainmentCap": { kind: "number", min: 1, max: 10 },
  "warning.feedbackWorkingDays": { kind: "int", min: 0, max: 365 },
  "maturity.window": { kind: "enum", options: ["next-month", "next-30-days"] },
  "tier.large": { kind: "number", min: 0, max: 1e12 },
  "tier.medium": { kind: "number", min: 0, max: 1e12 },
};

/**
 * Settings that only make sense together: each list must go from smallest to
 * largest (strictly unless `equalAllowed`). The overdue tiers must rise, or a
 * loan could be both 次级 and 可疑 by the table (the pane's form checks the same).
 */
const ORDERS: readonly { readonly paths: readonly string[]; readonly equalAllowed: boolean }[] = [
  {
    paths: [
      "classification.attentionAfterDays",
      "classification.substandardAfterDays",
      "classification.doubtfulAfterDays",
      "classification.lossAfterDays",
    ],
    equalAllowed: false,
  },
  {
    paths: [
      "classification.card.substandardAfterDays",
      "classification.card.doubtfulAfterDays",
      "classification.card.lossAfterDays",
    ],
    equalAllowed: false,
  },
  { paths: ["classification.eclDoubtfulRatio", "classification.eclLossRatio"], equalAllowed: true },
  { paths: ["scoring.floor", "scoring.full"], equalAllowed: false },
  { paths: ["tier.medium", "tier.large"], equalAllowed: true },
];

/** Dotted paths of every setting that holds a value, in the order of DEFAULT_SETTINGS. */
export const SETTING_PATHS: readonly string[] = Object.keys(LEAVES);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The value at a dotted path of a settings object; undefined when there is none. */
export function settingAt(settings: unknown, path: string): unknown {
  let here: unknown = settings;
  for (const part of path.split(".")) {
    if (!isRecord(here)) return undefined;
    here = here[part];
  }
  return here;
}

function label(path: string, locale: Locale): string {
  const id = `usecase.settings.label.${path === "" ? "root" : path}`;
  return isUsecaseMessageId(id) ? usecaseText(id, {}, locale) : path;
}

/** A value as a message shows it: short, and never "[object Object]". */
function shown(v: unknown): string {
  let text: string;
  if (typeof v === "string") text = `“${v}”`;
  else if (v === undefined) text = "undefined";
  else {
    try {
      text = JSON.stringify(v) ?? String(v);
    } catch {
      text = String(v);
    }
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function inRange(v: unknown, min: number, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max;
}

function valid(spec: Spec, v: unknown): boolean {
  switch (spec.kind) {
    case "int":
      return inRange(v, spec.min, spec.max) && Number.isInteger(v);
    case "number":
      return inRange(v, spec.min, spec.max);
    case "enum":
      return typeof v === "string" && spec.options.includes(v);
    case "list": {
      if (!Array.isArray(v) || v.length !== spec.length) return false;
      if (!v.every((x) => inRange(x, spec.min, spec.max))) return false;
      const nums = v as number[];
      for (let i = 1; i < nums.length; i++) {
        const prev = nums[i - 1] ?? 0;
        const cur = nums[i] ?? 0;
        if (spec.order === "rising" ? cur < prev : cur >= prev) return false;
      }
      return true;
    }
  }
}

function expected(spec: Spec, locale: Locale): string {
  switch (spec.kind) {
    case "int":
      return usecaseText("usecase.settings.expect.int", { min: spec.min, max: spec.max }, locale);
    case "number":
      return usecaseText("usecase.settings.expect.number", { min: spec.min, max: spec.max }, locale);
    case "enum":
      return usecaseText("usecase.settings.expect.enum", { options: spec.options.join(" / ") }, locale);
    case "list": {
      const base = usecaseText(
        "usecase.settings.expect.list",
        { n: spec.length, min: spec.min, max: spec.max },
        locale,
      );
      const order = spec.order === "rising" ? "usecase.settings.expect.rising" : "usecase.settings.expect.falling";
      return base + usecaseText(order, {}, locale);
    }
  }
}

/** Sets a value at a dotted path of a plain-object tree built by JSON (so every group exists). */
function setAt(tree: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let here = tree;
  for (const part of parts.slice(0, -1)) {
    const next = here[part];
    if (!isRecord(next)) return;
    here = next;
  }
  const last = parts[parts.length - 1];
  if (last !== undefined) here[last] = value;
}

/** The groups of the defaults (paths of objects that hold settings), to tell a group from an unknown key. */
function groupPaths(): Set<string> {
  const groups = new Set<string>();
  for (const path of SETTING_PATHS) {
    const parts = path.split(".");
    for (let i = 1; i < parts.length; i++) groups.add(parts.slice(0, i).join("."));
  }
  return groups;
}
const GROUPS = groupPaths();

/** Keys of the stored object that are neither a group nor a setting. */
function unknownPaths(stored: Record<string, unknown>, prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(stored)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (path in LEAVES) continue;
    if (GROUPS.has(path)) {
      if (isRecord(value)) unknownPaths(value, path, out);
      continue;
    }
    out.push(path);
  }
}

/**
 * Merges a stored (partial) settings object over DEFAULT_SETTINGS. Each value
 * of the wrong type or out of range, each group that is not an object, each
 * set of values out of order and each unknown key gives a problem with a
 * message in the locale; the default stands for what was rejected. Never
 * throws: `json` may be anything JSON.parse can return, or undefined.
 */
export function readSettings(json: unknown, locale: Locale = "zh-CN"): ReadSettingsResult {
  const problems: SettingsProblem[] = [];
  // A deep copy of the defaults that can be written into; the defaults are plain JSON data.
  const tree = JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) as Record<string, unknown>;
  if (json === undefined || json === null) return { settings: tree as unknown as Settings, problems };
  if (!isRecord(json)) {
    const message = usecaseText("usecase.settings.not-group", { label: label("", locale), value: shown(json) }, locale);
    return { settings: DEFAULT_SETTINGS, problems: [{ path: "", message }] };
  }

  const badGroups = new Set<string>();
  for (const group of GROUPS) {
    const v = settingAt(json, group);
    const parent = group.includes(".") ? group.slice(0, group.lastIndexOf(".")) : null;
    if (v === undefined || isRecord(v) || (parent !== null && badGroups.has(parent))) continue;
    badGroups.add(group);
    problems.push({
      path: group,
      message: usecaseText("usecase.settings.not-group", { label: label(group, locale), value: shown(v) }, locale),
    });
  }

  const taken = new Map<string, unknown>();
  for (const path of SETTING_PATHS) {
    const v = settingAt(json, path);
    const spec = LEAVES[path];
    if (v === undefined || spec === undefined) continue;
    if (valid(spec, v)) {
      taken.set(path, v);
      continue;
    }
    problems.push({
      path,
      message: usecaseText(
        "usecase.settings.invalid",
        {
          label: label(path, locale),
          value: shown(v),
          expected: expected(spec, locale),
          fallback: shown(settingAt(DEFAULT_SETTINGS, path)),
        },
        locale,
      ),
    });
  }

  const unknown: string[] = [];
  unknownPaths(json, "", unknown);
  for (const path of unknown) {
    problems.push({ path, message: usecaseText("usecase.settings.unknown", { path }, locale) });
  }

  for (const path of taken.keys()) setAt(tree, path, taken.get(path));
  for (const order of ORDERS) {
    // Judged on what will be used: a value just rejected has already fallen back to its default.
    const values = order.paths.map((p) => settingAt(tree, p) as number);
    const broken = values.some((v, i) => {
      const prev = values[i - 1];
      return i > 0 && prev !== undefined && (order.equalAllowed ? v < prev : v <= prev);
    });
    // Only the user's own values can be out of order; defaults never are.
    if (!broken || !order.paths.some((p) => taken.has(p))) continue;
    for (const p of order.paths) setAt(tree, p, settingAt(DEFAULT_SETTINGS, p));
    problems.push({
      path: order.paths[0] ?? "",
      message: usecaseText(
        "usecase.settings.order",
        { labels: order.paths.map((p) => `“${label(p, locale)}”`).join("、"), values: values.join("、") },
        locale,
      ),
    });
  }
  return { settings: tree as unknown as Settings, problems };
}

/**
 * The settings that differ from the defaults, by dotted path: what a
 * workbook stores, so that a bank that never changed a threshold follows the
 * add-in's defaults as they are corrected, and one that did keeps its own.
 */
export function settingsOverrides(settings: Settings): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of SETTING_PATHS) {
    const v = settingAt(settings, path);
    if (v !== undefined && JSON.stringify(v) !== JSON.stringify(settingAt(DEFAULT_SETTINGS, path))) out[path] = v;
  }
  return out;
}

/** A nested settings object from overrides by dotted path (the inverse of settingsOverrides). */
export function settingsFromPaths(values: ReadonlyMap<string, unknown>): Record<string, unknown> {
  // Objects without a prototype: a key such as "__proto__" in a tampered workbook stays a plain key.
  const group = (): Record<string, unknown> => Object.create(null) as Record<string, unknown>;
  const tree = group();
  for (const [path, value] of values) {
    const parts = path.split(".");
    let here = tree;
    for (const part of parts.slice(0, -1)) {
      const next = here[part];
      if (isRecord(next)) here = next;
      else {
        const made = group();
        here[part] = made;
        here = made;
      }
    }
    const last = parts[parts.length - 1];
    if (last !== undefined) here[last] = value;
  }
  return tree;
}
