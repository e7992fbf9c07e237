import assert from "node:assert/strict";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { targetSheetLayout, monthCol } from "../../src/core/targets/target-layout";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { demoWorkbookSeed } from "../../src/preview/demo/demo-workbook";
import { planTargetSheets, type TargetSheetsPlan } from "../../src/usecases/create-target-sheets";
import { e2e, type E2EContext, type E2ETest } from "./harness";
import {
  cellText,
  DEMO_AS_OF,
  formulaBar,
  goTo,
  openPreview,
  pane,
  sheetTabs,
  showSheet,
  until,
  openFeature,
} from "./preview-page";

/**
 * 目标责任书 end to end on the demo workbook: open the tab, click
 * 生成目标责任书, read the preview, confirm, and read the sheets in the grid —
 * one per officer the use case finds in Node on the same workbook, each with
 * the officer's portfolio and the native formulas of the monthly score, the
 * 考核汇总 listing them — and generating again adds no sheet.
 */
const SUMMARY = "考核汇总";
const PARAMS = "考核参数";
const L = targetSheetLayout(5);

let expected: Promise<TargetSheetsPlan> | null = null;
function plan(): Promise<TargetSheetsPlan> {
  expected ??= (async () => {
    const [y, m, d] = DEMO_AS_OF.split("-").map(Number);
    const asOf = dayFromYmd(y ?? 0, m ?? 0, d ?? 0) as Day;
    const outcome = await planTargetSheets(MemoryWorkbook.from(demoWorkbookSeed({ asOf })), { today: asOf });
    if (!outcome.ok) throw new Error(`Planning the target sheets failed in Node: ${outcome.problem.message}`);
    return outcome;
  })();
  return expected;
}

function amount(text: string): number {
  return Number(text.replace(/[,，\s]/g, ""));
}

async function preview(ctx: E2EContext): Promise<void> {
  const { page } = ctx;
  await openPreview(ctx);
  await openFeature(page, "目标责任书");
  await pane(page).getByRole("button", { name: "生成目标责任书" }).click();
  await pane(page)
    .getByText(/^将生成 \d+ 张目标责任书$/)
    .first()
    .waitFor({ timeout: 60_000 });
}

async function generate(ctx: E2EContext): Promise<void> {
  await preview(ctx);
  await pane(ctx.page).getByRole("button", { name: "确认生成" }).click();
  await pane(ctx.page)
    .getByText(/^已写入 \d+ 张目标责任书/)
    .waitFor({ timeout: 60_000 });
}

const cases: readonly [string, E2ETest["run"]][] = [
  [
    "目标责任书: previews one sheet per officer before writing anything, as planned in Node",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      assert.ok(p.officers.length > 1, "the demo ledger names several officers");
      await openPreview(ctx);
      const before = await sheetTabs(page);
      await preview(ctx);
      await pane(page).getByText(`将生成 ${p.officers.length} 张目标责任书`).first().waitFor();
      await pane(page).getByText(`新建 ${p.officers.length} 张，更新 0 张`, { exact: false }).waitFor();
      for (const o of p.officers) {
        await pane(page).getByText(`${o.officer}：${o.portfolio.accounts} 户`, { exact: false }).waitFor();
      }
      assert.deepEqual(await sheetTabs(page), before, "a preview writes nothing");
      await ctx.screenshot("preview");
    },
  ],
  [
    "目标责任书: writes each officer's sheet with the portfolio and the scoring formulas, and the summary",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      await generate(ctx);
      const tabs = await sheetTabs(page);
      for (const o of p.officers) assert.ok(tabs.includes(o.sheet), `${o.sheet} is written`);
      assert.ok(tabs.includes(SUMMARY) && tabs.includes(PARAMS));

      const first = p.officers[0];
      assert.ok(first);
      await showSheet(page, first.sheet);
      assert.equal(await cellText(page, cellAddress(L.officerRow, 1)), first.officer);
      const balance = amount(await cellText(page, cellAddress(L.portfolioRow, 2)));
      assert.ok(Math.abs(balance - first.portfolio.balance) < 0.005, "the portfolio's balance");
      assert.equal(Number(await cellText(page, cellAddress(L.portfolioRow, 0))), first.portfolio.accounts);
      await goTo(page, cellAddress(L.scoreRow, monthCol(1)));
      assert.match(
        await formulaBar(page),
        /^=IF\(OR\(COUNT\(F\d+:F\d+\)<5,COUNT\(F\d+:F\d+\)<5\),"",ROUND\(SUMPRODUCT\(/,
      );
      assert.equal(await cellText(page, cellAddress(L.scoreRow, monthCol(1))), "", "no score before actuals are typed");
      // The default monthly target is the formula's result: a twelfth of the annual 存款 target.
      assert.equal(amount(await cellText(page, cellAddress(L.firstTargetRow, monthCol(1)))), 100);
      await ctx.screenshot("officer-sheet");

      await showSheet(page, SUMMARY);
      for (const [i, o] of p.officers.entries()) {
        assert.equal(await cellText(page, `B${4 + i}`), o.officer, `${o.officer} in the summary`);
      }
      await goTo(page, "C4");
      assert.equal(await formulaBar(page), `='${first.sheet}'!F${L.scoreRow}`);
      await ctx.screenshot("summary");
    },
  ],
  [
    "目标责任书: generating again updates the same sheets and adds none",
    async (ctx) => {
      const { page } = ctx;
      await generate(ctx);
      const before = await sheetTabs(page);
      await pane(page).getByRole("button", { name: "生成目标责任书" }).click();
      await pane(page).getByText("（更新）", { exact: false }).first().waitFor({ timeout: 60_000 });
      await pane(page).getByRole("button", { name: "确认生成" }).click();
      await until(
        async () =>
          (await pane(page)
            .getByText(/^已写入 \d+ 张目标责任书/)
            .count()) > 0,
        "the second run",
      );
      assert.deepEqual(await sheetTabs(page), before);
    },
  ],
];

export const tests: E2ETest[] = cases.map(([name, run]) => e2e(name, run));
