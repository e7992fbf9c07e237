import type { CellValue } from "../src/core/values/cell-value";
import { FormulaEngine, type EngineCell } from "../src/preview/formula-engine";
import { classifyInputs } from "./inputs";
import { startClock } from "./probe";

/**
 * The comparison a user would make: the class floor by native formulas — a
 * nested IFS over the overdue thresholds, one formula per row (TRUE() rather
 * than TRUE for the last case: HyperFormula knows only the function) — against
 * DH.CLASSIFY, in the formula engine the preview uses (HyperFormula), which
 * evaluates every formula when the sheet is built. Each mode builds the same
 * 100,000 rows of inputs: `data` (no formulas: the floor), `ifs`, `dh-rows`
 * (DH.CLASSIFY in every row), `dh-spill` (one DH.CLASSIFY over the ranges).
 * Then one input cell is changed, as a user edits a row, and the time to
 * recalculate is taken.
 */
export type FormulaMode = "data" | "ifs" | "dh-rows" | "dh-spill";

const SHEET = "分类";

function ifs(r: number): string {
  const a = `A${r}`;
  return `=IFS(${a}>360,"损失",${a}>270,"可疑",${a}>90,"次级",${a}>0,"关注",TRUE(),"正常")`;
}

export async function formulaEngine(rows: number, mode: FormulaMode): Promise<object> {
  const input = classifyInputs(rows);
  const sheetRows: EngineCell[][] = [];
  for (let i = 0; i < rows; i++) {
    const r = i + 1;
    const formula =
      mode === "ifs"
        ? { formula: ifs(r) }
        : mode === "dh-rows"
          ? { formula: `=DH.CLASSIFY(A${r},B${r},C${r},D${r})` }
          : mode === "dh-spill" && i === 0
            ? { formula: `=DH.CLASSIFY(A1:A${rows},B1:B${rows},C1:C${rows},D1:D${rows})` }
            : null;
    sheetRows.push([
      input.overdue[i] ?? 0,
      input.asset[i] ?? null,
      input.conditions[i] ?? null,
      input.ecl[i] ?? null,
      formula,
    ]);
  }
  const build = startClock();
  const engine = FormulaEngine.create([{ name: SHEET, rows: sheetRows }]);
  const built = build.stop();
  const results: CellValue[] = [];
  for (let i = 0; i < rows; i++) results.push(engine.value(SHEET, i, 4));
  // A user edits one loan's 逾期天数: what recalculates is what depends on it.
  const edit = startClock();
  engine.setCell(SHEET, 10, 0, 400);
  const edited = edit.stop();
  const after = engine.value(SHEET, 10, 4);
  engine.destroy();
  const counts: Record<string, number> = {};
  for (const v of results) {
    const k = typeof v === "string" ? v : v === null ? "(empty)" : "(error)";
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return {
    task: "formula-engine",
    mode,
    rows,
    build: built,
    edit: edited,
    afterEdit: after,
    counts,
    results: mode === "data" ? [] : results,
  };
}
