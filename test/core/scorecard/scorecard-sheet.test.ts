import { computeScores, type BranchScore } from "../../../src/core/scorecard/compute-scores";
import { countOccurrences, itemCounts, type ItemCount } from "../../../src/core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { evidenceMarkKey } from "../../../src/core/scorecard/evidence-marks";
import { buildEvidenceSheet, isSetAside, type EvidenceMark } from "../../../src/core/scorecard/evidence-sheet";
import { buildScorecardSheet, CARD_COL, CARD_HEADER_ROW } from "../../../src/core/scorecard/scorecard-sheet";
import type { ScoringStandard } from "../../../src/core/scorecard/scoring-standard";
import { cellAddress, parseCellAddress } from "../../../src/core/sheet-model/a1";
import { isFormulaCell, type SheetModel } from "../../../src/core/sheet-model/sheet-model";
import type { CellValue } from "../../../src/core/values/cell-value";
import { FormulaEngine, recalculateSheets } from "../../../src/preview/formula-engine";
import { AS_OF } from "../../support/ledger-builder";
import { checked, valueAt } from "./fixtures";

/**
 * The scorecard's formulas are recalculated by a real engine (HyperFormula)
 * and compared with computeScores: the sheet and the JSON must agree, for
 * every branch, whatever the standard, after a finding is set aside and
 * after a manual count is typed — never by re-implementing the formulas.
 */
// A real formula engine over a dozen sheets: seconds, not milliseconds, on a busy machine.
jest.setTimeout(20_000);

interface Written {
  readonly evidence: SheetModel;
  readonly card: ReturnType<typeof buildScorecardSheet>;
  readonly score: BranchScore;
}

function write(
  standard: ScoringStandard,
  branchIndex: number,
  options: { marks?: Map<string, EvidenceMark>; manual?: Record<string, ItemCount> } = {},
): Written {
  const { ledger, result } = checked();
  const branch = countOccurrences(ledger, result.findings, standard)[branchIndex];
  if (branch === undefined) throw new Error("branch");
  const markOf = (e: (typeof branch.entries)[number]) => options.marks?.get(evidenceMarkKey(e.item, e.key, e.customer));
  const counts = itemCounts(branch.entries, (e) => isSetAside(markOf(e)));
  for (const [item, c] of Object.entries(options.manual ?? {})) counts.set(item, c);
  const score = computeScores(standard, branch.branch, counts);
  const ev = buildEvidenceSheet({
    name: `评分依据-${branch.branch}`,
    branch: branch.branch,
    ledgerSheet: "台账",
    entries: branch.entries,
    markOf,
  });
  const card = buildScorecardSheet({
    name: `评分表-${branch.branch}`,
    branch: branch.branch,
    standard,
    score,
    evidenceSheet: ev.model.name,
    evidence: ev.ranges,
    header: { unit: branch.branch, date: 46000, inspectors: "张检查、李检查" },
    ledgerSheet: "台账",
    asOf: AS_OF,
    loans: branch.loans,
  });
  return { evidence: ev.model, card, score };
}

function recalculated(w: Written): CellValue[][] {
  const values = recalculateSheets([w.evidence, w.card.model])[w.card.model.name];
  if (values === undefined) throw new Error("no values");
  return values;
}

/** What the sheet shows for the branch: total, grade, penalty, and each item's deduction and score. */
function shownScores(values: CellValue[][], w: Written) {
  const first = CARD_HEADER_ROW + 1;
  return {
    total: valueAt(values, w.card.cells.total),
    grade: valueAt(values, w.card.cells.grade),
    penalty: valueAt(values, w.card.cells.penalty),
    items: w.score.items.map((_, i) => [
      valueAt(values, cellAddress(first + i, CARD_COL.deduction)),
      valueAt(values, cellAddress(first + i, CARD_COL.score)),
    ]),
    top: w.card.cells.top
      .map((t) => [valueAt(values, t.item), valueAt(values, t.deduction)])
      .filter(([name]) => name !== ""),
  };
}

function coreScores(score: BranchScore) {
  return {
    total: score.total,
    grade: score.grade,
    penalty: score.penalty,
    items: score.items.map((i) => [i.deduction, i.score]),
    top: score.topLosses.map((i) => [i.item, i.deduction]),
  };
}

const HALF_POINTS: ScoringStandard = {
  ...DEFAULT_STANDARD,
  bands: [95, 85, 70],
  penaltyThreshold: 90,
  penaltyAmount: 500,
  items: DEFAULT_STANDARD.items.map((i) =>
    i.item === "贷后检查"
      ? { ...i, perOccurrence: 0.7, cap: 30 }
      : i.item === "五级分类准确性"
        ? { ...i, veto: true }
        : i.item === "管户责任落实"
          ? { ...i, specialDeduction: 3 }
          : i,
  ),
};

describe("buildScorecardSheet", () => {
  it.each([
    ["城关支行 (nothing wrong)", DEFAULT_STANDARD, 0],
    ["东城支行 (a hidden NPL, late inspections)", DEFAULT_STANDARD, 1],
    ["西关信用社 (capped, under 80)", DEFAULT_STANDARD, 2],
    ["未填机构", DEFAULT_STANDARD, 3],
    ["东城支行 by a bank's standard with a veto", HALF_POINTS, 1],
    ["西关信用社 by a bank's standard", HALF_POINTS, 2],
  ] as const)("agrees with computeScores when recalculated: %s", (_, standard, index) => {
    const w = write(standard, index);
    expect(shownScores(recalculated(w), w)).toEqual(coreScores(w.score));
  });

  it("counts manual items from the typed cells, and the score follows a count typed later", () => {
    const manual = { 催收与诉讼时效: { normal: 2, special: 0 } };
    const w = write(DEFAULT_STANDARD, 1, { manual });
    expect(shownScores(recalculated(w), w)).toEqual(coreScores(w.score));

    const engine = FormulaEngine.create([w.evidence, w.card.model]);
    const row = CARD_HEADER_ROW + DEFAULT_STANDARD.items.findIndex((i) => i.manual);
    engine.setCell(w.card.model.name, row, CARD_COL.occurrences, 4);
    const typed = write(DEFAULT_STANDARD, 1, { manual: { 催收与诉讼时效: { normal: 4, special: 0 } } }).score;
    const total = parseCellAddress(w.card.cells.total);
    expect(total && engine.value(w.card.model.name, total.row - 1, total.col)).toBe(typed.total);
    engine.destroy();
  });

  it("leaves out a loan set aside on the evidence sheet — when written so, and when the inspector marks it in Excel", () => {
    const plain = write(DEFAULT_STANDARD, 1);
    const { ledger, result } = checked();
    const late = countOccurrences(ledger, result.findings, DEFAULT_STANDARD)[1]?.entries.find(
      (e) => e.item === "贷后检查",
    );
    if (late === undefined) throw new Error("no late inspection");
    const marks = new Map([
      [evidenceMarkKey(late.item, late.key, late.customer), { excluded: "是", reason: "已补检查" }],
    ]);
    const aside = write(DEFAULT_STANDARD, 1, { marks });
    expect(aside.score.total).toBe(plain.score.total + 1);
    expect(shownScores(recalculated(aside), aside)).toEqual(coreScores(aside.score));

    const engine = FormulaEngine.create([plain.evidence, plain.card.model]);
    const lateRow = plain.evidence.rows.findIndex((r) => r[2] === late.key && r[1] === late.item);
    engine.setCell(plain.evidence.name, lateRow, 8, "是");
    const total = parseCellAddress(plain.card.cells.total);
    expect(total && engine.value(plain.card.model.name, total.row - 1, total.col)).toBe(aside.score.total);
    engine.destroy();
  });

  it("prints on A4 portrait with the table header repeated, the helper column outside the print area", () => {
    const { model } = write(DEFAULT_STANDARD, 0).card;
    expect(model.page).toMatchObject({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: "5:5",
    });
    expect(model.page?.printArea).toMatch(/^A1:L\d+$/);
    const header = model.rows[CARD_HEADER_ROW - 1] ?? [];
    expect(header[CARD_COL.rank]).toMatch(/不打印/);
  });

  it("has the unit, date, inspectors, total, grade, penalty and signature lines", () => {
    const w = write(DEFAULT_STANDARD, 2);
    const text = w.card.model.rows.flat().filter((c): c is string => typeof c === "string");
    for (const label of [
      "被检查单位",
      "检查日期",
      "检查人员",
      "合计",
      "评分等级",
      "扣罚金额（元）",
      "检查人（签字）：",
      "被检查单位负责人（签字）：",
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain("张检查、李检查");
    expect(w.card.model.rows[1]?.[8]).toBe(46000);
  });

  it("writes manual counts as typed-in values in yellow, automatic ones as COUNTIFS over the evidence sheet", () => {
    const { model } = write(DEFAULT_STANDARD, 1, { manual: { 催收与诉讼时效: { normal: 3, special: 0 } } }).card;
    const rows = model.rows;
    const manualRow = CARD_HEADER_ROW + DEFAULT_STANDARD.items.findIndex((i) => i.manual);
    expect(rows[manualRow]?.[CARD_COL.occurrences]).toBe(3);
    const auto = rows[CARD_HEADER_ROW]?.[CARD_COL.occurrences];
    expect(auto !== undefined && auto !== null && isFormulaCell(auto) && auto.formula).toMatch(
      /^=COUNTIFS\('评分依据-东城支行'!\$B\$4:\$B\$\d+,\$B6,.*"<>是"\)$/,
    );
    const yellow = model.formats?.filter((f) => f.style.fill === "#FFF2CC").map((f) => f.range);
    expect(yellow).toContain(cellAddress(manualRow + 1, CARD_COL.occurrences));
  });

  it("writes text that looks like a formula as text", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i, n) => (n === 0 ? { ...i, description: "=SUM(1,2)", category: "+类" } : i)),
    };
    const row = write(standard, 0).card.model.rows[CARD_HEADER_ROW] ?? [];
    expect(row[CARD_COL.description]).toBe("=SUM(1,2)");
    expect(row[CARD_COL.category]).toBe("+类");
  });
});
