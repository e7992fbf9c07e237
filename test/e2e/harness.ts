import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * The end-to-end tests' small framework: a test is a name and an async
 * function that gets a fresh page of the preview. run.js finds the tests in
 * the *.e2e.ts files, runs them one by one in headless Chromium, saves a
 * screenshot of each under test-results/e2e/, and prints one line per test
 * and a closing `N passed, N failed` line.
 */
export interface E2EContext {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly browser: Browser;
  /** The preview's address, e.g. http://127.0.0.1:41234/ */
  readonly baseUrl: string;
  /** The preview's address with query parameters (lang, asOf …). */
  url(query?: Readonly<Record<string, string>>): string;
  /** Where a test may write files (downloads, fixtures); kept after the run. */
  readonly outputDir: string;
  /** Every request the page has made so far, in order. */
  readonly requests: readonly string[];
  /** Console errors and uncaught page errors so far. */
  readonly pageErrors: readonly string[];
  /** Saves an extra screenshot under test-results/e2e/ (each test also gets one at its end). */
  screenshot(name: string): Promise<string>;
}

export interface E2ETest {
  readonly name: string;
  readonly run: (ctx: E2EContext) => Promise<void>;
  /** Set when the test cannot run yet; the runner reports it as skipped with this reason. */
  readonly skip?: string;
}

export function e2e(name: string, run: E2ETest["run"]): E2ETest {
  return { name, run };
}

/** A test written against a part of the app that is not there yet: listed, run never, reported loudly as skipped. */
export function pending(name: string, reason: string, run: E2ETest["run"]): E2ETest {
  return { name, run, skip: reason };
}
