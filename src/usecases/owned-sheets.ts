import type { Locale } from "../core/messages/message";
import { usecaseText } from "../core/messages/usecase-messages";
import type { SheetModel } from "../core/sheet-model/sheet-model";
import { protectedProblem, ProblemError, viaPort } from "./problem";
import { loadStore, saveStore, type OwnedSheet } from "./settings-store";
import { findSheet, numberedName, sameSheetName } from "./sheet-names";
import type { SheetInfo, WorkbookPort } from "./workbook-port";

/**
 * The language of every sheet the add-in writes into a workbook — names, the
 * A1 it recognises its sheets by, titles, labels — whatever the language of
 * whoever pressed the button. Colleagues share workbooks: formulas and other
 * sheets refer to these sheets by name, the add-in finds its own sheets by
 * name and A1, and the 检查结果, 评分表, 提示函 and 目标责任书 are the
 * bank's Chinese documents. A sheet written in the user's language would
 * change name or fingerprint whenever someone with Office in another language
 * ran the feature, leaving a second copy beside the first. What the add-in
 * says to the user (the pane, the command line, notes and problems) follows
 * the user's language.
 */
export const SHEET_LOCALE: Locale = "zh-CN";

export interface WriteOwnedSheetResult {
  /** The name the sheet was written under. */
  readonly name: string;
  /** The name asked for, when a sheet the add-in did not create already had it. */
  readonly renamedFrom?: string;
  /** Says so, in the locale; absent when the sheet went where it was asked. */
  readonly message?: string;
}

/** How many numbered names are tried before giving up (a workbook with 检查结果(2)…(99) all the user's). */
const MAX_TRIES = 99;

/** What the model puts in A1, when it is a plain value: the fingerprint of an owned sheet. */
function a1Of(model: SheetModel): string | number | boolean | null | undefined {
  const cell = model.rows[0]?.[0];
  return cell === undefined || (typeof cell === "object" && cell !== null) ? undefined : cell;
}

/**
 * The sheet is the add-in's: listed as owned, and still holding in A1 what
 * the add-in wrote there. The second test catches a sheet the user put in the
 * place of one the add-in wrote and they deleted (same name, other content).
 */
async function isOwned(port: WorkbookPort, info: SheetInfo, owned: readonly OwnedSheet[]): Promise<boolean> {
  const entry = owned.find((o) => sameSheetName(o.name, info.name));
  if (entry === undefined) return false;
  if (entry.a1 === undefined) return true;
  const [row] = await port.readValues(info.name, 1, 1, 1);
  return (row?.[0] ?? null) === entry.a1;
}

/**
 * Writes a sheet the add-in owns: creates it, or replaces it when the add-in
 * created the sheet of that name. A sheet of that name that the user made is
 * never touched: the model is written under the first free or owned name
 * among `检查结果(2)`, `检查结果(3)` …, and the result says so. The name is
 * recorded as owned before the sheet is written, so a failure half-way never
 * leaves the add-in's sheet looking like the user's.
 */
export async function writeOwnedSheet(
  port: WorkbookPort,
  model: SheetModel,
  options: { readonly locale?: Locale } = {},
): Promise<WriteOwnedSheetResult> {
  const locale = options.locale ?? "zh-CN";
  const store = await loadStore(port, { locale });
  const sheets = await port.listSheets();

  let target: string | null = null;
  let existing: SheetInfo | undefined;
  for (let n = 1; n <= MAX_TRIES && target === null; n++) {
    const name = n === 1 ? model.name : numberedName(model.name, n);
    const info = findSheet(sheets, name);
    if (info === undefined) target = name;
    else if (await isOwned(port, info, store.ownedSheets)) {
      target = info.name;
      existing = info;
    }
  }
  if (target === null) throw new Error(`No free sheet name for "${model.name}"`);
  const name = target;
  if (existing?.protected) throw new ProblemError(protectedProblem(name, locale));

  // Sheets deleted since they were recorded are forgotten, so the list does not grow forever.
  const still = store.ownedSheets.filter(
    (o) => !sameSheetName(o.name, name) && findSheet(sheets, o.name) !== undefined,
  );
  const a1 = a1Of(model);
  await saveStore(port, { owned: [...still, a1 === undefined ? { name } : { name, a1 }] }, { locale });
  await viaPort(name, locale, () => port.writeSheet({ ...model, name }));

  if (sameSheetName(name, model.name)) return { name };
  return {
    name,
    renamedFrom: model.name,
    message: usecaseText("usecase.owned.renamed", { name: model.name, written: name }, locale),
  };
}
