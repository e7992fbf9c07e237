// `npm run test:e2e`: end-to-end tests of the browser preview in headless
// Chromium (Debian's /usr/bin/chromium driven by playwright-core; no browser
// download). Builds the preview when dist-preview/ is missing or older than
// its sources, serves it on a free loopback port, runs every test in
// test/e2e/*.e2e.ts in a fresh browser context, saves a screenshot per test
// under test-results/e2e/, and ends with `N passed, N failed`.
// Usage: node test/e2e/run.js [filter] — runs the tests whose "file › name" contains the filter.
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const { clearTimeout } = require("timers");

const ROOT = path.resolve(__dirname, "..", "..");
const OUT = path.join(ROOT, "test-results", "e2e");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TEST_TIMEOUT_MS = 180_000;
// The flags that work on this project's machines: without the background-networking ones Chromium
// keeps trying to reach Google's services, which the closed network refuses.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The tests and the expectations they compute in Node are TypeScript, run from source.
require("ts-node").register({
  transpileOnly: true,
  project: path.join(ROOT, "tsconfig.json"),
  compilerOptions: { module: "commonjs" },
});

const { buildPreview, previewIsStale, PREVIEW_DIR } = require(path.join(ROOT, "scripts", "preview-build"));
const { startPreviewServer } = require(path.join(ROOT, "scripts", "preview-server"));

function slug(index, name) {
  const ascii = name
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `${String(index + 1).padStart(2, "0")}-${ascii || "test"}`;
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function loadTests(filter) {
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".e2e.ts"))
    .sort();
  const tests = [];
  for (const file of files) {
    const mod = require(path.join(__dirname, file));
    for (const t of mod.tests || []) {
      if (!filter || `${file} › ${t.name}`.includes(filter)) tests.push({ ...t, file });
    }
  }
  return tests;
}

async function main() {
  const filter = process.argv[2];
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium is not installed at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium`);
    console.log("0 passed, 1 failed");
    process.exit(1);
  }
  if (previewIsStale()) {
    console.log("Building the preview (dist-preview/ is missing or older than its sources)…");
    buildPreview();
  }
  const tests = loadTests(filter);
  fs.mkdirSync(OUT, { recursive: true });

  const { chromium } = require("playwright-core");
  const { server, url: baseUrl } = await startPreviewServer({ root: PREVIEW_DIR, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  console.log(`Preview served at ${baseUrl}; ${browser.version()} headless; ${tests.length} tests\n`);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const [index, t] of tests.entries()) {
    const name = `${t.file.replace(/\.e2e\.ts$/, "")} › ${t.name}`;
    if (t.skip) {
      skipped++;
      console.log(`  - SKIPPED ${name}\n      ${t.skip}`);
      continue;
    }
    const started = Date.now();
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
      locale: "zh-CN",
    });
    const requests = [];
    const pageErrors = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => pageErrors.push(`page: ${e.message}`));
    const base = slug(index, t.name);
    const ctx = {
      page,
      context,
      browser,
      baseUrl,
      url: (query = {}) => {
        const u = new URL(baseUrl);
        for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
        return u.toString();
      },
      outputDir: OUT,
      requests,
      pageErrors,
      screenshot: async (suffix) => {
        const file = path.join(OUT, `${base}-${suffix}.png`);
        await page.screenshot({ path: file });
        return file;
      },
    };
    let error = null;
    try {
      await withTimeout(t.run(ctx), TEST_TIMEOUT_MS, "The test");
    } catch (e) {
      error = e;
    }
    const shot = path.join(OUT, `${base}.png`);
    try {
      await page.screenshot({ path: shot });
    } catch (e) {
      if (!error) error = e;
    }
    await context.close();
    const ms = Date.now() - started;
    if (error) {
      failed++;
      console.log(`  ✗ FAILED ${name} (${ms} ms)`);
      console.log(
        `      ${String(error && error.stack ? error.stack : error)
          .split("\n")
          .slice(0, 8)
          .join("\n      ")}`,
      );
      if (pageErrors.length > 0) console.log(`      page errors: ${pageErrors.slice(0, 5).join(" | ")}`);
    } else {
      passed++;
      console.log(`  ✓ ${name} (${ms} ms)`);
    }
    console.log(`      screenshot: ${path.relative(ROOT, shot)}`);
  }

  await browser.close();
  server.close();
  console.log("");
  console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
