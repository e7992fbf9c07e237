import assert from "node:assert/strict";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { demoWorkbookSeed } from "../../src/preview/demo/demo-workbook";
import { planScorecards, type ScorecardsResult } from "../../src/usecases/fill-scorecards";
import { e2e, type E2EContext, type E2ETest } from "./harness";
import { cellText, DEMO_AS_OF, openPreview, pane, sheetTabs, showSheet, until, openFeature } from "./preview-page";

/**
 * 检查评分 end to end on the demo workbook: open the tab, read the preview,
 * generate, and read the sheets in the grid — the summary ranks every branch
 * with the scores, grades and penalties the use case computes in Node on the
 * same workbook, each scorecard's formulas (recalculated by the preview's
 * engine) give the same total, and notices exist exactly for the branches
 * under the threshold. Generating again adds no sheet.
 */
const SUMMARY = "评分汇总";
/** The summary's first branch row, and the scorecard's total, grade and penalty cells (seven default items). */
const SUMMARY_FIRST_ROW = 4;
const CARD_TOTAL = "K13";
const CARD_GRADE = "C15";
const CARD_PENALTY = "I15";

let expected: Promise<ScorecardsResult> | null = null;
function plan(): Promise<ScorecardsResult> {
  expected ??= (async () => {
    const [y, m, d] = DEMO_AS_OF.split("-").map(Number);
    const asOf = dayFromYmd(y ?? 0, m ?? 0, d ?? 0) as Day;
    const outcome = await planScorecards(MemoryWorkbook.from(demoWorkbookSeed({ asOf })), { today: asOf });
    if (!outcome.ok) throw new Error(`Scoring failed in Node: ${outcome.problem.message}`);
    return outcome;
  })();
  return expected;
}

async function generate(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await openPreview(ctx);
  await openFeature(page, "检查评分");
  await pane(page)
    .getByText(/^将写入 \d+ 张评分表/)
    .waitFor({ timeout: 60_000 });
  await pane(page).getByRole("button", { name: "生成评分表" }).click();
  await pane(page)
    .getByText(/^已生成 \d+ 个机构的评分表/)
    .waitFor({ timeout: 60_000 });
}

const cases: readonly [string, E2ETest["run"]][] = [
  [
    "检查评分: previews the sheets and notices before writing anything, as planned in Node",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      await openPreview(ctx);
      const before = await sheetTabs(page);
      await openFeature(page, "检查评分");
      const notices = p.branches.filter((b) => b.notice !== null && !b.notice.kept).length;
      const n = p.branches.length;
      await pane(page)
        .getByText(`将写入 ${n} 张评分表、${n} 张评分依据、1 张评分汇总、${notices} 份限期整改通知书：`)
        .waitFor({ timeout: 60_000 });
      assert.deepEqual(await sheetTabs(page), before, "a preview writes nothing");
      await ctx.screenshot("preview");
    },
  ],
  [
    "检查评分: generates a scorecard per branch, the ranked summary, and notices exactly for the branches under 80",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      await generate(ctx);
      const tabs = await sheetTabs(page);
      for (const b of p.branches) assert.ok(tabs.includes(b.sheets.scorecard), `${b.sheets.scorecard} is written`);
      assert.ok(tabs.includes(SUMMARY));
      const noticeTabs = tabs.filter((t) => t.startsWith("限期整改通知书-"));
      const under = p.branches.filter((b) => b.score.total < p.standard.penaltyThreshold);
      assert.deepEqual(noticeTabs.sort(), under.map((b) => b.sheets.notice).sort());

      await showSheet(page, SUMMARY);
      for (const [i, b] of p.branches.entries()) {
        const r = SUMMARY_FIRST_ROW + i;
        assert.equal(await cellText(page, `B${r}`), b.branch);
        assert.equal(Number(await cellText(page, `C${r}`)), b.score.total, `${b.branch}'s score in the summary`);
        assert.equal(await cellText(page, `D${r}`), b.score.grade);
        assert.equal(Number(await cellText(page, `E${r}`)), b.score.penalty);
      }
      await ctx.screenshot("summary");
    },
  ],
  [
    "检查评分: each scorecard's formulas give the total, grade and penalty of the JSON, and generating again adds no sheet",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      await generate(ctx);
      const worst = p.branches[p.branches.length - 1];
      assert.ok(worst);
      await showSheet(page, worst.sheets.scorecard);
      assert.equal(Number(await cellText(page, CARD_TOTAL)), worst.score.total);
      assert.equal(await cellText(page, CARD_GRADE), worst.score.grade);
      assert.equal(Number(await cellText(page, CARD_PENALTY)), worst.score.penalty);
      await ctx.screenshot("scorecard");

      const before = await sheetTabs(page);
      await pane(page).getByRole("button", { name: "生成评分表" }).click();
      await until(
        async () => await pane(page).getByRole("button", { name: "生成评分表" }).isEnabled(),
        "the second run",
      );
      await pane(page)
        .getByText(/^已生成 \d+ 个机构的评分表/)
        .waitFor({ timeout: 60_000 });
      assert.deepEqual(await sheetTabs(page), before);
    },
  ],
];

export const tests: E2ETest[] = cases.map(([name, run]) => e2e(name, run));
