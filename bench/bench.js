// `npm run bench`: compiles the bench (to bench/out) and the command line (to
// lib/, as `npm run build:cli` does), then runs bench/out/bench/run.js. Type
// errors in files other helpers are still writing do not stop the run (tsc
// emits anyway); errors in bench/ do.
"use strict";
const { spawnSync } = require("node:child_process");
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

function build(project, mustBeClean) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [tsc, "-p", project], { cwd: root, encoding: "utf8" });
  const errors = (r.stdout || "").split("\n").filter((l) => /error TS\d+/.test(l));
  const ours = errors.filter((l) => l.startsWith(mustBeClean));
  process.stderr.write(
    `[bench] tsc -p ${project}: ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (errors.length > 0
        ? `, ${errors.length} type error(s) (${errors.length - ours.length} outside ${mustBeClean})`
        : "") +
      "\n",
  );
  if (ours.length > 0) {
    process.stderr.write(ours.join("\n") + "\n");
    process.exit(1);
  }
}

build("bench/tsconfig.json", "bench/");
build("tsconfig.cli.json", "src/adapters/xlsx/");
for (const file of ["bench/out/bench/run.js", "lib/cli/run.js"]) {
  if (!existsSync(join(root, file))) {
    process.stderr.write(`[bench] ${file} was not built\n`);
    process.exit(1);
  }
}
require("./out/bench/run.js");
