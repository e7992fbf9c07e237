import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { CARD_COL, CARD_HEADER_ROW } from "../../src/core/scorecard/scorecard-sheet";
import { SCORE_RECORDS_SHEET } from "../../src/core/scorecard/score-records";
import { cellAddress } from "../../src/core/sheet-model/a1";
import type { CellValue } from "../../src/core/values/cell-value";
import { attachFormulaEngine, type AttachedFormulaEngine } from "../../src/preview/formula-engine";
import {
  fillScorecards,
  planScorecards,
  type FillScorecardsRequest,
  type ScoredBranch,
  type ScorecardsOutcome,
  type ScorecardsResult,
} from "../../src/usecases/fill-scorecards";
import { aLedger, AS_OF } from "../support/ledger-builder";
import { branchLedger } from "../core/scorecard/fixtures";

/**
 * 生成评分表 on a memory workbook with a formula engine plugged in, so that
 * every score read from a sheet is what Excel would compute from the written
 * formulas, compared with the result the use case returns (the CLI's JSON).
 */
const TODAY = AS_OF + 3;
/** The seven default items: the scorecard's total, grade and penalty cells. */
const TOTAL = "K13";
const GRADE = "C15";
const PENALTY = "I15";
const MANUAL_ROW = CARD_HEADER_ROW + 7; // 催收与诉讼时效, the last item

// A real formula engine over a dozen sheets: seconds, not milliseconds, on a busy machine.
jest.setTimeout(20_000);

let engines: AttachedFormulaEngine[] = [];
afterEach(() => {
  for (const e of engines) e.detach();
  engines = [];
});

function book(
  values: CellValue[][] = branchLedger().values(),
  extra: { name: string; values: CellValue[][] }[] = [],
): MemoryWorkbook {
  const wb = MemoryWorkbook.from({ sheets: [{ name: "台账", values }, ...extra] });
  engines.push(attachFormulaEngine(wb));
  return wb;
}

function ok(outcome: ScorecardsOutcome): ScorecardsResult {
  if (!outcome.ok) throw new Error(`${outcome.problem.message} ${JSON.stringify(outcome.standardProblems ?? [])}`);
  return outcome;
}

async function fill(wb: MemoryWorkbook, request: Partial<FillScorecardsRequest> = {}): Promise<ScorecardsResult> {
  return ok(await fillScorecards(wb, { today: TODAY, asOf: AS_OF, ...request }));
}

function value(wb: MemoryWorkbook, sheet: string, a1: string): CellValue {
  return wb.cellAt(sheet, a1).value;
}

function branch(result: ScorecardsResult, name: string): ScoredBranch {
  const b = result.branches.find((x) => x.branch === name);
  if (b === undefined) throw new Error(`no ${name}`);
  return b;
}

/** What the written scorecard computes, in the shape of the result's scores. */
function sheetScores(wb: MemoryWorkbook, b: ScoredBranch) {
  const sheet = b.sheets.scorecard;
  return {
    total: value(wb, sheet, TOTAL),
    grade: value(wb, sheet, GRADE),
    penalty: value(wb, sheet, PENALTY),
    items: b.score.items.map((_, i) => [
      value(wb, sheet, cellAddress(CARD_HEADER_ROW + 1 + i, CARD_COL.deduction)),
      value(wb, sheet, cellAddress(CARD_HEADER_ROW + 1 + i, CARD_COL.score)),
    ]),
  };
}

function resultScores(b: ScoredBranch) {
  return {
    total: b.score.total,
    grade: b.score.grade,
    penalty: b.score.penalty,
    items: b.score.items.map((i) => [i.deduction, i.score]),
  };
}

function expectSheetsAgree(wb: MemoryWorkbook, result: ScorecardsResult): void {
  for (const b of result.branches) expect(sheetScores(wb, b)).toEqual(resultScores(b));
}

describe("fillScorecards", () => {
  it("writes per branch a scorecard whose formulas give the result's totals, grades and penalties", async () => {
    const wb = book();
    const result = await fill(wb);
    expect(result.branches.map((b) => [b.branch, b.score.total, b.score.grade, b.score.penalty])).toEqual([
      ["城关支行", 100, "优秀", 0],
      ["未填机构", 99, "优秀", 0],
      ["东城支行", 92, "优秀", 0],
      ["西关信用社", 65, "合格", 300],
    ]);
    expectSheetsAgree(wb, result);
    expect(wb.sheetNames()).toEqual([
      "台账",
      "贷后助手设置",
      "评分标准",
      "评分依据-城关支行",
      "评分表-城关支行",
      "评分依据-东城支行",
      "评分表-东城支行",
      "评分依据-西关信用社",
      "评分表-西关信用社",
      "限期整改通知书-西关信用社",
      "评分依据-未填机构",
      "评分表-未填机构",
      "评分汇总",
      SCORE_RECORDS_SHEET,
    ]);
    expect(wb.sheet(SCORE_RECORDS_SHEET).visibility).toBe("hidden");
  });

  it("writes a ranked summary that reads each scorecard, and notices exactly for the branches under 80", async () => {
    const wb = book();
    const result = await fill(wb);
    const rows = wb.snapshotValues("评分汇总").slice(3, 7);
    expect(rows.map((r) => r.slice(0, 5))).toEqual(
      result.branches.map((b, i) => [i + 1, b.branch, b.score.total, b.score.grade, b.score.penalty]),
    );
    const notices = wb.sheetNames().filter((n) => n.startsWith("限期整改通知书-"));
    expect(notices).toEqual(result.branches.filter((b) => b.score.total < 80).map((b) => b.sheets.notice));
    expect(branch(result, "西关信用社").notice).toEqual({
      number: "〔2026〕第001号",
      sheet: "限期整改通知书-西关信用社",
      kept: false,
    });
    expect(value(wb, "限期整改通知书-西关信用社", "A2")).toBe("〔2026〕第001号");
  });

  it("previews the same scores and sheets without writing anything", async () => {
    const wb = book();
    const plan = ok(await planScorecards(wb, { today: TODAY, asOf: AS_OF }));
    expect(wb.sheetNames()).toEqual(["台账"]);
    expect(plan.standardWritten).toBe(true);
    expect(plan.summarySheet).toBe("评分汇总");
    expect(branch(plan, "西关信用社").notice).toEqual({
      number: null,
      sheet: "限期整改通知书-西关信用社",
      kept: false,
    });
    const result = await fill(wb);
    expect(plan.branches.map((b) => [b.branch, b.score, b.sheets])).toEqual(
      result.branches.map((b) => [b.branch, b.score, b.sheets]),
    );
  });

  it("re-running updates the same sheets and keeps what the inspector typed: manual counts, names, dates, set-aside marks", async () => {
    const wb = book();
    await fill(wb);
    const card = "评分表-东城支行";
    const evidence = "评分依据-东城支行";
    wb.setCell(card, cellAddress(MANUAL_ROW, CARD_COL.occurrences), 3);
    wb.setCell(card, "B3", "张检查、李检查");
    wb.setCell(card, "I2", 46120);
    const lateRow = wb.snapshotValues(evidence).findIndex((r) => r[1] === "贷后检查") + 1;
    wb.setCell(evidence, `I${lateRow}`, "是");
    wb.setCell(evidence, `J${lateRow}`, "已补做检查，台账漏登");
    // In Excel, before any re-run: one late inspection set aside (+1), three collection lapses typed (−6).
    expect(value(wb, card, TOTAL)).toBe(92 + 1 - 6);

    const before = wb.sheetNames();
    const again = await fill(wb);
    expect(wb.sheetNames()).toEqual(before);
    const dongcheng = branch(again, "东城支行");
    expect(dongcheng.score.total).toBe(87);
    expect(dongcheng.setAside).toBe(1);
    expectSheetsAgree(wb, again);
    expect(value(wb, card, cellAddress(MANUAL_ROW, CARD_COL.occurrences))).toBe(3);
    expect(value(wb, card, "B3")).toBe("张检查、李检查");
    expect(value(wb, card, "I2")).toBe(46120);
    expect(wb.snapshotValues(evidence)[lateRow - 1]?.slice(8)).toEqual(["是", "已补做检查，台账漏登"]);
    expect(branch(again, "西关信用社").notice?.number).toBe("〔2026〕第001号");
  });

  it("scores by the 评分标准 sheet as the bank edits it", async () => {
    const wb = book();
    await fill(wb);
    wb.setCell("评分标准", "E6", 2); // 贷后检查: 2 points per loan
    wb.setCell("评分标准", "B17", 70); // 扣罚分数线 70
    const result = await fill(wb);
    expect(branch(result, "东城支行").score.items.find((i) => i.item === "贷后检查")?.deduction).toBe(4);
    expect(branch(result, "未填机构").score.total).toBe(98);
    expect(branch(result, "西关信用社").score).toMatchObject({ total: 65, penalty: 300 });
    expect(result.standard.penaltyThreshold).toBe(70);
    expectSheetsAgree(wb, result);
    expect(value(wb, "评分表-东城支行", "E8")).toBe(2);
  });

  it("stops with the standard's problems, each naming its cell, and writes nothing", async () => {
    const wb = book();
    await fill(wb);
    wb.setCell("评分标准", "C4", 25);
    wb.setCell("评分标准", "G6", "inspection-late");
    const snapshot = wb.snapshotValues("评分表-东城支行");
    const outcome = await fillScorecards(wb, { today: TODAY, asOf: AS_OF });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.message).toBe("“评分标准”表有 1 处需要修改，暂不能评分");
    expect(outcome.standardProblems?.map((p) => p.cell)).toEqual(["G6"]);
    expect(wb.snapshotValues("评分表-东城支行")).toEqual(snapshot);
  });

  it("scores one branch when asked, leaving the summary and the other branches alone", async () => {
    const wb = book();
    const result = await fill(wb, { branch: "东城支行" });
    expect(result.branches.map((b) => b.branch)).toEqual(["东城支行"]);
    expect(result.summarySheet).toBeNull();
    expect(result.allBranches).toEqual(["城关支行", "东城支行", "西关信用社", "未填机构"]);
    expect(wb.sheetNames()).toEqual([
      "台账",
      "贷后助手设置",
      "评分标准",
      "评分依据-东城支行",
      "评分表-东城支行",
      SCORE_RECORDS_SHEET,
    ]);
    expectSheetsAgree(wb, result);
  });

  it("says which branches there are when asked for one the ledger does not have", async () => {
    const outcome = await fillScorecards(book(), { today: TODAY, asOf: AS_OF, branch: "北山分理处" });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.message).toBe("台账中没有机构“北山分理处”的贷款");
    expect(outcome.problem.hint).toBe("可选的机构：城关支行、东城支行、西关信用社、未填机构");
  });

  it("says so when the ledger has no loans", async () => {
    const outcome = await fillScorecards(book(aLedger().values()), { today: TODAY, asOf: AS_OF });
    expect(outcome.ok ? null : outcome.problem.code).toBe("empty-sheet");
  });

  it("shows the change from the previous scoring kept in the workbook", async () => {
    const wb = book();
    await fill(wb);
    const later = await fill(wb, { asOf: AS_OF + 30 });
    for (const b of later.branches) {
      const earlier = b.previous;
      expect(earlier).not.toBeNull();
      const row = wb.snapshotValues("评分汇总").find((r) => r[1] === b.branch) ?? [];
      expect(row[6]).toBe(earlier);
      expect(row[7]).toBe(Math.round((b.score.total - (earlier ?? 0)) * 100) / 100);
    }
    // Running the later scoring again compares with the earlier one still, not with itself.
    const again = await fill(wb, { asOf: AS_OF + 30 });
    expect(again.branches.map((b) => b.previous)).toEqual(later.branches.map((b) => b.previous));
  });

  it("keeps the notice of a branch that is no longer under the threshold, and says so in the summary", async () => {
    const wb = book();
    await fill(wb);
    wb.setCell("评分标准", "B17", 60);
    const result = await fill(wb);
    expect(branch(result, "西关信用社").notice).toEqual({
      number: "〔2026〕第001号",
      sheet: "限期整改通知书-西关信用社",
      kept: true,
    });
    expect(wb.sheetNames()).toContain("限期整改通知书-西关信用社");
    const row = wb.snapshotValues("评分汇总").find((r) => r[1] === "西关信用社") ?? [];
    expect(row[8]).toBe("否");
    expect(row[9]).toBe("〔2026〕第001号（已保留；本次评分不低于 60 分）");
  });

  it("numbers a new notice after every number already given, never reusing one", async () => {
    const wb = book();
    await fill(wb);
    const later = await fill(wb, { asOf: AS_OF + 30 });
    expect(branch(later, "西关信用社").notice?.number).toBe("〔2026〕第002号");
  });

  it("never writes over a sheet of the user's with one of its names, and carries typed cells over from its own", async () => {
    const wb = book(branchLedger().values(), [{ name: "评分表-东城支行", values: [["我自己的表"]] }]);
    const result = await fill(wb);
    expect(branch(result, "东城支行").sheets.scorecard).toBe("评分表-东城支行(2)");
    expect(result.notes.some((n) => n.includes("评分表-东城支行(2)"))).toBe(true);
    expect(value(wb, "评分表-东城支行", "A1")).toBe("我自己的表");
    wb.setCell("评分表-东城支行(2)", "B3", "王检查");
    const again = await fill(wb);
    expect(branch(again, "东城支行").sheets.scorecard).toBe("评分表-东城支行(2)");
    expect(value(wb, "评分表-东城支行(2)", "B3")).toBe("王检查");
    expectSheetsAgree(wb, again);
  });

  it("takes an unreadable manual count as 0 and says so", async () => {
    const wb = book();
    await fill(wb);
    wb.setCell("评分表-东城支行", cellAddress(MANUAL_ROW, CARD_COL.occurrences), "三次");
    const result = await fill(wb);
    expect(result.notes).toContain(
      "“评分表-东城支行”中项目“催收与诉讼时效”的发生次数“三次”不是不小于 0 的数字，已按 0 计",
    );
    expect(value(wb, "评分表-东城支行", cellAddress(MANUAL_ROW, CARD_COL.occurrences))).toBe(0);
  });

  it("reports progress up to 1", async () => {
    const seen: number[] = [];
    await fill(book(), { onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
