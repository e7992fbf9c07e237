import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { CellValue } from "../core/values/cell-value";
import type { ModelCell } from "../core/sheet-model/sheet-model";
import type { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import { DH_FUNCTION_IDS, registerDhFunctions } from "./formula/dh-plugin";
import { fromExported, toRawContent } from "./formula/hf-values";
import { normalizeFormula } from "./formula/normalize-formula";

/**
 * The preview's and the tests' spreadsheet formula engine: HyperFormula
 * (GPL-3.0 — used only here, by the preview page and by tests, never in the
 * add-in's own bundle) with the DH.* custom functions registered from the
 * very implementations Excel calls. Sheets are given as rows of cells: a
 * `{ formula: "=…" }` cell is a formula, everything else is a literal (text
 * stays text even when it looks like a number, a date or a formula).
 */
export type EngineCell = ModelCell | CellValue | undefined;

export interface EngineSheet {
  readonly name: string;
  readonly rows: readonly (readonly EngineCell[] | undefined)[];
}

/** Excel's grid limits; HyperFormula's own defaults are smaller. */
const EXCEL_MAX_ROWS = 1_048_576;
const EXCEL_MAX_COLUMNS = 16_384;

const CONFIG = {
  licenseKey: "gpl-v3",
  maxRows: EXCEL_MAX_ROWS,
  maxColumns: EXCEL_MAX_COLUMNS,
  // Excel reads a reference to an empty cell as 0 in arithmetic (=A1+1 is 1).
  evaluateNullToZero: true,
} as const;

function rawOf(cell: EngineCell): RawCellContent {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "object" && "formula" in cell) return normalizeFormula(cell.formula, DH_FUNCTION_IDS);
  if (typeof cell === "object" && "link" in cell) return toRawContent(cell.text);
  return toRawContent(cell);
}

/** Rows may be sparse (holes for empty rows and cells): Array.from visits holes, where map would skip them. */
function rawRows(rows: readonly (readonly EngineCell[] | undefined)[]): RawCellContent[][] {
  return Array.from(rows, (row) => Array.from(row ?? [], rawOf));
}

/** A workbook's formulas, kept computed: set cells, read values. Rows and columns are 0-based here. */
export class FormulaEngine {
  private constructor(private readonly hf: HyperFormula) {}

  static create(sheets: readonly EngineSheet[]): FormulaEngine {
    registerDhFunctions();
    const input: Record<string, RawCellContent[][]> = {};
    for (const s of sheets) input[s.name] = rawRows(s.rows);
    return new FormulaEngine(HyperFormula.buildFromSheets(input, CONFIG));
  }

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet named ${sheet}`);
    return id;
  }

  hasSheet(sheet: string): boolean {
    return this.hf.getSheetId(sheet) !== undefined;
  }

  /** The computed value of a cell (a formula's result, or the literal). */
  value(sheet: string, row: number, col: number): CellValue {
    return fromExported(this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col }));
  }

  /** The message of an error a formula produced (e.g. the Chinese reason from a DH function), else null. */
  errorMessage(sheet: string, row: number, col: number): string | null {
    const v = this.hf.getCellValue({ sheet: this.sheetId(sheet), row, col });
    return typeof v === "object" && v !== null && "message" in v ? (v.message as string) || null : null;
  }

  /** True when the cell shows part of another cell's spilled result. */
  isSpilled(sheet: string, row: number, col: number): boolean {
    const address = { sheet: this.sheetId(sheet), row, col };
    return this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
  }

  /** Every value of a sheet, as far as it has content (rows × columns from A1). */
  values(sheet: string): CellValue[][] {
    return this.hf.getSheetValues(this.sheetId(sheet)).map((row) => row.map(fromExported));
  }

  /** Sets one cell and recalculates what depends on it. */
  setCell(sheet: string, row: number, col: number, cell: EngineCell): void {
    this.hf.setCellContents({ sheet: this.sheetId(sheet), row, col }, rawOf(cell));
  }

  /** Replaces a whole sheet (adding it when new) and recalculates. */
  setSheet(sheet: EngineSheet): void {
    if (!this.hasSheet(sheet.name)) this.hf.addSheet(sheet.name);
    this.hf.setSheetContent(this.sheetId(sheet.name), rawRows(sheet.rows));
  }

  removeSheet(sheet: string): void {
    if (this.hasSheet(sheet)) this.hf.removeSheet(this.sheetId(sheet));
  }

  /** Runs many changes with one recalculation at the end. */
  batch(changes: () => void): void {
    this.hf.batch(changes);
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/**
 * Recalculates sheets with a real engine and returns every sheet's values by
 * name — for tests of sheets the add-in writes (SheetModel rows fit as they
 * are), so that their native formulas are checked by evaluating them, never
 * by re-implementing them.
 */
export function recalculateSheets(sheets: readonly EngineSheet[]): Record<string, CellValue[][]> {
  const engine = FormulaEngine.create(sheets);
  try {
    const out: Record<string, CellValue[][]> = {};
    for (const s of sheets) out[s.name] = engine.values(s.name);
    return out;
  } finally {
    engine.destroy();
  }
}

/** A formula engine kept in step with a MemoryWorkbook. Rows are 1-based and columns 0-based, as in the workbook. */
export interface AttachedFormulaEngine {
  /** The value a cell shows because another cell's result spills into it, else undefined. */
  spilledValue(sheet: string, row: number, col: number): CellValue | undefined;
  /** The message of a formula's error value (e.g. a DH function's Chinese reason), else null. */
  errorMessage(sheet: string, row: number, col: number): string | null;
  /** Stops following the workbook and releases the engine. */
  detach(): void;
}

/**
 * Plugs a formula engine into the workbook: formula cells then read as the
 * engine's results. Every write the workbook reports (a cell, a sheet
 * written or deleted, a restore) marks the sheets concerned, and the next
 * read brings the engine up to date before answering — so values are always
 * recalculated after a write, and a burst of writes costs one update. Only
 * sheets with formulas, and the sheets their formulas name, are loaded into
 * the engine: a 10,000-row ledger of plain values never pays for it.
 */
export function attachFormulaEngine(book: MemoryWorkbook): AttachedFormulaEngine {
  let engine: FormulaEngine | null = null;
  let loaded = new Set<string>();
  let rebuild = true;
  const dirty = new Set<string>();
  /** What each sheet holds for the engine, read once per change of that sheet. */
  const scans = new Map<string, { input: EngineSheet; formulas: string[] }>();

  const scan = (name: string): { input: EngineSheet; formulas: string[] } => {
    const known = scans.get(name);
    if (known) return known;
    const rows: EngineCell[][] = [];
    const formulas: string[] = [];
    for (const { row, col, cell } of book.sheet(name).entries()) {
      const cells = (rows[row - 1] ??= []);
      if (cell.formula === null) {
        cells[col] = cell.value;
      } else {
        cells[col] = { formula: cell.formula };
        formulas.push(cell.formula.toLowerCase());
      }
    }
    const result = { input: { name, rows }, formulas };
    scans.set(name, result);
    return result;
  };

  /** Sheets with formulas, and every sheet a formula names (a name found in a formula's text is enough). */
  const neededSheets = (): Set<string> => {
    const names = book.sheetNames();
    const texts = names.flatMap((n) => scan(n).formulas);
    return new Set(names.filter((n) => scan(n).formulas.length > 0 || texts.some((t) => t.includes(n.toLowerCase()))));
  };

  const current = (): FormulaEngine => {
    if (engine !== null && !rebuild && dirty.size === 0) return engine;
    for (const name of dirty) scans.delete(name);
    const needed = neededSheets();
    const sameSheets = needed.size === loaded.size && [...needed].every((n) => loaded.has(n));
    if (engine === null || rebuild || !sameSheets) {
      engine?.destroy();
      engine = FormulaEngine.create([...needed].map((n) => scan(n).input));
      loaded = needed;
    } else {
      for (const name of dirty) if (needed.has(name)) engine.setSheet(scan(name).input);
    }
    rebuild = false;
    dirty.clear();
    return engine;
  };

  const listener = (event: { kind: string; sheet: string | null }): void => {
    if (event.kind === "selection" || event.kind === "formats") return;
    if (event.sheet === null) {
      rebuild = true;
      scans.clear();
    } else {
      dirty.add(event.sheet);
    }
  };

  book.setFormulaEvaluator((sheet, row, col) => {
    const e = current();
    return e.hasSheet(sheet) ? e.value(sheet, row - 1, col) : null;
  });
  // Subscribed after setFormulaEvaluator, whose own change events would only mark every sheet dirty.
  const unsubscribe = book.subscribe(listener);

  return {
    spilledValue(sheet, row, col) {
      const e = current();
      if (!e.hasSheet(sheet) || !e.isSpilled(sheet, row - 1, col)) return undefined;
      return e.value(sheet, row - 1, col);
    },
    errorMessage(sheet, row, col) {
      const e = current();
      return e.hasSheet(sheet) ? e.errorMessage(sheet, row - 1, col) : null;
    },
    detach() {
      unsubscribe();
      book.setFormulaEvaluator(null);
      engine?.destroy();
      engine = null;
    },
  };
}
