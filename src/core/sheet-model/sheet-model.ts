/**
 * A sheet the add-in writes, as plain data built by the core and rendered by
 * each adapter (Office.js, .xlsx, memory). Addresses are A1 strings local to
 * the sheet. Text is always a literal: a string value is written as text even
 * when it begins with "=", "+", "-" or "@"; only FormulaCell is a formula.
 */
export type ModelValue = string | number | boolean | null;

export interface FormulaCell {
  /** A native Excel formula in English function names and comma separators, beginning with "=". */
  readonly formula: string;
}

export interface LinkCell {
  readonly text: string;
  /** An internal link to a cell of this workbook. */
  readonly link: { readonly sheet: string; readonly cell: string };
}

export type ModelCell = ModelValue | FormulaCell | LinkCell;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string; // "#RRGGBB"
  readonly fill?: string; // "#RRGGBB"
  readonly border?: "thin" | "medium" | "none";
  readonly hAlign?: "left" | "center" | "right";
  readonly vAlign?: "top" | "middle" | "bottom";
  readonly wrap?: boolean;
  readonly numberFormat?: string; // e.g. "yyyy-mm-dd", "#,##0.00", "0.00%", "@"
}

export interface PageSetup {
  readonly orientation: "portrait" | "landscape";
  readonly paperSize: "A4";
  /** Fit to one page wide (and as many tall as needed). */
  readonly fitToWidth: boolean;
  readonly printArea?: string;
  /** Rows repeated at the top of every printed page, e.g. "1:3". */
  readonly printTitleRows?: string;
  /** Margins in inches. */
  readonly margins?: { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number };
  readonly centerHorizontally?: boolean;
}

export interface SheetModel {
  readonly name: string;
  /** Rows of cells from A1; shorter rows and null cells are left empty. */
  readonly rows: readonly (readonly ModelCell[])[];
  /** Formats applied in order; later entries win. */
  readonly formats?: readonly { readonly range: string; readonly style: CellStyle }[];
  readonly merges?: readonly string[];
  /** Column widths in characters, by column index from A. */
  readonly columnWidths?: readonly (number | undefined)[];
  readonly rowHeights?: Readonly<Record<number, number>>; // 1-based row → points
  readonly validations?: readonly { readonly range: string; readonly list: readonly string[] }[];
  readonly conditionalFormats?: readonly {
    readonly range: string;
    /** A formula relative to the range's top-left cell, e.g. "=AND($L2<TODAY(),$K2<>\"已解除\")". */
    readonly formula: string;
    readonly style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
  }[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly page?: PageSetup;
  /** An Excel table (ListObject) over a range whose first row is the header. */
  readonly table?: { readonly name: string; readonly range: string };
  readonly visibility?: "visible" | "hidden" | "veryHidden";
  readonly tabColor?: string;
}

export function isFormulaCell(c: ModelCell): c is FormulaCell {
  return typeof c === "object" && c !== null && "formula" in c;
}

export function isLinkCell(c: ModelCell): c is LinkCell {
  return typeof c === "object" && c !== null && "link" in c;
}
