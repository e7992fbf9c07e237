import assert from "node:assert/strict";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { formCell, FORM_LAYOUT } from "../../src/core/warning/form-layout";
import { registerLetter } from "../../src/core/warning/register-sheet";
import { demoWorkbookSeed } from "../../src/preview/demo/demo-workbook";
import { createWarningForms, type CreateWarningFormsOutcome } from "../../src/usecases/create-warning-forms";
import { e2e, type E2EContext, type E2ETest } from "./harness";
import { cellText, DEMO_AS_OF, goTo, openPreview, pane, sheetTabs, showSheet, openFeature } from "./preview-page";

/**
 * 风险预警 end to end on the demo workbook: preview the forms of every loan
 * with a 预警信号 (as many as the use case plans in Node on the same
 * workbook), create them, read a form and the register in the grid, void a
 * form and see 作废 on both; and make one form from a row selected in the
 * ledger. The pane files forms on the browser's today, so the expected
 * numbers are planned in Node with the same date.
 */
const LEDGER = "贷后管理台账";
const REGISTER = "预警登记簿";

function today(): Day {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()) as Day;
}

type Planned = Extract<CreateWarningFormsOutcome, { ok: true }>;

let expected: Promise<Planned> | null = null;
function plan(): Promise<Planned> {
  expected ??= (async () => {
    const [y, m, d] = DEMO_AS_OF.split("-").map(Number);
    const asOf = dayFromYmd(y ?? 0, m ?? 0, d ?? 0) as Day;
    const book = MemoryWorkbook.from(demoWorkbookSeed({ asOf }));
    const outcome = await createWarningForms(book, { from: { kind: "signals" }, today: today(), dryRun: true });
    if (!outcome.ok) throw new Error(`Planning failed in Node: ${outcome.problem.message}`);
    return outcome;
  })();
  return expected;
}

async function openTab(ctx: E2EContext): Promise<void> {
  await openPreview(ctx);
  await openFeature(ctx.page, "风险预警");
  await pane(ctx.page)
    .getByText(/^未解除的处理表/)
    .waitFor({ timeout: 60_000 });
}

async function createFromSignals(ctx: E2EContext, count: number): Promise<void> {
  const p = pane(ctx.page);
  await p.getByLabel("“预警信号”列已填写的全部贷款").check();
  await p.getByRole("button", { name: "预览" }).click();
  await p.getByText(`将生成 ${count} 张处理表，并登记到“预警登记簿”：`).waitFor({ timeout: 60_000 });
  // A hundred forms at once keep the page busy for a while in the preview: the click returns when they are made.
  await p.getByRole("button", { name: `生成 ${count} 张处理表` }).click({ timeout: 150_000 });
  await p.getByText(`已生成 ${count} 张处理表，已登记到“预警登记簿”。`).waitFor({ timeout: 150_000 });
}

/** Selects a loan's row in the ledger and makes its form through the pane. */
async function createFromRow(ctx: E2EContext, row: number): Promise<void> {
  await showSheet(ctx.page, LEDGER);
  await goTo(ctx.page, `C${row}`);
  const tab = pane(ctx.page);
  await tab.getByRole("button", { name: "预览" }).click();
  await tab.getByText("将生成 1 张处理表，并登记到“预警登记簿”：").waitFor({ timeout: 60_000 });
  await tab.getByRole("button", { name: "生成 1 张处理表" }).click();
  await tab.getByText("已生成 1 张处理表，已登记到“预警登记簿”。").waitFor({ timeout: 60_000 });
}

const cases: readonly [string, E2ETest["run"]][] = [
  [
    "风险预警: previews one form per loan with a 预警信号, as planned in Node, writing nothing",
    async (ctx) => {
      const p = await plan();
      await openTab(ctx);
      const before = await sheetTabs(ctx.page);
      await pane(ctx.page).getByLabel("“预警信号”列已填写的全部贷款").check();
      await pane(ctx.page).getByRole("button", { name: "预览" }).click();
      await pane(ctx.page)
        .getByText(`将生成 ${p.forms.length} 张处理表，并登记到“预警登记簿”：`)
        .waitFor({ timeout: 60_000 });
      assert.ok(p.forms.length > 10, "the demo ledger has warning signals");
      assert.deepEqual(await sheetTabs(ctx.page), before, "a preview writes nothing");
      await ctx.screenshot("preview");
    },
  ],
  [
    "风险预警: creates numbered forms filled from the ledger and lists them in the register",
    async (ctx) => {
      const p = await plan();
      const first = p.forms[0];
      assert.ok(first);
      await openTab(ctx);
      await createFromSignals(ctx, p.forms.length);
      const tabs = await sheetTabs(ctx.page);
      for (const f of p.forms) assert.ok(tabs.includes(f.sheet), `${f.sheet} is written`);
      assert.ok(tabs.includes(REGISTER));

      await showSheet(ctx.page, first.sheet);
      assert.equal(await cellText(ctx.page, formCell("number")), first.numberText);
      assert.equal(await cellText(ctx.page, formCell("customer")), first.customer);
      assert.equal(await cellText(ctx.page, formCell("loanNo")), first.key);
      assert.match(await cellText(ctx.page, formCell("capitals")), /^人民币.+[元整分角]$/);
      await ctx.screenshot("form");

      await showSheet(ctx.page, REGISTER);
      const last = p.forms[p.forms.length - 1];
      assert.ok(last);
      assert.equal(await cellText(ctx.page, "A2"), first.numberText);
      assert.equal(await cellText(ctx.page, `A${p.forms.length + 1}`), last.numberText);
      assert.equal(await cellText(ctx.page, `${registerLetter("status")}2`), "生效");
      await pane(ctx.page)
        .getByText(new RegExp(`^未解除的处理表（${p.forms.length} 张`))
        .waitFor({ timeout: 30_000 });
      await ctx.screenshot("register");
    },
  ],
  [
    "风险预警: makes a form from a row selected in the ledger; voiding it keeps its sheet and number, stamped 作废 on the form and in the register",
    async (ctx) => {
      const p = await plan();
      const first = p.forms[0];
      assert.ok(first?.ledger);
      await openTab(ctx);
      await createFromRow(ctx, first.ledger.row);
      await showSheet(ctx.page, first.sheet);
      assert.equal(await cellText(ctx.page, formCell("number")), first.numberText);
      assert.equal(await cellText(ctx.page, formCell("customer")), first.customer);

      const item = pane(ctx.page).locator(`li[data-number="${first.numberText}"]`);
      await item.getByRole("button", { name: "作废…" }).click();
      const group = pane(ctx.page).getByRole("group", { name: `作废 ${first.numberText}` });
      await group.getByLabel(/作废原因/).fill("与他行信息核对有误");
      await group.getByRole("button", { name: "确定" }).click();
      await pane(ctx.page)
        .getByText(new RegExp(`${first.numberText} 已改为“作废”`))
        .waitFor({ timeout: 60_000 });

      assert.ok((await sheetTabs(ctx.page)).includes(first.sheet), "the voided form's sheet is kept");
      await showSheet(ctx.page, first.sheet);
      assert.equal(await cellText(ctx.page, formCell("status")), "作废");
      assert.match(await cellText(ctx.page, `A${FORM_LAYOUT.stampRow}`), /与他行信息核对有误/);
      await showSheet(ctx.page, REGISTER);
      assert.equal(await cellText(ctx.page, "A2"), first.numberText);
      assert.equal(await cellText(ctx.page, `${registerLetter("status")}2`), "作废");
      await ctx.screenshot("voided");

      // The same loan again: a new number, the voided one is never reused.
      await createFromRow(ctx, first.ledger.row);
      assert.ok((await sheetTabs(ctx.page)).includes(first.sheet.replace(/001$/, "002")));
    },
  ],
];

export const tests: E2ETest[] = cases.map(([name, run]) => e2e(name, run));
