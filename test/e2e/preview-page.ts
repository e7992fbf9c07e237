import type { Locator, Page } from "playwright-core";
import type { E2EContext } from "./harness";

/**
 * How the tests work the preview page: through what a person sees and uses
 * (tabs, the name box, buttons by their labels), plus the grid's data-cell
 * attributes to read a cell once it is on screen.
 */

/** The demo's 统计日期 in every test, so counts and screenshots do not move with the calendar. */
export const DEMO_AS_OF = "2026-10-31";

export async function openPreview(ctx: E2EContext, query: Readonly<Record<string, string>> = {}): Promise<void> {
  await ctx.page.goto(ctx.url({ asOf: DEMO_AS_OF, ...query }));
  await ctx.page.locator('[role="grid"]').waitFor();
  await pane(ctx.page).getByRole("heading", { level: 1 }).waitFor();
}

export function pane(page: Page): Locator {
  return page.getByTestId("task-pane");
}

export function nameBox(page: Page): Locator {
  return page.locator('input[aria-label="名称框"], input[aria-label="Name box"]');
}

/** Selects a cell or range by typing it into the name box, as a person would. */
export async function goTo(page: Page, address: string): Promise<void> {
  const box = nameBox(page);
  await box.fill(address);
  await box.press("Enter");
}

export function cell(page: Page, a1: string): Locator {
  return page.locator(`[role="grid"] [data-cell="${a1}"]`).first();
}

/** The text a cell shows (it is brought on screen first). */
export async function cellText(page: Page, a1: string): Promise<string> {
  await goTo(page, a1);
  const c = cell(page, a1);
  await c.waitFor();
  return (await c.innerText()).trim();
}

/** The fill a cell shows ("" for none). */
export async function cellFill(page: Page, a1: string): Promise<string> {
  await goTo(page, a1);
  const c = cell(page, a1);
  await c.waitFor();
  return (await c.getAttribute("data-fill")) ?? "";
}

export async function activeAddress(page: Page): Promise<string> {
  return nameBox(page).inputValue();
}

export async function formulaBar(page: Page): Promise<string> {
  return (await page.getByTestId("formula-bar").innerText()).trim();
}

export async function showSheet(page: Page, name: string): Promise<void> {
  await page.locator(`[data-sheet-tab="${name}"]`).click();
  await page.locator(`[role="grid"][data-sheet="${name}"]`).waitFor();
}

export async function sheetTabs(page: Page): Promise<string[]> {
  return page
    .locator("[data-sheet-tab]")
    .evaluateAll((tabs) => tabs.map((t) => t.getAttribute("data-sheet-tab") ?? ""));
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(check: () => Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a feature of the pane by its tab's label: the tab when it is on the
 * strip, else through the "…" menu that holds the tabs the pane's width
 * leaves no room for. Resolves once the tab is the selected one.
 */
export async function openFeature(page: Page, label: string): Promise<void> {
  const tab = pane(page).getByRole("tab", { name: label, exact: true });
  if (!(await tab.isVisible())) {
    await pane(page).getByTestId("more-features").click();
    await page.getByRole("menuitem", { name: label, exact: true }).click();
  }
  await tab.click();
  await until(async () => (await tab.getAttribute("aria-selected")) === "true", `the tab ${label} selected`);
}

/** Sets the task pane's width in px, as a person dragging Excel's pane edge would. */
export async function setPaneWidth(page: Page, width: number): Promise<void> {
  await pane(page).evaluate((el, w) => {
    const style = (el as HTMLElement).style;
    // The width of the whole pane, its border included, as Excel measures its task pane.
    style.boxSizing = "border-box";
    style.width = `${w}px`;
  }, width);
}
