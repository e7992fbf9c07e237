import assert from "node:assert/strict";
import type { Finding } from "../../src/core/findings/finding";
import { expectedDemoFindings, useCaseAvailable } from "./expected-demo";
import { e2e, pending, type E2EContext, type E2ETest } from "./harness";
import {
  activeAddress,
  cell,
  cellFill,
  DEMO_AS_OF,
  goTo,
  openPreview,
  pane,
  sheetTabs,
  showSheet,
  until,
} from "./preview-page";

/**
 * The 台账检查 panel end to end on the demo ledger: check, write the 检查结果
 * sheet, go to a finding, mark and clear. Expected numbers come from the same
 * use case run in Node on the same demo workbook.
 */
const LEDGER = "贷后管理台账";
const RESULTS = "检查结果";
const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

let expected: Promise<readonly Finding[]> | null = null;
function findings(): Promise<readonly Finding[]> {
  expected ??= expectedDemoFindings(DEMO_AS_OF);
  return expected;
}

async function runCheck(ctx: E2EContext): Promise<number> {
  const { page } = ctx;
  await openPreview(ctx);
  await pane(page).getByRole("button", { name: "检查台账", exact: true }).click();
  const heading = pane(page).getByRole("heading", { name: /^问题清单（\d+ 条）$/ });
  await heading.waitFor({ timeout: 60_000 });
  const count = Number(/（(\d+) 条）/.exec(await heading.innerText())?.[1]);
  return count;
}

function firstWithCell(list: readonly Finding[], severity: Finding["severity"]): Finding {
  const f = list.find((x) => x.cell !== null && x.severity === severity && x.sheet === LEDGER);
  if (!f) throw new Error(`No ${severity} finding with a cell in the demo`);
  return f;
}

const cases: readonly [string, E2ETest["run"]][] = [
  [
    "checks the demo ledger: the pane lists as many findings as the check finds in Node",
    async (ctx) => {
      const count = await runCheck(ctx);
      const list = await findings();
      assert.equal(count, list.length);
      assert.ok(list.length > 100, "the demo ledger has its planted defects");
      await ctx.screenshot("checked");
    },
  ],
  [
    "writes the 检查结果 sheet: its tab appears and it lists the findings",
    async (ctx) => {
      const { page } = ctx;
      await runCheck(ctx);
      await pane(page).getByRole("button", { name: "写入检查结果" }).click();
      await until(async () => (await sheetTabs(page)).includes(RESULTS), "the 检查结果 tab");
      await showSheet(page, RESULTS);
      const first = (await findings())[0];
      assert.ok(first);
      await page.locator('[role="grid"] [data-cell]', { hasText: first.message }).first().waitFor();
      await ctx.screenshot("results-sheet");
      // The 单元格 column links to the ledger: a click goes there, as in Excel.
      const link = page.locator("[role=grid] [data-link]").first();
      const target = ((await link.getAttribute("data-link")) ?? "").split("!");
      await link.click();
      await page.locator(`[role="grid"][data-sheet="${target[0]}"]`).waitFor();
      await until(async () => (await activeAddress(page)) === target[1], `the link to go to ${target.join("!")}`);
    },
  ],
  [
    "clicking a finding moves the grid's active cell to it",
    async (ctx) => {
      const { page } = ctx;
      await runCheck(ctx);
      await goTo(page, "A1");
      const target = firstWithCell(await findings(), "error");
      await pane(page)
        .getByRole("button", { name: new RegExp(`^转到 ${target.cell}（第 ${target.row} 行）`) })
        .first()
        .click();
      await until(async () => (await activeAddress(page)) === target.cell, `the active cell to move to ${target.cell}`);
      await page.locator(`[role="grid"][data-sheet="${LEDGER}"]`).waitFor();
      assert.equal(await cell(page, target.cell as string).getAttribute("aria-selected"), "true");
      await ctx.screenshot("went-to-finding");
    },
  ],
  [
    "marks the findings' cells in the grid, and clearing the marks brings the fills back",
    async (ctx) => {
      const { page } = ctx;
      await runCheck(ctx);
      const list = await findings();
      const error = firstWithCell(list, "error");
      const warning = firstWithCell(list, "warning");
      const before = { error: await cellFill(page, error.cell as string), header: await cellFill(page, "C3") };
      await pane(page).getByRole("button", { name: "标记问题单元格" }).click();
      await until(
        async () => (await cellFill(page, error.cell as string)) === ERROR_FILL,
        `${error.cell} to be marked`,
      );
      assert.equal(await cellFill(page, warning.cell as string), WARNING_FILL);
      assert.ok(
        await cell(page, warning.cell as string)
          .locator("[data-note]")
          .count(),
        "the mark adds a note",
      );
      await ctx.screenshot("marked");
      await pane(page).getByRole("button", { name: "清除标记" }).click();
      await until(
        async () => (await cellFill(page, error.cell as string)) === before.error,
        `${error.cell}'s fill to come back`,
      );
      assert.equal(await cellFill(page, warning.cell as string), "");
      assert.equal(await cellFill(page, "C3"), before.header, "fills the user had are untouched");
      assert.equal(
        await cell(page, warning.cell as string)
          .locator("[data-note]")
          .count(),
        0,
      );
    },
  ],
];

const WAITING =
  "waits for the 台账检查 use case (src/usecases/check-ledger-sheet.ts) to land; the test is written against the pane's labels";

export const tests: E2ETest[] = cases.map(([name, run]) =>
  useCaseAvailable() ? e2e(name, run) : pending(name, WAITING, run),
);
