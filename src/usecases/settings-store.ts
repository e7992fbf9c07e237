import { COLUMN_KEYS, type ColumnKey } from "../core/ledger/ledger-types";
import type { Locale } from "../core/messages/message";
import { usecaseText } from "../core/messages/usecase-messages";
import type { Settings } from "../core/settings/defaults";
import { readSettings, settingsFromPaths, settingsOverrides } from "../core/settings/validate-settings";
import type { SheetModel } from "../core/sheet-model/sheet-model";
import { problem, protectedProblem, ProblemError, viaPort, type Problem } from "./problem";
import { findSheet, sameSheetName } from "./sheet-names";
import type { WorkbookPort } from "./workbook-port";

/**
 * What the add-in keeps in a workbook so that the next check needs no
 * questions: the settings that differ from the defaults, the column mapping
 * the user corrected per ledger sheet, and the sheets the add-in created.
 * They live in a hidden sheet of two columns, 键 | 值, one entry per row with
 * its value as JSON text, so they travel with the workbook through every
 * adapter (Excel, .xlsx, memory) and survive a copy to another machine. A
 * setting is one row (`settings:inspection.normalIntervalDays | 60`), so a
 * damaged row costs that setting alone. Everything read back is validated:
 * the sheet can be unhidden and edited by hand.
 */
export const STORE_SHEET = "贷后助手设置";
const HEADER = ["键", "值"] as const;
const FORMAT_KEY = "format";
const FORMAT_VERSION = 1;
const SETTINGS_PREFIX = "settings:";
const MAPPING_PREFIX = "mapping:";
const OWNED_KEY = "owned";
/** Excel's last column is XFD, index 16383. */
const MAX_COLUMN_INDEX = 16_383;

/** The user's corrections of a sheet's columns: key → 0-based column, null = the sheet has no such column. */
export type ColumnMapping = Partial<Record<ColumnKey, number | null>>;

/** A sheet the add-in created, with what it wrote in A1 (to notice a sheet the user put in its place). */
export interface OwnedSheet {
  readonly name: string;
  readonly a1?: string | number | boolean | null;
}

export interface Store {
  readonly settings: Settings;
  readonly mappings: Record<string, ColumnMapping>;
  /** Names of the sheets the add-in created. */
  readonly owned: string[];
  /** Every entry that could not be used, each in words; the defaults stand in for them. */
  readonly problems: Problem[];
  /** The owned sheets with their A1 fingerprints (what `owned` lists by name). */
  readonly ownedSheets?: OwnedSheet[];
}

export interface StorePatch {
  /** Replaces the settings (only what differs from the defaults is written). */
  readonly settings?: Settings;
  /** Replaces the mapping of each sheet listed; null removes it. Other sheets' mappings are kept. */
  readonly mappings?: Readonly<Record<string, ColumnMapping | null>>;
  /** Replaces the list of sheets the add-in created. */
  readonly owned?: readonly (string | OwnedSheet)[];
}

export interface StoreOptions {
  readonly locale?: Locale;
}

interface ReadStore extends Store {
  readonly ownedSheets: OwnedSheet[];
  /** A sheet of that name exists but is not the add-in's: it is never written over. */
  readonly foreign: boolean;
  readonly exists: boolean;
  readonly protected: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function shown(v: unknown): string {
  let text: string;
  try {
    text = typeof v === "string" ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    text = String(v);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const COLUMN_KEY_SET: ReadonlySet<string> = new Set(COLUMN_KEYS);

function isColumnIndex(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_COLUMN_INDEX;
}

function readMapping(
  ledger: string,
  value: unknown,
  locale: Locale,
  entryProblem: (message: string) => void,
): ColumnMapping | null {
  if (!isRecord(value)) {
    entryProblem(
      usecaseText("usecase.problem.store-json", { sheet: STORE_SHEET, key: `${MAPPING_PREFIX}${ledger}` }, locale),
    );
    return null;
  }
  const mapping: ColumnMapping = {};
  for (const [key, index] of Object.entries(value)) {
    if (COLUMN_KEY_SET.has(key) && (index === null || isColumnIndex(index))) {
      mapping[key as ColumnKey] = index;
      continue;
    }
    entryProblem(usecaseText("usecase.problem.store-mapping", { ledger, key, value: shown(index) }, locale));
  }
  return mapping;
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function readOwned(value: unknown, locale: Locale, entryProblem: (message: string) => void): OwnedSheet[] {
  const list = Array.isArray(value) ? value : [value];
  const owned: OwnedSheet[] = [];
  for (const entry of list) {
    if (typeof entry === "string" && entry.trim() !== "") owned.push({ name: entry });
    else if (isRecord(entry) && typeof entry.name === "string" && entry.name.trim() !== "") {
      owned.push(isScalar(entry.a1) ? { name: entry.name, a1: entry.a1 } : { name: entry.name });
    } else entryProblem(usecaseText("usecase.problem.store-owned", { value: shown(entry) }, locale));
  }
  return owned;
}

/** A value cell: JSON text as written; a number or TRUE/FALSE someone typed over it reads as itself. */
function parseValue(raw: unknown): { ok: true; value: unknown } | { ok: false; text: string } {
  if (typeof raw !== "string") return { ok: true, value: raw };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, text: raw };
  }
}

async function readStore(port: WorkbookPort, locale: Locale): Promise<ReadStore> {
  const sheets = await port.listSheets();
  const info = findSheet(sheets, STORE_SHEET);
  const empty = (foreign: boolean, problems: Problem[]): ReadStore => ({
    settings: readSettings(undefined).settings,
    mappings: {},
    owned: [],
    ownedSheets: [],
    problems,
    foreign,
    exists: info !== undefined,
    protected: info?.protected ?? false,
  });
  if (info === undefined || info.rowCount === 0) return empty(false, []);

  const rows = await viaPort(info.name, locale, () => port.readValues(info.name, 1, info.rowCount, 2));
  const header = rows[0] ?? [];
  const isOurs = HEADER.every((h, i) => typeof header[i] === "string" && (header[i] as string).trim() === h);
  if (!isOurs) {
    const foreign = problem(
      "settings-invalid",
      "usecase.problem.store-foreign",
      "usecase.problem.store-foreign.hint",
      { sheet: info.name },
      locale,
    );
    return empty(true, [foreign]);
  }

  const problems: Problem[] = [];
  const hint = usecaseText("usecase.problem.store-entry.hint", { sheet: info.name }, locale);
  const entryProblem = (message: string): void => void problems.push({ code: "settings-invalid", message, hint });
  const settingValues = new Map<string, unknown>();
  const mappings: Record<string, ColumnMapping> = {};
  let ownedSheets: OwnedSheet[] = [];

  for (const row of rows.slice(1)) {
    const keyCell = row[0];
    if (typeof keyCell !== "string" || keyCell.trim() === "") continue;
    const key = keyCell.trim();
    const rawValue = row[1] ?? null;
    if (rawValue === null) continue;
    const parsed = parseValue(rawValue);
    if (key.startsWith(SETTINGS_PREFIX)) {
      // A setting typed without JSON quotes (next-month) is taken as the text; its check says whether it fits.
      settingValues.set(key.slice(SETTINGS_PREFIX.length), parsed.ok ? parsed.value : parsed.text);
      continue;
    }
    if (!parsed.ok) {
      entryProblem(usecaseText("usecase.problem.store-json", { sheet: info.name, key }, locale));
      continue;
    }
    if (key.startsWith(MAPPING_PREFIX)) {
      const ledger = key.slice(MAPPING_PREFIX.length);
      const mapping = readMapping(ledger, parsed.value, locale, entryProblem);
      if (mapping !== null) mappings[ledger] = mapping;
    } else if (key === OWNED_KEY) {
      ownedSheets = readOwned(parsed.value, locale, entryProblem);
    } else if (key !== FORMAT_KEY) {
      entryProblem(usecaseText("usecase.problem.store-unknown-key", { sheet: info.name, key }, locale));
    }
  }

  const read = readSettings(settingsFromPaths(settingValues), locale);
  for (const p of read.problems) entryProblem(p.message);
  return {
    settings: read.settings,
    mappings,
    owned: ownedSheets.map((o) => o.name),
    ownedSheets,
    problems,
    foreign: false,
    exists: true,
    protected: info.protected,
  };
}

/**
 * Reads the settings, saved mappings and owned sheets from the workbook. An
 * entry that is damaged or out of range gives a Problem and its default;
 * a workbook without the sheet gives the defaults and no problems. Throws
 * only a ProblemError, when the workbook itself cannot be read.
 */
export async function loadStore(
  port: WorkbookPort,
  options: StoreOptions = {},
): Promise<Store & { readonly ownedSheets: OwnedSheet[] }> {
  const { settings, mappings, owned, problems, ownedSheets } = await readStore(port, options.locale ?? "zh-CN");
  return { settings, mappings, owned, problems, ownedSheets };
}

/** The saved mapping of a sheet (names compare without case, as in Excel). */
export function mappingFor(store: Pick<Store, "mappings">, sheet: string): ColumnMapping | undefined {
  const key = Object.keys(store.mappings).find((k) => sameSheetName(k, sheet));
  return key === undefined ? undefined : store.mappings[key];
}

function storeModel(
  settings: Settings,
  mappings: Record<string, ColumnMapping>,
  owned: readonly OwnedSheet[],
): SheetModel {
  const rows: string[][] = [[...HEADER], [FORMAT_KEY, JSON.stringify(FORMAT_VERSION)]];
  for (const [path, value] of Object.entries(settingsOverrides(settings))) {
    rows.push([`${SETTINGS_PREFIX}${path}`, JSON.stringify(value)]);
  }
  for (const [sheet, mapping] of Object.entries(mappings)) {
    rows.push([`${MAPPING_PREFIX}${sheet}`, JSON.stringify(mapping)]);
  }
  rows.push([OWNED_KEY, JSON.stringify(owned)]);
  return {
    name: STORE_SHEET,
    rows,
    formats: [
      { range: "A1:B1", style: { bold: true } },
      { range: `A1:B${rows.length}`, style: { numberFormat: "@" } },
    ],
    columnWidths: [44, 80],
    visibility: "hidden",
  };
}

/**
 * Saves a change to the store: what the patch names is replaced, the rest is
 * kept as it was read (entries that failed validation are dropped, their
 * defaults standing). Throws a ProblemError when a sheet of that name exists
 * but is not the add-in's, or is protected.
 */
export async function saveStore(port: WorkbookPort, patch: StorePatch, options: StoreOptions = {}): Promise<void> {
  const locale = options.locale ?? "zh-CN";
  const store = await readStore(port, locale);
  if (store.foreign) {
    throw new ProblemError(
      problem(
        "settings-invalid",
        "usecase.problem.store-foreign",
        "usecase.problem.store-foreign.hint",
        { sheet: STORE_SHEET },
        locale,
      ),
    );
  }
  if (store.protected) throw new ProblemError(protectedProblem(STORE_SHEET, locale));

  // Checked on the way in too, so the workbook never holds what would be rejected on the way out.
  const settings = patch.settings === undefined ? store.settings : readSettings(patch.settings, locale).settings;
  const mappings: Record<string, ColumnMapping> = { ...store.mappings };
  for (const [sheet, mapping] of Object.entries(patch.mappings ?? {})) {
    for (const known of Object.keys(mappings)) if (sameSheetName(known, sheet)) delete mappings[known];
    if (mapping !== null) mappings[sheet] = mapping;
  }
  const owned =
    patch.owned === undefined
      ? store.ownedSheets
      : patch.owned.map((o): OwnedSheet => (typeof o === "string" ? { name: o } : o));
  await viaPort(STORE_SHEET, locale, () => port.writeSheet(storeModel(settings, mappings, owned)));
}
