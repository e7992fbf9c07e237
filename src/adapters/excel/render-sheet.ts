import { cellAddress, columnIndex, columnLetters, parseCellAddress, quoteSheetName } from "../../core/sheet-model/a1";
import {
  isFormulaCell,
  isLinkCell,
  type CellStyle,
  type ModelCell,
  type PageSetup,
  type SheetModel,
} from "../../core/sheet-model/sheet-model";
import { CELL_BUDGET, BYTE_BUDGET, OP_BYTES, jsonBytes, type ChunkBudget } from "./chunking";
import { normalizeColor } from "./colors";
import type { CellRect } from "./group-cells";
import type { SyncBudget } from "./sync-budget";

/**
 * SheetModel → Office.js calls. The planning (which cells need the text
 * format, how rows split into blocks, unit conversions) is pure and exported
 * for tests; `renderSheet` only queues the calls, reserving each one's bytes in
 * the SyncBudget so that a big sheet goes out in ~4 MB round trips.
 */

/**
 * Whether Excel would turn this text into something else when it is written
 * through `Range.values`, which behaves like typing: a leading "=", "+", "-"
 * or "@" makes a formula (Range.values docs), "'" is eaten as a quote prefix,
 * a leading tab or carriage return is how injected formulas hide, "#N/A"
 * becomes an error value, "TRUE" a boolean, and anything made only of digits
 * and number/date punctuation ("00123", an 18-digit ID number, "1,234",
 * "12%", "2024-01-05", "2024年1月5日", "1/2") a number or a date — losing leading
 * zeros and the last digits of long IDs. Such cells get the text format "@"
 * before their value is written, so Excel stores the text as typed.
 */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  if (/^[=+\-@'\t\r]/.test(text)) return true;
  if (text.startsWith("#")) return true;
  if (/^\s*(true|false)\s*$/i.test(text)) return true;
  return /\d/.test(text) && /^[\s\d.,:/\\\-+%eE$¥￥()年月日时分秒]*$/.test(text);
}

/**
 * Column width in characters (the unit of SheetModel and of Excel's own
 * column-width dialog) → points (the unit of `format.columnWidth`). Excel sizes
 * a column as characters × the widest digit of the default font (7 px for
 * Calibri 11 and 等线 11) plus 5 px of padding; a pixel is 0.75 pt at 96 dpi.
 * So 8.43 characters → 64 px → 48 pt, Excel's default column.
 */
export function charsToPoints(chars: number): number {
  const px = Math.round(chars * 7 + 5);
  return px * 0.75;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** "B2", "B2:D9", "$B$2:$D$9" → rectangle; null for whole rows/columns or anything else. */
export function parseRect(address: string): CellRect | null {
  const [a, b, extra] = address.split(":");
  if (a === undefined || extra !== undefined) return null;
  const p = parseCellAddress(a);
  const q = b === undefined ? p : parseCellAddress(b);
  if (!p || !q) return null;
  return {
    row1: Math.min(p.row, q.row),
    col1: Math.min(p.col, q.col),
    row2: Math.max(p.row, q.row),
    col2: Math.max(p.col, q.col),
  };
}

/** Rows × columns of any A1 area, including whole columns ("C:E") and rows ("3:5"). */
export function areaSize(address: string): { rows: number; cols: number } | null {
  const rect = parseRect(address);
  if (rect) return { rows: rect.row2 - rect.row1 + 1, cols: rect.col2 - rect.col1 + 1 };
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (cols?.[1] && cols[2]) return { rows: MAX_ROWS, cols: Math.abs(columnIndex(cols[2]) - columnIndex(cols[1])) + 1 };
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows?.[1] && rows[2]) return { rows: Math.abs(Number(rows[2]) - Number(rows[1])) + 1, cols: MAX_COLS };
  return null;
}

export interface BlockLink {
  readonly cell: string;
  readonly text: string;
  readonly sheet: string;
  readonly target: string;
}

/** A block of whole rows written with one `values` assignment (plus its text formats and formulas). */
export interface ValueBlock {
  /** 1-based sheet row of the block's first row. */
  readonly row: number;
  readonly rowCount: number;
  readonly width: number;
  readonly values: (string | number | boolean | null)[][];
  /** "@" where text must stay text, null elsewhere (null leaves a cell's format alone); null when no cell needs it. */
  readonly numberFormat: (string | null)[][] | null;
  /** Formulas where the model has them, null elsewhere; null when the block has none. */
  readonly formulas: (string | null)[][] | null;
  readonly links: BlockLink[];
  /** Estimated request bytes of the block's data. */
  readonly bytes: number;
}

interface RowPlan {
  values: (string | number | boolean | null)[];
  numberFormat: (string | null)[] | null;
  formulas: (string | null)[] | null;
  links: BlockLink[];
}

function planRow(row: readonly ModelCell[], rowNumber: number, width: number): RowPlan {
  const values: (string | number | boolean | null)[] = new Array<null>(width).fill(null);
  let numberFormat: (string | null)[] | null = null;
  let formulas: (string | null)[] | null = null;
  const links: BlockLink[] = [];
  const guard = (c: number, text: string): void => {
    if (!needsTextFormat(text)) return;
    numberFormat ??= new Array<null>(width).fill(null);
    numberFormat[c] = "@";
  };
  row.forEach((cell, c) => {
    if (cell === null || cell === undefined) return;
    if (isFormulaCell(cell)) {
      formulas ??= new Array<null>(width).fill(null);
      formulas[c] = cell.formula;
    } else if (isLinkCell(cell)) {
      values[c] = cell.text;
      guard(c, cell.text);
      links.push({ cell: cellAddress(rowNumber, c), text: cell.text, sheet: cell.link.sheet, target: cell.link.cell });
    } else if (typeof cell === "number") {
      // JSON has no NaN or Infinity; an empty cell is the honest rendering.
      values[c] = Number.isFinite(cell) ? cell : null;
    } else if (typeof cell === "string") {
      values[c] = cell;
      guard(c, cell);
    } else {
      values[c] = cell;
    }
  });
  return { values, numberFormat, formulas, links };
}

/** Bytes of a row of `width` nulls, what a row without text formats or formulas costs in those matrices. */
function nullRowBytes(width: number): number {
  return width * 5 + 1;
}

/**
 * Splits the model's rows into blocks of whole rows, each within the cell and
 * byte budgets (values, text formats and formulas together). A single row
 * over the byte budget still gets a block of its own.
 */
export function* valueBlocks(
  rows: readonly (readonly ModelCell[])[],
  budget: ChunkBudget = { cells: CELL_BUDGET, bytes: BYTE_BUDGET },
): Generator<ValueBlock> {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0) return;
  const maxRows = Math.max(1, Math.floor(budget.cells / width));
  let start = 0;
  let plans: RowPlan[] = [];
  let vBytes = 0;
  let nfBytes = 0;
  let nfAny = false;
  let fBytes = 0;
  let fAny = false;
  // Each matrix adds its outer brackets (2 bytes) to the rows' bytes.
  const cost = (): number => vBytes + 2 + (nfAny ? nfBytes + 2 : 0) + (fAny ? fBytes + 2 : 0);
  const emit = (): ValueBlock => {
    const block: ValueBlock = {
      row: start + 1,
      rowCount: plans.length,
      width,
      values: plans.map((p) => p.values),
      numberFormat: nfAny ? plans.map((p) => p.numberFormat ?? new Array<null>(width).fill(null)) : null,
      formulas: fAny ? plans.map((p) => p.formulas ?? new Array<null>(width).fill(null)) : null,
      links: plans.flatMap((p) => p.links),
      bytes: cost(),
    };
    start += plans.length;
    plans = [];
    vBytes = nfBytes = fBytes = 0;
    nfAny = fAny = false;
    return block;
  };
  for (let r = 0; r < rows.length; r++) {
    const plan = planRow(rows[r] ?? [], r + 1, width);
    const v = jsonBytes(plan.values) + 1;
    const nf = plan.numberFormat ? jsonBytes(plan.numberFormat) + 1 : nullRowBytes(width);
    const f = plan.formulas ? jsonBytes(plan.formulas) + 1 : nullRowBytes(width);
    const nextCost =
      vBytes +
      v +
      2 +
      (nfAny || plan.numberFormat ? nfBytes + nf + 2 : 0) +
      (fAny || plan.formulas ? fBytes + f + 2 : 0);
    if (plans.length > 0 && (nextCost > budget.bytes || plans.length >= maxRows)) yield emit();
    plans.push(plan);
    vBytes += v;
    nfBytes += nf;
    fBytes += f;
    nfAny ||= plan.numberFormat !== null;
    fAny ||= plan.formulas !== null;
  }
  if (plans.length > 0) yield emit();
}

export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** The border edges that draw every cell's outline in an area (inside edges only where there are inner lines). */
export function gridEdges(address: string): Edge[] {
  const size = areaSize(address) ?? { rows: 2, cols: 2 };
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (size.cols > 1) edges.push("InsideVertical");
  if (size.rows > 1) edges.push("InsideHorizontal");
  return edges;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

/** "1:3" or "$1:$3" → "$1:$3", the absolute form print titles use. */
export function absoluteRows(rows: string): string {
  return rows
    .split(":")
    .map((r) => `$${r.replace(/\$/g, "")}`)
    .join(":");
}

export interface RenderResult {
  /** The table added for `model.table`; the caller names it once the old sheet (and its table) is gone. */
  readonly table: Excel.Table | null;
  /** Features skipped because the host lacks their requirement set (e.g. "pageLayout" below ExcelApi 1.9). */
  readonly skipped: string[];
}

const op = { request: OP_BYTES };

async function applyStyle(
  sheet: Excel.Worksheet,
  address: string,
  style: CellStyle,
  budget: SyncBudget,
  cellBudget: number,
): Promise<void> {
  const range = sheet.getRange(address);
  if (style.bold !== undefined) {
    await budget.reserve(op);
    range.format.font.bold = style.bold;
  }
  if (style.italic !== undefined) {
    await budget.reserve(op);
    range.format.font.italic = style.italic;
  }
  if (style.fontSize !== undefined) {
    await budget.reserve(op);
    range.format.font.size = style.fontSize;
  }
  const fontColor = style.fontColor === undefined ? null : normalizeColor(style.fontColor);
  if (fontColor) {
    await budget.reserve(op);
    range.format.font.color = fontColor;
  }
  const fill = style.fill === undefined ? null : normalizeColor(style.fill);
  if (fill) {
    await budget.reserve(op);
    range.format.fill.color = fill;
  }
  if (style.border !== undefined) {
    for (const edge of gridEdges(address)) {
      await budget.reserve(op);
      const b = range.format.borders.getItem(edge);
      if (style.border === "none") b.style = "None";
      else {
        b.style = "Continuous";
        b.weight = style.border === "medium" ? "Medium" : "Thin";
      }
    }
  }
  if (style.hAlign !== undefined) {
    await budget.reserve(op);
    range.format.horizontalAlignment = H_ALIGN[style.hAlign];
  }
  if (style.vAlign !== undefined) {
    await budget.reserve(op);
    range.format.verticalAlignment = V_ALIGN[style.vAlign];
  }
  if (style.wrap !== undefined) {
    await budget.reserve(op);
    range.format.wrapText = style.wrap;
  }
  if (style.numberFormat !== undefined) await applyNumberFormat(sheet, address, style.numberFormat, budget, cellBudget);
}

/**
 * A number format over an area. `numberFormat` takes a matrix of the range's
 * size, so a rectangle gets its full matrix (in row bands within the budgets);
 * a whole column or row cannot, and gets the single-value form the property
 * documents ("applied to all cells").
 */
async function applyNumberFormat(
  sheet: Excel.Worksheet,
  address: string,
  format: string,
  budget: SyncBudget,
  cellBudget: number,
): Promise<void> {
  const rect = parseRect(address);
  if (!rect) {
    await budget.reserve({ request: OP_BYTES + jsonBytes(format) });
    sheet.getRange(address).numberFormat = [[format]];
    return;
  }
  const cols = rect.col2 - rect.col1 + 1;
  const rowBytes = cols * (jsonBytes(format) + 1) + 2;
  const bandRows = Math.max(1, Math.min(Math.floor(cellBudget / cols), Math.floor(BYTE_BUDGET / 2 / rowBytes)));
  for (let r = rect.row1; r <= rect.row2; r += bandRows) {
    const last = Math.min(rect.row2, r + bandRows - 1);
    const rows = last - r + 1;
    await budget.reserve({ request: OP_BYTES + rows * rowBytes });
    sheet.getRange(`${cellAddress(r, rect.col1)}:${cellAddress(last, rect.col2)}`).numberFormat = Array.from(
      { length: rows },
      () => new Array<string>(cols).fill(format),
    );
  }
}

async function applyPage(sheet: Excel.Worksheet, page: PageSetup, budget: SyncBudget): Promise<void> {
  const layout = sheet.pageLayout;
  await budget.reserve({ request: OP_BYTES * 3 });
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (page.fitToWidth) {
    // One page wide; 0 pages tall means "as many as needed", as fitToHeight="0" does in the file format.
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  }
  if (page.printArea !== undefined) {
    await budget.reserve(op);
    layout.setPrintArea(page.printArea);
  }
  if (page.printTitleRows !== undefined) {
    await budget.reserve(op);
    layout.setPrintTitleRows(absoluteRows(page.printTitleRows));
  }
  if (page.margins !== undefined) {
    await budget.reserve(op);
    layout.setPrintMargins("Inches", { ...page.margins });
  }
  if (page.centerHorizontally !== undefined) {
    await budget.reserve(op);
    layout.centerHorizontally = page.centerHorizontally;
  }
}

/**
 * Queues everything the model describes onto `sheet` (a fresh, empty sheet).
 * Order matters for one thing: in each block the text format "@" goes before
 * the values, so Excel stores those strings as text; formulas follow in the
 * same batch. Requirement sets are checked with `supports` and features the
 * host lacks are skipped (and reported), not failed.
 */
export async function renderSheet(
  sheet: Excel.Worksheet,
  model: SheetModel,
  budget: SyncBudget,
  supports: (excelApi: string) => boolean,
  chunk: ChunkBudget = { cells: CELL_BUDGET, bytes: BYTE_BUDGET },
): Promise<RenderResult> {
  const skipped: string[] = [];
  for (const block of valueBlocks(model.rows, chunk)) {
    const last = block.row + block.rowCount - 1;
    const address = `${cellAddress(block.row, 0)}:${cellAddress(last, block.width - 1)}`;
    const range = sheet.getRange(address);
    await budget.reserve({ request: OP_BYTES * 3 + block.bytes });
    if (block.numberFormat) range.numberFormat = block.numberFormat;
    range.values = block.values;
    if (block.formulas) range.formulas = block.formulas;
    for (const link of block.links) {
      if (!supports("1.7")) {
        skipped.push("hyperlink");
        break;
      }
      const hyperlink = { documentReference: `${quoteSheetName(link.sheet)}!${link.target}`, textToDisplay: link.text };
      await budget.reserve({ request: OP_BYTES + jsonBytes(hyperlink) });
      sheet.getRange(link.cell).hyperlink = hyperlink;
    }
  }

  for (const f of model.formats ?? []) await applyStyle(sheet, f.range, f.style, budget, chunk.cells);

  for (const m of model.merges ?? []) {
    await budget.reserve(op);
    sheet.getRange(m).merge(false);
  }

  const widths = model.columnWidths ?? [];
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (w === undefined || !(w > 0)) continue;
    const letters = columnLetters(c);
    await budget.reserve(op);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = charsToPoints(w);
  }
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    if (!(height > 0)) continue;
    await budget.reserve(op);
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
  }

  if ((model.validations ?? []).length > 0 && !supports("1.8")) skipped.push("dataValidation");
  else {
    for (const v of model.validations ?? []) {
      // Excel's list source is one comma-separated string (at most 255 characters); items must not contain commas.
      const rule = { list: { inCellDropDown: true, source: v.list.join(",") } };
      await budget.reserve({ request: OP_BYTES + jsonBytes(rule) });
      sheet.getRange(v.range).dataValidation.rule = rule;
    }
  }

  if ((model.conditionalFormats ?? []).length > 0 && !supports("1.6")) skipped.push("conditionalFormats");
  else {
    for (const cf of model.conditionalFormats ?? []) {
      await budget.reserve({ request: OP_BYTES * 5 + jsonBytes(cf.formula) });
      const custom = sheet.getRange(cf.range).conditionalFormats.add("Custom").custom;
      custom.rule.formula = cf.formula;
      const fill = cf.style.fill === undefined ? null : normalizeColor(cf.style.fill);
      if (fill) custom.format.fill.color = fill;
      const fontColor = cf.style.fontColor === undefined ? null : normalizeColor(cf.style.fontColor);
      if (fontColor) custom.format.font.color = fontColor;
      if (cf.style.bold !== undefined) custom.format.font.bold = cf.style.bold;
    }
  }

  const freeze = model.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    if (!supports("1.7")) skipped.push("freeze");
    else {
      await budget.reserve(op);
      if (freeze.rows > 0 && freeze.columns > 0) {
        sheet.freezePanes.freezeAt(`A1:${cellAddress(freeze.rows, freeze.columns - 1)}`);
      } else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
      else sheet.freezePanes.freezeColumns(freeze.columns);
    }
  }

  if (model.page) {
    if (!supports("1.9")) skipped.push("pageLayout");
    else await applyPage(sheet, model.page, budget);
  }

  let table: Excel.Table | null = null;
  if (model.table) {
    await budget.reserve(op);
    table = sheet.tables.add(sheet.getRange(model.table.range), true);
  }

  const tab = model.tabColor === undefined ? null : normalizeColor(model.tabColor);
  if (tab) {
    if (!supports("1.7")) skipped.push("tabColor");
    else {
      await budget.reserve(op);
      sheet.tabColor = tab;
    }
  }
  return { table, skipped };
}
