import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import type { Locale } from "../../src/core/messages/message";
import { noticeText } from "../../src/core/messages/notice-messages";
import { paneText } from "../../src/core/messages/pane-messages";
import { scoreText } from "../../src/core/messages/score-messages";
import { targetText } from "../../src/core/messages/target-messages";
import { warningText } from "../../src/core/messages/warning-messages";
import { e2e, type E2ETest } from "./harness";
import { openFeature, openPreview, pane, setPaneWidth } from "./preview-page";

/**
 * The pane at the widths Excel gives it (320–400 px; the default is about
 * 350): in both languages every feature can be opened — from its tab, or
 * from the "…" menu holding the tabs that do not fit — and every tab on the
 * strip shows its whole label inside the pane.
 */
const WIDTHS = [320, 400] as const;
const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** Each feature's tab label and a button only its panel has, in the locale. */
function features(locale: Locale): { tab: string; button: string }[] {
  return [
    { tab: paneText("pane.tab.check", locale), button: paneText("pane.check.run", locale) },
    { tab: scoreText("score.pane.tab", {}, locale), button: scoreText("score.pane.run", {}, locale) },
    { tab: warningText("warning.pane.tab", locale), button: warningText("warning.pane.preview", locale) },
    { tab: noticeText("notice.tab", {}, locale), button: noticeText("notice.pane.run", {}, locale) },
    { tab: targetText("targets.pane.tab", {}, locale), button: targetText("targets.pane.run", {}, locale) },
  ];
}

interface Box {
  readonly left: number;
  readonly right: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  assert.ok(box !== null, "on screen");
  return { left: box.x, right: box.x + box.width };
}

/** Every tab on the strip lies inside the pane and shows its label whole (nothing cut or ellipsed). */
async function assertTabsReadable(page: Page, what: string): Promise<void> {
  const paneBox = await boxOf(pane(page));
  const strip = pane(page).getByRole("tablist");
  const tabs = strip.getByRole("tab");
  const shown: string[] = [];
  for (let i = 0; i < (await tabs.count()); i++) {
    const tab = tabs.nth(i);
    if (!(await tab.isVisible())) continue;
    const label = (await tab.innerText()).trim();
    shown.push(label);
    const box = await boxOf(tab);
    assert.ok(box.left >= paneBox.left && box.right <= paneBox.right, `${what}: the tab ${label} inside the pane`);
    const clipped = await tab.evaluate((el) =>
      [el, ...el.querySelectorAll("*")].some((e) => e.scrollWidth > e.clientWidth + 1),
    );
    assert.ok(!clipped, `${what}: the tab ${label} shows its whole label`);
  }
  assert.ok(shown.length >= 1, `${what}: at least one tab on the strip`);
  const more = pane(page).getByTestId("more-features");
  if (await more.isVisible()) {
    const box = await boxOf(more);
    assert.ok(box.right <= paneBox.right, `${what}: the … menu inside the pane`);
  } else {
    assert.equal(shown.length, 5, `${what}: no menu, so every tab is on the strip`);
  }
}

/**
 * The overflow manager lays the strip out again a frame or two after a tab is
 * chosen (a tab coming back from the menu pushes another into it), so the
 * strip is judged once it has settled: the check is repeated for up to two
 * seconds and the last failure is the one reported.
 */
async function assertTabsSettleReadable(page: Page, what: string): Promise<void> {
  const until = Date.now() + 2_000;
  for (;;) {
    try {
      await assertTabsReadable(page, what);
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await page.waitForTimeout(100);
    }
  }
}

const cases: E2ETest[] = [];
for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    cases.push(
      e2e(`the pane at ${width} px in ${locale}: every feature opens and every tab is readable`, async (ctx) => {
        const { page } = ctx;
        await openPreview(ctx, { lang: locale });
        await setPaneWidth(page, width);
        assert.equal(Math.round((await pane(page).boundingBox())?.width ?? 0), width);
        await assertTabsSettleReadable(page, `${width} px`);
        await ctx.screenshot("tabs");
        const more = pane(page).getByTestId("more-features");
        if (await more.isVisible()) {
          await more.click();
          await page.getByRole("menu").waitFor();
          await ctx.screenshot("menu");
          await page.keyboard.press("Escape");
          await page.getByRole("menu").waitFor({ state: "hidden" });
        }
        // Last first: at these widths the last tabs are the ones in the menu.
        for (const f of [...features(locale)].reverse()) {
          await openFeature(page, f.tab);
          await pane(page).getByRole("button", { name: f.button, exact: true }).first().waitFor({ timeout: 60_000 });
          await assertTabsSettleReadable(page, `${width} px, ${f.tab} open`);
        }
        await ctx.screenshot("after");
      }),
    );
  }
}

export const tests: E2ETest[] = cases;
