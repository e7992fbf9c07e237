import { isFormulaCell, isLinkCell, type ModelCell, type SheetModel } from "../../core/sheet-model/sheet-model";
import { excelError } from "../../core/values/cell-value";
import { cellKey, modelExtent, resolveCellStyles } from "./cell-styles";
import { MemorySheet, type CellEvaluator, type StoredCell } from "./memory-sheet";
import { AddressError } from "../../usecases/workbook-errors";
import { forEachCellIn, parseRange, type Extent } from "./ranges";

/**
 * Renders a sheet model into a new memory sheet, as Excel would hold it after
 * the Office.js adapter wrote it: text stays text whatever it begins with,
 * formulas keep their formula (their value comes from the evaluator), a merge
 * keeps only its top-left value.
 */
export function renderModel(model: SheetModel, evaluator: () => CellEvaluator | null): MemorySheet {
  const cells = new Map<number, StoredCell>();
  model.rows.forEach((cellsOfRow, index) => {
    cellsOfRow.forEach((cell, col) => {
      const stored = storedFrom(cell);
      if (stored) cells.set(cellKey(index + 1, col), stored);
    });
  });

  for (const [key, style] of resolveCellStyles(model)) {
    const stored = cells.get(key) ?? { value: null };
    const { fill, ...rest } = style;
    if (fill !== undefined) stored.fill = fill;
    if (Object.keys(rest).length > 0) stored.style = rest;
    cells.set(key, stored);
  }

  clearMergedCells(cells, model.merges ?? [], modelExtent(model));

  return new MemorySheet(
    { name: model.name, visibility: model.visibility ?? "visible", protected: false },
    cells,
    {
      merges: [...(model.merges ?? [])],
      columnWidths: [...(model.columnWidths ?? [])],
      rowHeights: { ...model.rowHeights },
      validations: [...(model.validations ?? [])],
      conditionalFormats: [...(model.conditionalFormats ?? [])],
      freeze: model.freeze ?? null,
      page: model.page ?? null,
      table: model.table ?? null,
      tabColor: model.tabColor ?? null,
    },
    evaluator,
  );
}

function storedFrom(cell: ModelCell): StoredCell | null {
  if (cell === null) return null;
  if (isFormulaCell(cell)) return { value: null, formula: cell.formula };
  if (isLinkCell(cell)) return { value: cell.text, link: cell.link };
  // A number Excel cannot hold is shown as the error Excel itself would give.
  if (typeof cell === "number" && !Number.isFinite(cell)) return { value: excelError("#NUM!") };
  return { value: cell };
}

/** Empties every cell of each merge but its top-left, as Excel does when it merges. */
export function clearMergedCells(cells: Map<number, StoredCell>, merges: readonly string[], extent: Extent): void {
  for (const merge of merges) {
    const range = parseRange(merge, extent);
    if (!range) throw new AddressError(merge);
    forEachCellIn(range, (row, col) => {
      if (row === range.top && col === range.left) return;
      const stored = cells.get(cellKey(row, col));
      if (!stored) return;
      stored.value = null;
      delete stored.formula;
      delete stored.link;
    });
  }
}
