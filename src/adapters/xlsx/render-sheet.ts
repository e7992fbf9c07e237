import type ExcelJS from "exceljs";
import { cellAddress, quoteSheetName } from "../../core/sheet-model/a1";
import {
  isFormulaCell,
  isLinkCell,
  type CellStyle,
  type ModelCell,
  type SheetModel,
} from "../../core/sheet-model/sheet-model";
import { cellKey, colOfKey, modelExtent, resolveCellStyles, rowOfKey } from "../memory/cell-styles";
import { parseRange, type CellRange } from "../memory/ranges";
import { AddressError } from "../../usecases/workbook-errors";
import { hexToArgb } from "./excel-colors";
import { dataValidationsOf } from "./exceljs-internals";

/** The colour Excel gives its Hyperlink cell style. */
const LINK_COLOR = "#0563C1";
/**
 * The font ExcelJS writes as the workbook's default (Normal style). A styled
 * cell's font starts from it: a <font> with only <b/> leaves size and face to
 * each reader's guess.
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = {
  name: "Calibri",
  family: 2,
  scheme: "minor",
  size: 11,
  color: { theme: 1 },
};
/** Excel keeps at most 255 characters in a string constant inside a formula. */
const MAX_FORMULA_STRING = 255;

/**
 * Renders a sheet model into a new worksheet appended to `book` (the caller
 * puts it in place). Strings are always plain string values: ExcelJS writes a
 * JS string as text whatever it begins with, so "=1+1" stays text.
 */
export function renderSheet(book: ExcelJS.Workbook, model: SheetModel): ExcelJS.Worksheet {
  const ws = book.addWorksheet(model.name, {
    state: model.visibility ?? "visible",
    properties: model.tabColor ? { tabColor: { argb: hexToArgb(model.tabColor) } } : {},
    views: freezeViews(model),
  });
  const extent = modelExtent(model);
  const range = (address: string): CellRange => {
    const parsed = parseRange(address, extent);
    if (!parsed) throw new AddressError(address);
    return parsed;
  };

  const links = new Set<number>();
  model.rows.forEach((cells, r) =>
    cells.forEach((cell, col) => {
      if (cell === null) return;
      ws.getCell(r + 1, col + 1).value = excelValue(cell);
      if (isLinkCell(cell)) links.add(cellKey(r + 1, col));
    }),
  );

  // Merge before styling: ExcelJS gives a merge's other cells the top-left's style object.
  for (const merge of model.merges ?? []) ws.mergeCells(rangeText(range(merge)));

  const styles = resolveCellStyles(model);
  for (const key of links) if (!styles.has(key)) styles.set(key, {});
  for (const [key, style] of styles) {
    // A fresh object per cell: ExcelJS shares style objects, and mutating one would restyle others.
    ws.getCell(rowOfKey(key), colOfKey(key) + 1).style = excelStyle(style, links.has(key));
  }

  model.columnWidths?.forEach((width, col) => {
    if (width !== undefined) ws.getColumn(col + 1).width = width;
  });
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  for (const { range: address, list } of model.validations ?? []) {
    dataValidationsOf(ws).add(rangeText(range(address)), {
      type: "list",
      allowBlank: true,
      // An inline list: items are quoted as one string constant, inner quotes doubled.
      formulae: [`"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`],
      showErrorMessage: true,
      errorStyle: "stop",
    });
  }

  (model.conditionalFormats ?? []).forEach(({ range: address, formula, style }, i) => {
    ws.addConditionalFormatting({
      ref: rangeText(range(address)),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [withoutEquals(formula)],
          style: {
            // Conditional formats (dxf) take a solid fill's colour from bgColor, as Excel writes them.
            ...(style.fill
              ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: hexToArgb(style.fill) } } }
              : {}),
            ...(style.fontColor || style.bold !== undefined
              ? {
                  font: {
                    ...(style.fontColor ? { color: { argb: hexToArgb(style.fontColor) } } : {}),
                    ...(style.bold !== undefined ? { bold: style.bold } : {}),
                  },
                }
              : {}),
          },
        },
      ],
    });
  });

  if (model.page) ws.pageSetup = pageSetup(model.page, (a) => rangeText(range(a)));
  if (model.table) addTable(book, ws, model.table.name, range(model.table.range));
  return ws;
}

function excelValue(cell: Exclude<ModelCell, null>): ExcelJS.CellValue {
  if (isFormulaCell(cell)) return { formula: withoutEquals(cell.formula) };
  if (isLinkCell(cell)) return linkValue(cell.text, cell.link);
  // A number Excel cannot hold is written as the error Excel itself would give.
  if (typeof cell === "number" && !Number.isFinite(cell)) return { error: "#NUM!" };
  return cell;
}

/**
 * An internal link as a HYPERLINK formula with the text as its cached
 * result. ExcelJS 4.4 writes `{ text, hyperlink: "#'Sheet'!A1" }` as an
 * *external* relationship plus a location (exceljs#3027), which Excel does
 * not follow as a jump within the workbook; the formula works everywhere.
 * Text too long for a formula constant is written as plain text.
 */
function linkValue(text: string, link: { readonly sheet: string; readonly cell: string }): ExcelJS.CellValue {
  const target = `#${quoteSheetName(link.sheet)}!${link.cell}`;
  if (text.length > MAX_FORMULA_STRING || target.length > MAX_FORMULA_STRING) return text;
  const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return { formula: `HYPERLINK(${quote(target)},${quote(text)})`, result: text };
}

function withoutEquals(formula: string): string {
  return formula.startsWith("=") ? formula.slice(1) : formula;
}

function rangeText(r: CellRange): string {
  return `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;
}

function excelStyle(style: CellStyle, link: boolean): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const fontColor = style.fontColor ?? (link ? LINK_COLOR : undefined);
  const font: Partial<ExcelJS.Font> = {
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italic: style.italic } : {}),
    ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
    ...(fontColor ? { color: { argb: hexToArgb(fontColor) } } : {}),
    ...(link ? { underline: true } : {}),
  };
  if (Object.keys(font).length > 0) out.font = { ...DEFAULT_FONT, ...font };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: hexToArgb(style.fill) } };
  if (style.border && style.border !== "none") {
    const edge: Partial<ExcelJS.Border> = { style: style.border };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  const alignment: Partial<ExcelJS.Alignment> = {
    ...(style.hAlign ? { horizontal: style.hAlign } : {}),
    ...(style.vAlign ? { vertical: style.vAlign } : {}),
    ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
  };
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

function freezeViews(model: SheetModel): Array<Partial<ExcelJS.WorksheetView>> {
  const f = model.freeze;
  if (!f || (f.rows <= 0 && f.columns <= 0)) return [];
  return [{ state: "frozen", xSplit: Math.max(f.columns, 0), ySplit: Math.max(f.rows, 0) }];
}

function pageSetup(
  page: NonNullable<SheetModel["page"]>,
  rangeOf: (address: string) => string,
): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4, the only size the model offers
    orientation: page.orientation,
    ...(page.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
    ...(page.printArea ? { printArea: rangeOf(page.printArea) } : {}),
    ...(page.printTitleRows ? { printTitlesRow: page.printTitleRows.replace(/\$/g, "") } : {}),
    ...(page.margins ? { margins: { ...page.margins, header: 0.3, footer: 0.3 } } : {}),
    ...(page.centerHorizontally !== undefined ? { horizontalCentered: page.centerHorizontally } : {}),
  };
}

/**
 * An Excel table over the range, its first row the header. ExcelJS writes the
 * table's header and rows back into the cells, so they are taken from the
 * cells just written; header texts are made unique and non-empty, as Excel
 * requires of table columns.
 */
function addTable(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet, name: string, r: CellRange): void {
  const used = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const header = ws.getCell(r.top, col + 1).text.trim() || `列${col - r.left + 1}`;
    let unique = header;
    for (let n = 2; used.has(unique.toUpperCase()); n++) unique = `${header}${n}`;
    used.add(unique.toUpperCase());
    columns.push({ name: unique, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const values: ExcelJS.CellValue[] = [];
    for (let col = r.left; col <= r.right; col++) values.push(ws.getCell(row, col + 1).value);
    rows.push(values);
  }
  // Excel needs at least one data row under the header.
  if (rows.length === 0) rows.push(columns.map(() => null));
  ws.addTable({
    name: tableName(book, ws, name),
    ref: cellAddress(r.top, r.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns,
    rows,
  });
}

/** A valid table name, unique in the workbook (Excel's names: letters, digits, "_" and ".", not a cell reference). */
function tableName(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet, wanted: string): string {
  let base = wanted.replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `_${base}`;
  base = base.slice(0, 250);
  const taken = new Set<string>();
  for (const sheet of book.worksheets) {
    if (sheet === ws) continue;
    for (const t of sheet.getTables()) taken.add(tableNameOf(t).toUpperCase());
  }
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base}_${n}`;
  return name;
}

function tableNameOf(table: unknown): string {
  // Tables read from a file are kept as models; tables added in this session as Table objects.
  const t = table as { name?: string; table?: { name?: string } };
  return t.table?.name ?? t.name ?? "";
}
