import type { Locale } from "../core/messages/message";
import { warningText, type WarningMessageId } from "../core/messages/warning-messages";
import type { Settings } from "../core/settings/defaults";
import type { CellValue } from "../core/values/cell-value";
import type { Day } from "../core/values/day";
import { buildFormSheet, FORM_EXTENT, isFormLayout, readFormInputs } from "../core/warning/form-sheet";
import {
  formatWarningNumber,
  parseWarningSheetName,
  warningNumberKey,
  type WarningCounter,
  type WarningNumber,
} from "../core/warning/numbering";
import { recordFromFormSheet, reconcileRegister, refreshFromForm } from "../core/warning/reconcile";
import {
  buildRegisterSheet,
  readRegisterRows,
  REGISTER_COLUMNS,
  type RegisterRow,
  type RegisterTyped,
} from "../core/warning/register-sheet";
import { isOpenStatus } from "../core/warning/status";
import type { WarningForm } from "../core/warning/warning-form";
import { warningFormFromRecord, type WarningRecord } from "../core/warning/warning-record";
import {
  buildWarningStoreSheet,
  isWarningStoreHeader,
  readWarningStore,
  WARNING_STORE_SHEET,
} from "../core/warning/warning-store-sheet";
import { SHEET_LOCALE, writeOwnedSheet } from "./owned-sheets";
import { protectedProblem, ProblemError, viaPort, type Problem } from "./problem";
import { readSheetValues } from "./read-sheet-values";
import { loadStore, saveStore } from "./settings-store";
import { findSheet, numberedName, sameSheetName } from "./sheet-names";
import type { SheetInfo, WorkbookPort } from "./workbook-port";

/**
 * Everything the warning use cases need to know about a workbook before they
 * change it, gathered in one place: the stored records and counter (in the
 * hidden 贷后助手预警 sheet), the 预警登记簿 people may have edited, and the
 * form sheets. Gathering reconciles them (core/warning/reconcile.ts), so that
 * a status picked in the register, a level chosen on a form, or a record the
 * store lost is taken into account before anything is rewritten.
 */
export const REGISTER_SHEET = "预警登记簿";

export interface WarningWorkbook {
  readonly settings: Settings;
  readonly counter: WarningCounter;
  /** Every form ever numbered, reconciled with the register and the forms. */
  readonly records: readonly WarningRecord[];
  readonly typed: RegisterTyped;
  /** Every number visible anywhere (records, register, sheet names): none is ever issued again. */
  readonly seen: readonly WarningNumber[];
  /** Numbers whose status people changed in the register (their form sheets must follow). */
  readonly adopted: ReadonlySet<string>;
  /** What the user should know: statuses taken over or refused, records restored, damaged rows. */
  readonly notes: readonly string[];
  /** Store entries that could not be used (settings). */
  readonly problems: readonly Problem[];
  readonly date1904: boolean;
  /** Values of the form sheets read while gathering (by sheet name, upper-cased), for carrying typed cells over. */
  readonly formValues: ReadonlyMap<string, CellValue[][]>;
  readonly sheets: readonly SheetInfo[];
}

function note(id: WarningMessageId, locale: Locale, params: Record<string, string | number>): string {
  return warningText(id, locale, params);
}

function foreignStore(locale: Locale): ProblemError {
  return new ProblemError({
    code: "settings-invalid",
    message: note("warning.problem.store-foreign", locale, { sheet: WARNING_STORE_SHEET }),
    hint: note("warning.problem.store-foreign.hint", locale, {}),
  });
}

async function readStoreSheet(port: WorkbookPort, info: SheetInfo | undefined, locale: Locale) {
  if (info === undefined || info.rowCount === 0) return { counter: {}, records: [], badRows: [] };
  const values = await viaPort(info.name, locale, () =>
    readSheetValues(port, info.name, { firstRow: 1, rowCount: info.rowCount, columnCount: 2 }),
  );
  if (!isWarningStoreHeader(values[0])) throw foreignStore(locale);
  return readWarningStore(values);
}

/** The register the add-in wrote: 预警登记簿, or 预警登记簿(2)… when someone else's sheet had the name. */
export function ownedRegister(sheets: readonly SheetInfo[], owned: readonly string[]): SheetInfo | undefined {
  for (let n = 1; n <= 99; n++) {
    const name = n === 1 ? REGISTER_SHEET : numberedName(REGISTER_SHEET, n);
    const info = findSheet(sheets, name);
    if (info === undefined) return undefined;
    if (owned.some((o) => sameSheetName(o, info.name))) return info;
  }
  return undefined;
}

async function readRegister(
  port: WorkbookPort,
  info: SheetInfo | undefined,
  date1904: boolean,
  locale: Locale,
): Promise<RegisterRow[] | null> {
  if (info === undefined || info.rowCount === 0) return null;
  const columns = Math.max(info.columnCount, REGISTER_COLUMNS.length);
  const values = await viaPort(info.name, locale, () =>
    readSheetValues(port, info.name, { firstRow: 1, rowCount: info.rowCount, columnCount: columns }),
  );
  return readRegisterRows(values, date1904);
}

async function readForm(port: WorkbookPort, info: SheetInfo, locale: Locale): Promise<CellValue[][]> {
  return viaPort(info.name, locale, () => port.readValues(info.name, 1, FORM_EXTENT.rows, FORM_EXTENT.columns));
}

/**
 * Reads and reconciles the warning state of a workbook. Reads the form
 * sheets of open forms (their level, category and discoverer feed the
 * register) and of numbered sheets nothing else lists; closed forms are not
 * read again — they do not change. Throws only ProblemError.
 */
export async function gatherWarnings(
  port: WorkbookPort,
  options: {
    readonly today: Day;
    readonly locale: Locale;
    /**
     * Read the open forms' sheets (default true). Listing skips it: one read
     * per open form is a round trip each in Excel, and the list needs only
     * what the records and the register say.
     */
    readonly readForms?: boolean;
    /** Forms read whatever readForms says (the one a status change rewrites). */
    readonly alsoRead?: readonly WarningNumber[];
  },
): Promise<WarningWorkbook> {
  const { locale, today, readForms = true } = options;
  const alsoRead = new Set((options.alsoRead ?? []).map(warningNumberKey));
  const store = await loadStore(port, { locale });
  const sheets = await port.listSheets();
  const date1904 = await port.date1904();
  const notes: string[] = [];

  const stored = await readStoreSheet(port, findSheet(sheets, WARNING_STORE_SHEET), locale);
  for (const row of stored.badRows)
    notes.push(note("warning.note.store-row", locale, { sheet: WARNING_STORE_SHEET, row }));
  const registerRows = await readRegister(port, ownedRegister(sheets, store.owned), date1904, locale);
  const merged = reconcileRegister(stored.records, registerRows, { today, date1904, locale: SHEET_LOCALE });

  const byKey = new Map<string, WarningRecord>();
  for (const r of merged.records) byKey.set(warningNumberKey(r.number), r);
  const formValues = new Map<string, CellValue[][]>();
  const restored = [...merged.restored];

  const adopted = new Set(merged.adopted.map((a) => warningNumberKey(a.number)));
  // Open forms (and forms whose status the register just changed) are read: their cells feed the register.
  // A form whose status the register changed is always read: it is about to be rewritten.
  for (const [key, record] of byKey) {
    const wanted = alsoRead.has(key) || adopted.has(key) || (readForms && isOpenStatus(record.status));
    if (!wanted) continue;
    const info = findSheet(sheets, record.sheet);
    if (info === undefined) continue;
    const values = await readForm(port, info, locale);
    formValues.set(info.name.toUpperCase(), values);
    if (isFormLayout(values)) byKey.set(key, refreshFromForm(record, values));
  }
  // A numbered form sheet that nothing lists (store and register both lost it) becomes a record again.
  for (const info of readForms ? sheets : []) {
    const number = parseWarningSheetName(info.name);
    if (number === null || byKey.has(warningNumberKey(number))) continue;
    const values = await readForm(port, info, locale);
    if (!isFormLayout(values)) continue;
    const rebuilt = recordFromFormSheet(info.name, values, date1904);
    if (rebuilt === null) continue;
    formValues.set(info.name.toUpperCase(), values);
    byKey.set(warningNumberKey(number), rebuilt);
    restored.push(number);
  }

  for (const a of merged.adopted) {
    notes.push(note("warning.note.adopted", locale, { number: formatWarningNumber(a.number), from: a.from, to: a.to }));
  }
  for (const r of merged.refused) {
    notes.push(
      note("warning.note.refused", locale, { number: formatWarningNumber(r.number), typed: r.typed, kept: r.kept }),
    );
  }
  for (const n of restored) notes.push(note("warning.note.restored", locale, { number: formatWarningNumber(n) }));

  const seen: WarningNumber[] = [...byKey.values()].map((r) => r.number);
  for (const row of registerRows ?? []) if (row.number !== null) seen.push(row.number);
  for (const info of sheets) {
    const n = parseWarningSheetName(info.name);
    if (n !== null) seen.push(n);
  }

  return {
    settings: store.settings,
    counter: stored.counter,
    records: [...byKey.values()],
    typed: merged.typed,
    seen,
    adopted,
    notes,
    problems: store.problems,
    date1904,
    formValues,
    sheets,
  };
}

/** Saves the counter and every record (the store is rewritten whole; it holds one row per form). */
export async function saveWarnings(
  port: WorkbookPort,
  content: { readonly counter: WarningCounter; readonly records: readonly WarningRecord[] },
  locale: Locale,
): Promise<void> {
  const info = findSheet(await port.listSheets(), WARNING_STORE_SHEET);
  if (info?.protected) throw new ProblemError(protectedProblem(info.name, locale));
  await viaPort(WARNING_STORE_SHEET, locale, () => port.writeSheet(buildWarningStoreSheet(content)));
}

/** Writes the register from the records; returns the sheet it went to and a note when the name was taken. */
export async function writeRegister(
  port: WorkbookPort,
  records: readonly WarningRecord[],
  typed: RegisterTyped,
  locale: Locale,
): Promise<{ readonly sheet: string; readonly message?: string }> {
  const written = await writeOwnedSheet(
    port,
    buildRegisterSheet(records, { sheet: REGISTER_SHEET, typed, locale: SHEET_LOCALE }),
    {
      locale,
    },
  );
  return written.message === undefined ? { sheet: written.name } : { sheet: written.name, message: written.message };
}

export interface FormWrite {
  /** The sheet it went to (its number's name unless another sheet had it). */
  readonly sheet: string;
  readonly message?: string;
}

/**
 * Writes the sheets of new forms. Their names are numbers never seen in the
 * workbook, so no sheet can have them; they are recorded as the add-in's in
 * one store write and then written — one store write for a hundred forms
 * instead of one per form. A name that is somehow taken goes through
 * writeOwnedSheet, which never writes over a sheet that is not the add-in's.
 */
export async function writeNewForms(
  port: WorkbookPort,
  items: readonly { readonly form: WarningForm; readonly record: WarningRecord }[],
  feedbackDays: number,
  locale: Locale,
): Promise<FormWrite[]> {
  const models = items.map(({ form, record }) =>
    buildFormSheet(form, { sheet: record.sheet, state: record, feedbackDays, locale: SHEET_LOCALE }),
  );
  const sheets = await port.listSheets();
  const free = models.filter((m) => findSheet(sheets, m.name) === undefined);
  if (free.length > 0) {
    const store = await loadStore(port, { locale });
    // As writeOwnedSheet does: sheets deleted since they were recorded are forgotten.
    const still = store.ownedSheets.filter((o) => findSheet(sheets, o.name) !== undefined);
    const added = free.map((m) => ({ name: m.name, a1: warningText("warning.form.title", SHEET_LOCALE) }));
    await saveStore(port, { owned: [...still, ...added] }, { locale });
  }
  const written: FormWrite[] = [];
  for (const model of models) {
    if (free.includes(model)) {
      await viaPort(model.name, locale, () => port.writeSheet(model));
      written.push({ sheet: model.name });
    } else {
      const w = await writeOwnedSheet(port, model, { locale });
      written.push(w.message === undefined ? { sheet: w.name } : { sheet: w.name, message: w.message });
    }
  }
  return written;
}

/**
 * Rewrites a form's sheet for its record's status, carrying over every cell
 * people typed. A sheet whose layout people changed is left as it is (its
 * cells would land in the wrong places), and a sheet that is gone is made
 * again from the record; either way the returned note says so.
 */
export async function rewriteForm(
  port: WorkbookPort,
  record: WarningRecord,
  gathered: Pick<WarningWorkbook, "formValues" | "settings">,
  locale: Locale,
): Promise<{ readonly sheet: string; readonly note?: string }> {
  const sheets = await port.listSheets();
  const info = findSheet(sheets, record.sheet);
  let values = gathered.formValues.get(record.sheet.toUpperCase());
  if (info !== undefined && values === undefined) values = await readForm(port, info, locale);
  if (info !== undefined && values !== undefined && !isFormLayout(values)) {
    return { sheet: info.name, note: note("warning.note.layout-changed", locale, { sheet: info.name }) };
  }
  const typed = info !== undefined && values !== undefined ? readFormInputs(values) : undefined;
  const model = buildFormSheet(warningFormFromRecord(record), {
    sheet: record.sheet,
    state: record,
    feedbackDays: gathered.settings.warning.feedbackWorkingDays,
    locale: SHEET_LOCALE,
    ...(typed === undefined ? {} : { typed }),
  });
  const written = await writeOwnedSheet(port, model, { locale });
  if (info === undefined) {
    return { sheet: written.name, note: note("warning.note.form-recreated", locale, { sheet: written.name }) };
  }
  return written.message === undefined ? { sheet: written.name } : { sheet: written.name, note: written.message };
}
