import type { CellStyle, SheetModel } from "../../core/sheet-model/sheet-model";
import type { CellValue } from "../../core/values/cell-value";
import { cellKey, colOfKey, rowOfKey } from "./cell-styles";

export type Visibility = "visible" | "hidden" | "veryHidden";

/** A cell as the preview grid shows it. `value` is the formula's result when a formula engine is plugged in. */
export interface MemoryCellView {
  readonly value: CellValue;
  /** "=…" for a formula cell, else null. */
  readonly formula: string | null;
  /** "#RRGGBB" or null. */
  readonly fill: string | null;
  readonly note: string | null;
  /** Font, border, alignment and number format; the fill is `fill`. */
  readonly style: CellStyle;
  /** An internal link (the cell shows `value` as its text). */
  readonly link: { readonly sheet: string; readonly cell: string } | null;
}

/** What the preview grid and tests may read of a sheet; changes go through the workbook. */
export interface MemorySheetView {
  readonly name: string;
  readonly visibility: Visibility;
  readonly protected: boolean;
  /** Last row holding a value or formula (1-based); 0 when empty. */
  readonly rowCount: number;
  /** Columns from A to the last one holding a value or formula; 0 when empty. */
  readonly columnCount: number;
  /** 1-based row, 0-based column. */
  cell(row: number, col: number): MemoryCellView;
  /** Every stored cell (value, formula or format), with its stored value — what a formula engine loads. */
  entries(): Iterable<{ readonly row: number; readonly col: number; readonly cell: MemoryCellView }>;
  readonly merges: readonly string[];
  readonly columnWidths: readonly (number | undefined)[];
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly validations: NonNullable<SheetModel["validations"]>;
  readonly conditionalFormats: NonNullable<SheetModel["conditionalFormats"]>;
  readonly freeze: SheetModel["freeze"] | null;
  readonly page: SheetModel["page"] | null;
  readonly table: SheetModel["table"] | null;
  readonly tabColor: string | null;
}

/** A stored cell; absent fields mean "none". */
export interface StoredCell {
  value: CellValue;
  formula?: string;
  fill?: string;
  note?: string;
  style?: CellStyle;
  link?: { readonly sheet: string; readonly cell: string };
}

const EMPTY_STYLE: CellStyle = Object.freeze({});

/** Features of a sheet that a model sets and nothing else changes. */
export interface SheetFeatures {
  merges: readonly string[];
  columnWidths: readonly (number | undefined)[];
  rowHeights: Readonly<Record<number, number>>;
  validations: NonNullable<SheetModel["validations"]>;
  conditionalFormats: NonNullable<SheetModel["conditionalFormats"]>;
  freeze: SheetModel["freeze"] | null;
  page: SheetModel["page"] | null;
  table: SheetModel["table"] | null;
  tabColor: string | null;
}

export function noFeatures(): SheetFeatures {
  return {
    merges: [],
    columnWidths: [],
    rowHeights: {},
    validations: [],
    conditionalFormats: [],
    freeze: null,
    page: null,
    table: null,
    tabColor: null,
  };
}

/** Evaluates a formula cell (sheet, 1-based row, 0-based column), or undefined to use the stored value. */
export type CellEvaluator = (sheet: string, row: number, col: number) => CellValue;

/** One sheet of a MemoryWorkbook: cells in a map keyed by position, so sparse sheets stay small. */
export class MemorySheet implements MemorySheetView {
  private used: { rows: number; columns: number } | null = null;
  name: string;
  visibility: Visibility;
  /** A property, not a parameter: `protected` cannot name a parameter in strict mode. */
  protected: boolean;

  constructor(
    init: { name: string; visibility: Visibility; protected: boolean },
    readonly cells: Map<number, StoredCell>,
    public features: SheetFeatures,
    private readonly evaluator: () => CellEvaluator | null,
  ) {
    this.name = init.name;
    this.visibility = init.visibility;
    this.protected = init.protected;
  }

  get rowCount(): number {
    return this.usedArea().rows;
  }

  get columnCount(): number {
    return this.usedArea().columns;
  }

  get merges(): readonly string[] {
    return this.features.merges;
  }
  get columnWidths(): readonly (number | undefined)[] {
    return this.features.columnWidths;
  }
  get rowHeights(): Readonly<Record<number, number>> {
    return this.features.rowHeights;
  }
  get validations(): SheetFeatures["validations"] {
    return this.features.validations;
  }
  get conditionalFormats(): SheetFeatures["conditionalFormats"] {
    return this.features.conditionalFormats;
  }
  get freeze(): SheetFeatures["freeze"] {
    return this.features.freeze;
  }
  get page(): SheetFeatures["page"] {
    return this.features.page;
  }
  get table(): SheetFeatures["table"] {
    return this.features.table;
  }
  get tabColor(): string | null {
    return this.features.tabColor;
  }

  /** The value Excel would show: a formula's result from the evaluator when there is one. */
  value(row: number, col: number): CellValue {
    const stored = this.cells.get(cellKey(row, col));
    if (!stored) return null;
    const evaluate = stored.formula === undefined ? null : this.evaluator();
    return evaluate ? evaluate(this.name, row, col) : stored.value;
  }

  cell(row: number, col: number): MemoryCellView {
    const stored = this.cells.get(cellKey(row, col));
    if (!stored) return view(null, undefined);
    return view(this.value(row, col), stored);
  }

  *entries(): Iterable<{ row: number; col: number; cell: MemoryCellView }> {
    for (const [key, stored] of this.cells) {
      yield { row: rowOfKey(key), col: colOfKey(key), cell: view(stored.value, stored) };
    }
  }

  /** The stored cell, created empty when absent, for writes. */
  storedCell(row: number, col: number): StoredCell {
    const key = cellKey(row, col);
    let stored = this.cells.get(key);
    if (!stored) {
      stored = { value: null };
      this.cells.set(key, stored);
    }
    return stored;
  }

  /** Call after any change to values or formulas. */
  changed(): void {
    this.used = null;
  }

  private usedArea(): { rows: number; columns: number } {
    if (this.used) return this.used;
    let rows = 0;
    let columns = 0;
    for (const [key, stored] of this.cells) {
      if (stored.value === null && stored.formula === undefined) continue;
      rows = Math.max(rows, rowOfKey(key));
      columns = Math.max(columns, colOfKey(key) + 1);
    }
    this.used = { rows, columns };
    return this.used;
  }

  /** A deep copy, for snapshots. */
  clone(evaluator: () => CellEvaluator | null): MemorySheet {
    const cells = new Map<number, StoredCell>();
    for (const [key, stored] of this.cells) cells.set(key, { ...stored });
    return new MemorySheet(this, cells, { ...this.features }, evaluator);
  }
}

function view(value: CellValue, stored: StoredCell | undefined): MemoryCellView {
  return {
    value,
    formula: stored?.formula ?? null,
    fill: stored?.fill ?? null,
    note: stored?.note ?? null,
    style: stored?.style ?? EMPTY_STYLE,
    link: stored?.link ?? null,
  };
}
