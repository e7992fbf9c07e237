import { isFormulaCell, isLinkCell, type ModelCell, type SheetModel } from "../../src/core/sheet-model/sheet-model";
import { parseCellAddress } from "../../src/core/sheet-model/a1";
import type { CellValue } from "../../src/core/values/cell-value";

/** A model's cells as readValues would give them before any recalculation (formulas blank, links as their text). */
export function modelValues(model: SheetModel): CellValue[][] {
  return model.rows.map((row) =>
    row.map((c: ModelCell): CellValue => {
      if (c === null) return null;
      if (isFormulaCell(c)) return null;
      if (isLinkCell(c)) return c.text;
      return c;
    }),
  );
}

/** The model's cell at an A1 address (null when empty). */
export function modelCell(model: SheetModel, a1: string): ModelCell {
  const p = parseCellAddress(a1);
  if (!p) throw new Error(`bad address ${a1}`);
  return model.rows[p.row - 1]?.[p.col] ?? null;
}

/** Every text and number of a model, for "never undefined / NaN" checks. */
export function everyShownValue(model: SheetModel): string[] {
  const out: string[] = [];
  for (const row of model.rows) {
    for (const c of row) {
      if (c === undefined) out.push("undefined");
      else if (c === null) continue;
      else if (isFormulaCell(c)) out.push(c.formula);
      else if (isLinkCell(c)) out.push(c.text);
      else out.push(String(c));
    }
  }
  return out;
}
