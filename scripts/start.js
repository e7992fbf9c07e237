// `npm start`: builds and serves the add-in on https://localhost:3000 for sideloading.
// (The browser preview on a demo workbook replaces this once it exists.)
const { spawn } = require("child_process");
const child = spawn("npx", ["webpack", "serve", "--mode", "development"], { stdio: "inherit" });
child.on("exit", (code) => process.exit(code ?? 0));
