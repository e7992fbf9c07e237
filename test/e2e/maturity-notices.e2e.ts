import assert from "node:assert/strict";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { noticeColumn, scheduleRows } from "../../src/core/maturity/notice-layout";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { demoWorkbookSeed } from "../../src/preview/demo/demo-workbook";
import { planMaturityNotices, type MaturityNoticePlan } from "../../src/usecases/create-maturity-notices";
import { e2e, type E2EContext, type E2ETest } from "./harness";
import {
  cellText,
  DEMO_AS_OF,
  formulaBar,
  openPreview,
  pane,
  sheetTabs,
  showSheet,
  until,
  openFeature,
} from "./preview-page";

/**
 * 到期提示 end to end on the demo workbook: open the tab, click 生成到期提示,
 * read the preview, confirm, and read the sheets in the grid — each branch's
 * letter and 附表 list the loans the use case selects in Node on the same
 * workbook, the letter's total and the summary's counts (native formulas,
 * recalculated by the preview's engine) agree with it, and generating again
 * adds no sheet.
 */
const SUMMARY = "到期提示汇总";
/** The summary's first branch row (title, note, blank, block title, header). */
const SUMMARY_FIRST_ROW = 6;

let expected: Promise<MaturityNoticePlan> | null = null;
function plan(): Promise<MaturityNoticePlan> {
  expected ??= (async () => {
    const [y, m, d] = DEMO_AS_OF.split("-").map(Number);
    const asOf = dayFromYmd(y ?? 0, m ?? 0, d ?? 0) as Day;
    const outcome = await planMaturityNotices(MemoryWorkbook.from(demoWorkbookSeed({ asOf })), { today: asOf });
    if (!outcome.ok) throw new Error(`Planning the notices failed in Node: ${outcome.problem.message}`);
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
  await openFeature(page, "到期提示");
  await pane(page).getByRole("button", { name: "生成到期提示" }).click();
  await pane(page).getByText("将要生成").waitFor({ timeout: 60_000 });
}

async function generate(ctx: E2EContext): Promise<void> {
  await preview(ctx);
  await pane(ctx.page).getByRole("button", { name: "确认生成" }).click();
  await pane(ctx.page)
    .getByText(/^已生成 \d+ 张提示函/)
    .waitFor({ timeout: 60_000 });
}

const cases: readonly [string, E2ETest["run"]][] = [
  [
    "到期提示: previews the notices for each branch before writing anything, as planned in Node",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      assert.ok(p.notices.length > 0, "the demo has loans maturing next month");
      await openPreview(ctx);
      const before = await sheetTabs(page);
      await preview(ctx);
      await pane(page)
        .getByText(
          `${p.notices.length + 1} 张工作表：${p.notices.length} 个机构的提示函，以及“${SUMMARY}”；共 ${p.count} 笔`,
          {
            exact: false,
          },
        )
        .waitFor();
      for (const n of p.notices) {
        await pane(page).getByText(`${n.branch}：${n.count} 笔`, { exact: false }).waitFor();
      }
      assert.deepEqual(await sheetTabs(page), before, "a preview writes nothing");
      await ctx.screenshot("preview");
    },
  ],
  [
    "到期提示: writes each branch's letter and list, whose formulas give the totals of the plan",
    async (ctx) => {
      const { page } = ctx;
      const p = await plan();
      await generate(ctx);
      const tabs = await sheetTabs(page);
      for (const n of p.notices) assert.ok(tabs.includes(n.sheet), `${n.sheet} is written`);
      assert.ok(tabs.includes(SUMMARY));

      const first = p.notices[0];
      assert.ok(first);
      const rows = scheduleRows(first.count);
      await showSheet(page, first.sheet);
      assert.equal(await cellText(page, "A3"), `致${first.branch}：`);
      assert.equal(await cellText(page, cellAddress(rows.first, noticeColumn("loanNo"))), first.loans[0]?.loanNo);
      const total = cellAddress(rows.total, noticeColumn("balance"));
      assert.ok(Math.abs(amount(await cellText(page, total)) - first.balance) < 0.005, "the 合计 row");
      assert.match(await formulaBar(page), /^=SUM\(D\d+:D\d+\)$/);
      assert.match(await cellText(page, "A4"), new RegExp(`共 ${first.count} 笔`));
      await ctx.screenshot("notice");

      await showSheet(page, SUMMARY);
      for (const [i, n] of p.notices.entries()) {
        const r = SUMMARY_FIRST_ROW + i;
        assert.equal(await cellText(page, `A${r}`), n.branch);
        assert.equal(Number(await cellText(page, `B${r}`)), n.count, `${n.branch}'s count in the summary`);
        assert.ok(Math.abs(amount(await cellText(page, `C${r}`)) - n.balance) < 0.005, `${n.branch}'s balance`);
      }
      await ctx.screenshot("summary");
    },
  ],
  [
    "到期提示: generating again updates the same sheets and adds none",
    async (ctx) => {
      const { page } = ctx;
      await generate(ctx);
      const before = await sheetTabs(page);
      await pane(page).getByRole("button", { name: "生成到期提示" }).click();
      await pane(page).getByText("（更新）", { exact: false }).first().waitFor({ timeout: 60_000 });
      await pane(page).getByRole("button", { name: "确认生成" }).click();
      await until(
        async () =>
          (await pane(page)
            .getByText(/^已生成 \d+ 张提示函/)
            .count()) > 0,
        "the second run",
      );
      assert.deepEqual(await sheetTabs(page), before);
    },
  ],
];

export const tests: E2ETest[] = cases.map(([name, run]) => e2e(name, run));
