// Builds the browser preview (webpack.preview.js) into dist-preview/, and
// tells whether an existing build is older than its sources.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-preview");
const SOURCES = ["src", "webpack.preview.js", "package-lock.json", "tsconfig.json"];

function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when dist-preview is missing or older than any of its sources. */
function previewIsStale() {
  const built = path.join(OUT, "index.html");
  if (!fs.existsSync(built)) return true;
  const builtAt = fs.statSync(built).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(ROOT, s)) > builtAt);
}

/** Runs the production build; throws when webpack fails. */
function buildPreview() {
  const webpack = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpack, "--config", "webpack.preview.js", "--mode", "production"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`The preview build failed (webpack exited with ${result.status}).`);
}

module.exports = { buildPreview, previewIsStale, PREVIEW_DIR: OUT };
