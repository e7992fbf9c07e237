#!/usr/bin/env node
// The `postloan` command. The TypeScript sources are compiled to lib/ by
// `npm run build:cli` (also run by `npm ci` through the prepare script).
"use strict";
let cli;
try {
  cli = require("../lib/cli/run.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND" && String(e.message).includes("lib/cli/run.js")) {
    process.stderr.write(
      "postloan 尚未编译：请在项目目录运行 npm run build:cli 后重试。\n" +
        "postloan is not built yet: run npm run build:cli in the project folder, then try again.\n",
    );
    process.exit(2);
  }
  throw e;
}
cli.runCli();
