import { countOccurrences, itemCounts } from "../../../src/core/scorecard/count-occurrences";
import { computeScores } from "../../../src/core/scorecard/compute-scores";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { buildEvidenceSheet } from "../../../src/core/scorecard/evidence-sheet";
import { buildScorecardSheet } from "../../../src/core/scorecard/scorecard-sheet";
import { buildSummarySheet, rankedBranches, type SummaryBranch } from "../../../src/core/scorecard/summary-sheet";
import type { SheetModel } from "../../../src/core/sheet-model/sheet-model";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import { AS_OF } from "../../support/ledger-builder";
import { checked } from "./fixtures";

// A real formula engine over a dozen sheets: seconds, not milliseconds, on a busy machine.
jest.setTimeout(20_000);

/** Every branch of the fixture ledger written, and the summary over them recalculated. */
function summary(previous: Record<string, number> = {}) {
  const { ledger, result } = checked();
  const sheets: SheetModel[] = [];
  const branches: SummaryBranch[] = countOccurrences(ledger, result.findings, DEFAULT_STANDARD).map((b) => {
    const score = computeScores(DEFAULT_STANDARD, b.branch, itemCounts(b.entries));
    const ev = buildEvidenceSheet({
      name: `评分依据-${b.branch}`,
      branch: b.branch,
      ledgerSheet: "台账",
      entries: b.entries,
    });
    const card = buildScorecardSheet({
      name: `评分表-${b.branch}`,
      branch: b.branch,
      standard: DEFAULT_STANDARD,
      score,
      evidenceSheet: ev.model.name,
      evidence: ev.ranges,
      header: { unit: b.branch, date: null, inspectors: null },
      ledgerSheet: "台账",
      asOf: AS_OF,
      loans: b.loans,
    });
    sheets.push(ev.model, card.model);
    const under = score.total < DEFAULT_STANDARD.penaltyThreshold;
    return {
      branch: b.branch,
      sheet: card.model.name,
      cells: card.cells,
      score,
      previous: previous[b.branch] ?? null,
      notice: under
        ? { number: "〔2026〕第001号", sheet: `限期整改通知书-${b.branch}`, kept: false }
        : b.branch === "东城支行"
          ? { number: "〔2025〕第007号", sheet: "限期整改通知书-东城支行", kept: true }
          : null,
    };
  });
  const model = buildSummarySheet({
    name: "评分汇总",
    asOf: AS_OF,
    ledgerSheet: "台账",
    standard: DEFAULT_STANDARD,
    branches,
  });
  const values = recalculateSheets([...sheets, model])["评分汇总"] ?? [];
  return { model, values, branches };
}

describe("buildSummarySheet", () => {
  it("ranks every branch best first with the scorecards' scores, grades, penalties and costliest items", () => {
    const { values, branches } = summary();
    const ranked = rankedBranches(branches);
    const rows = values.slice(3, 3 + ranked.length);
    expect(rows.map((r) => r.slice(0, 5))).toEqual(
      ranked.map((b, i) => [i + 1, b.branch, b.score.total, b.score.grade, b.score.penalty]),
    );
    const xiguan = rows.find((r) => r[1] === "西关信用社");
    expect(xiguan?.[5]).toBe("贷后检查（-25）、管户责任落实（-10）");
    expect(xiguan?.[8]).toBe("是");
    expect(rows.find((r) => r[1] === "城关支行")?.[5]).toBe("");
  });

  it("shows the change from the previous scoring, blank where there was none", () => {
    const { values } = summary({ 西关信用社: 70, 城关支行: 95.5 });
    const row = (name: string) => values.find((r) => r[1] === name) ?? [];
    expect(row("西关信用社").slice(6, 8)).toEqual([70, -5]);
    expect(row("城关支行").slice(6, 8)).toEqual([95.5, 4.5]);
    expect(row("东城支行").slice(6, 8)).toEqual([null, ""]);
  });

  it("names each notice, and says when an earlier one is kept though the branch is no longer under 80", () => {
    const { values } = summary();
    const row = (name: string) => values.find((r) => r[1] === name) ?? [];
    expect(row("西关信用社")[9]).toBe("〔2026〕第001号");
    expect(row("东城支行")[9]).toBe("〔2025〕第007号（已保留；本次评分不低于 80 分）");
    expect(row("城关支行")[9]).toBeNull();
  });

  it("totals the penalties and averages the scores", () => {
    const { values, branches } = summary();
    const total = values.find((r) => r[0] === "合计 / 平均") ?? [];
    const average = branches.reduce((s, b) => s + b.score.total, 0) / branches.length;
    expect(total[2]).toBeCloseTo(average, 2);
    expect(total[4]).toBe(branches.reduce((s, b) => s + b.score.penalty, 0));
  });

  it("highlights branches under the threshold with a formula that keeps working without the add-in", () => {
    const { model } = summary();
    expect(model.conditionalFormats).toEqual([
      { range: "A4:K7", formula: "=$C4<80", style: { fill: "#FFC7CE", fontColor: "#9C0006" } },
    ]);
    expect(model.page).toMatchObject({ orientation: "landscape", paperSize: "A4", printTitleRows: "3:3" });
  });
});
