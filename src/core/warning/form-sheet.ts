import { amountInChineseCapitals } from "../amounts/amount-cn";
import type { Locale } from "../messages/message";
import { warningMessages, warningText, type WarningMessageId } from "../messages/warning-messages";
import { rangeAddress } from "../sheet-model/a1";
import type { CellStyle, ModelCell, SheetModel } from "../sheet-model/sheet-model";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { dayToExcelSerial, dayToIso, type Day } from "../values/day";
import {
  FORM_COLUMNS,
  FORM_LAYOUT,
  formCell,
  type CellKind,
  type InputField,
  type OwnedField,
  type PlacedSlot,
} from "./form-layout";
import { formatWarningNumber } from "./numbering";
import type { StatusFacts } from "./status";
import type { Fact, WarningForm } from "./warning-form";

/**
 * The 风险预警信号处理表 as a sheet: A4 portrait, one page wide, the title and
 * number repeated on every printed page, bordered blocks with merged label
 * cells, drop-downs for level, source, category, class and each measure's
 * 是/否, and a ☐ that becomes ☑ by formula when a measure is chosen.
 *
 * Rewriting a form (a status change, a re-run) rebuilds the whole sheet and
 * carries over every cell people can type in (`typed`): the port writes
 * whole sheets, and a whole rebuild also repairs borders or drop-downs
 * someone deleted. Only the add-in's own cells — number, status, the 作废
 * stamp, dates it computes, the amount in capitals — are written afresh.
 */

export interface BuildFormSheetOptions {
  /** The sheet's name (normally the number's: 预警2026-001). */
  readonly sheet: string;
  readonly state: StatusFacts;
  /** What the existing sheet holds in its input cells, carried over (non-blank values win over the form's). */
  readonly typed?: ReadonlyMap<InputField, CellValue>;
  /** The working days the deadline was computed with, for the note under the form. */
  readonly feedbackDays: number;
  readonly locale?: Locale;
}

const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const NUMBER_FORMAT: Readonly<Record<CellKind, string>> = {
  text: "@",
  date: DATE_FORMAT,
  amount: "#,##0.00",
  rate: "0.00%",
  days: "0",
};
const LABEL_FILL = "#F2F2F2";
const SECTION_FILL = "#DDEBF7";
const STAMP_COLOR = "#C00000";
const VOID_FILL = "#FFC7CE";
const DEFAULT_HEIGHT = 22;
/** Inches; a little wider at the top for a binding punch. */
const MARGINS = { top: 0.75, bottom: 0.6, left: 0.55, right: 0.55 };
/** Characters per column: labels narrower than values; about 100 in all, one A4 width at fit-to-page. */
const WIDTHS = [15, 19, 15, 19, 15, 19];

function serial(day: Day | null): number | null {
  return day === null ? null : dayToExcelSerial(day);
}

function factCell<T extends number>(f: Fact<T>, toCell: (v: T) => number = (v) => v): ModelCell {
  if (f === null) return null;
  return "value" in f ? toCell(f.value) : f.text;
}

/** What the form itself says for a field, before anything people typed. */
function initialValue(form: WarningForm, field: InputField): ModelCell {
  const c = form.customer;
  const e = form.exposure;
  switch (field) {
    case "level":
      return form.level;
    case "branch":
      return form.branch;
    case "source":
      return form.source;
    case "customer":
      return c.name;
    case "idNumber":
      return c.idNumber;
    case "industry":
      return c.industry;
    case "rating":
      return c.rating;
    case "officer":
      return c.officer;
    case "loanNo":
      return e.loanNo;
    case "contractNo":
      return e.contractNo;
    case "product":
      return e.product;
    case "purpose":
      return e.purpose;
    case "disbursed":
      return factCell(e.disbursed, dayToExcelSerial);
    case "maturity":
      return factCell(e.maturity, dayToExcelSerial);
    case "rate":
      return factCell(e.rate);
    case "amount":
      return factCell(e.amount);
    case "balance":
      return factCell(e.balance);
    case "guarantee":
      return e.guarantee;
    case "class":
      return e.class;
    case "overduePrincipal":
      return factCell(e.overduePrincipal);
    case "overdueInterest":
      return factCell(e.overdueInterest);
    case "overdueDays":
      return factCell(e.overdueDays);
    case "category":
      return form.signal.category;
    case "discoveredOn":
      return serial(form.signal.discoveredOn);
    case "discoverer":
      return form.signal.discoverer;
    case "description":
      return form.signal.description;
    case "evidence":
      return form.signal.evidence;
    default:
      return null;
  }
}

/** A carried-over value as a model cell; error values are not carried (the form's value stands). */
function typedCell(v: CellValue | undefined): ModelCell | undefined {
  if (v === undefined || isBlank(v) || isExcelError(v)) return undefined;
  return v;
}

function capitals(balance: ModelCell): string | null {
  if (typeof balance !== "number") return null;
  const words = amountInChineseCapitals(balance);
  return words === null ? null : `人民币${words}`;
}

function ownedValue(
  field: OwnedField,
  form: WarningForm,
  options: BuildFormSheetOptions,
  balance: ModelCell,
  locale: Locale,
): ModelCell {
  switch (field) {
    case "number":
      return formatWarningNumber(form.number);
    case "status":
      return options.state.status;
    case "filedOn":
      return dayToExcelSerial(options.state.filedOn);
    case "deadline":
      return dayToExcelSerial(form.deadline);
    case "ledgerLink": {
      if (form.ledger === null) return null;
      const { sheet, row } = form.ledger;
      return {
        text: warningText("warning.form.ledger-link", locale, { sheet, row }),
        link: { sheet, cell: `A${row}` },
      };
    }
    case "capitals":
      return capitals(balance);
  }
}

const BORDERED: CellStyle = { border: "thin", vAlign: "middle", wrap: true };

function slotStyle(slot: PlacedSlot): CellStyle {
  switch (slot.kind) {
    case "label":
      return { ...BORDERED, fill: LABEL_FILL, hAlign: "center" };
    case "box":
      return { ...BORDERED, hAlign: "center", fontSize: 14 };
    case "input":
    case "owned": {
      const numeric = slot.format !== "text";
      return { ...BORDERED, hAlign: numeric ? "right" : "left", numberFormat: NUMBER_FORMAT[slot.format] };
    }
  }
}

/** Builds the form's sheet. Pure: the same form, state and typed cells give the same sheet. */
export function buildFormSheet(form: WarningForm, options: BuildFormSheetOptions): SheetModel {
  const locale = options.locale ?? "zh-CN";
  const L = FORM_LAYOUT;
  const rows: ModelCell[][] = Array.from({ length: L.lastRow }, () => Array<ModelCell>(FORM_COLUMNS).fill(null));
  const set = (row: number, col: number, v: ModelCell): void => {
    const r = rows[row - 1];
    if (r) r[col] = v;
  };
  const formats: { range: string; style: CellStyle }[] = [];
  const merges: string[] = [];
  const validations: { range: string; list: readonly string[] }[] = [];
  const lastCol = FORM_COLUMNS - 1;
  const fullRow = (row: number): string => rangeAddress(row, 0, row, lastCol);

  // Inputs first: the balance people may have corrected decides the amount in capitals.
  const inputs = new Map<InputField, ModelCell>();
  for (const slot of L.slots) {
    if (slot.kind !== "input") continue;
    const typed = typedCell(options.typed?.get(slot.field));
    inputs.set(slot.field, typed === undefined ? initialValue(form, slot.field) : typed);
  }
  // A release through the pane records its date on the form, over whatever was typed there.
  if (options.state.status === "已解除" && options.state.releasedOn !== null) {
    inputs.set("releasedOn", dayToExcelSerial(options.state.releasedOn));
  }

  set(L.titleRow, 0, warningText("warning.form.title", locale));
  merges.push(fullRow(L.titleRow));
  formats.push({ range: fullRow(L.titleRow), style: { bold: true, fontSize: 18, hAlign: "center", vAlign: "middle" } });

  const voided = options.state.status === "作废";
  if (voided) {
    const date = options.state.voidedOn === null ? "" : dayToIso(options.state.voidedOn);
    set(
      L.stampRow,
      0,
      warningText("warning.form.void-stamp", locale, { reason: options.state.voidReason ?? "", date }),
    );
    formats.push({
      range: fullRow(L.stampRow),
      style: { bold: true, fontSize: 24, fontColor: STAMP_COLOR, hAlign: "center", vAlign: "middle", wrap: true },
    });
  }
  merges.push(fullRow(L.stampRow));

  for (const s of L.sections) {
    set(s.row, 0, warningText(s.text, locale));
    merges.push(fullRow(s.row));
    formats.push({ range: fullRow(s.row), style: { ...BORDERED, bold: true, fill: SECTION_FILL, hAlign: "left" } });
  }

  for (const slot of L.slots) {
    if (slot.span > 1) merges.push(slot.range);
    formats.push({ range: slot.range, style: slotStyle(slot) });
    switch (slot.kind) {
      case "label":
        set(slot.row, slot.col, warningText(slot.text, locale));
        break;
      case "box":
        set(slot.row, slot.col, { formula: `=IF(${formCell(`taken.${slot.measure}`)}="是","☑","☐")` });
        break;
      case "input":
        set(slot.row, slot.col, inputs.get(slot.field) ?? null);
        if (slot.list !== null) validations.push({ range: slot.cell, list: slot.list });
        break;
      case "owned":
        set(slot.row, slot.col, ownedValue(slot.field, form, options, inputs.get("balance") ?? null, locale));
        break;
    }
  }
  for (const row of L.headerRows) formats.push({ range: fullRow(row), style: { bold: true } });
  if (voided)
    formats.push({ range: formCell("status"), style: { fill: VOID_FILL, fontColor: STAMP_COLOR, bold: true } });

  const unit = form.amountUnit === "万元" ? warningText("warning.form.note.unit-wan", locale) : "";
  set(L.noteRow, 0, warningText("warning.form.note", locale, { unit, days: options.feedbackDays }));
  merges.push(fullRow(L.noteRow));
  formats.push({ range: fullRow(L.noteRow), style: { italic: true, fontSize: 9, wrap: true, vAlign: "top" } });

  const rowHeights: Record<number, number> = {};
  for (let r = 1; r <= L.lastRow; r++) rowHeights[r] = L.heights[r] ?? DEFAULT_HEIGHT;
  rowHeights[L.titleRow] = 36;
  rowHeights[L.stampRow] = voided ? 66 : 6;
  rowHeights[L.noteRow] = 30;

  return {
    name: options.sheet,
    rows,
    formats,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    validations,
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: rangeAddress(1, 0, L.lastRow, lastCol),
      printTitleRows: `1:${L.stampRow - 1}`,
      margins: MARGINS,
      centerHorizontally: true,
    },
    tabColor: voided ? "#808080" : "#C00000",
  };
}

// ---- reading a form back ----

function labelTexts(id: WarningMessageId): string[] {
  const t = warningMessages[id];
  return [compactText(t["zh-CN"]), compactText(t["en-US"])];
}

/**
 * Whether the values (from A1) are a form in this layout: every label where
 * the layout puts it, in either language. A form whose rows people moved or
 * inserted is not rewritten by position — its typed cells would land in the
 * wrong places — and the caller leaves it as it is.
 */
export function isFormLayout(values: readonly (readonly CellValue[])[]): boolean {
  const at = (row: number, col: number): CellValue => values[row - 1]?.[col] ?? null;
  const title = at(FORM_LAYOUT.titleRow, 0);
  if (typeof title !== "string" || !labelTexts("warning.form.title").includes(compactText(title))) return false;
  for (const slot of FORM_LAYOUT.slots) {
    if (slot.kind !== "label") continue;
    const v = at(slot.row, slot.col);
    if (typeof v !== "string" || !labelTexts(slot.text).includes(compactText(v))) return false;
  }
  return true;
}

/** The non-blank input cells of a form sheet's values (from A1). */
export function readFormInputs(values: readonly (readonly CellValue[])[]): Map<InputField, CellValue> {
  const typed = new Map<InputField, CellValue>();
  for (const slot of FORM_LAYOUT.slots) {
    if (slot.kind !== "input") continue;
    const v = values[slot.row - 1]?.[slot.col] ?? null;
    if (!isBlank(v) && !isExcelError(v)) typed.set(slot.field, v);
  }
  return typed;
}

/** The value a typed cell holds as text (for reading the level, category or a name back). */
export function typedString(typed: ReadonlyMap<InputField, CellValue>, field: InputField): string | null {
  const v = typed.get(field);
  if (typeof v === "string") return v.trim() === "" ? null : v.trim();
  if (typeof v === "number") return String(v);
  return null;
}

/** Rows and columns to read to get a whole form back. */
export const FORM_EXTENT = { rows: FORM_LAYOUT.lastRow, columns: FORM_COLUMNS } as const;
