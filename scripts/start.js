// `npm start`: builds the browser preview and serves it on 127.0.0.1 — the
// real task pane beside a demo workbook, no Excel needed. PORT chooses the
// port (default 3001; a free port when it is taken). To run inside Excel
// instead, see `npm run start:desktop` and the README.
const { buildPreview, previewIsStale, PREVIEW_DIR } = require("./preview-build");
const { startPreviewServer } = require("./preview-server");

async function main() {
  // A build newer than every source is reused, so a second start is instant.
  if (previewIsStale()) {
    console.log("正在构建预览… / Building the preview…");
    buildPreview();
  }
  const requested = process.env.PORT === undefined ? 3001 : Number(process.env.PORT);
  const { url } = await startPreviewServer({ root: PREVIEW_DIR, port: Number.isInteger(requested) ? requested : 3001 });
  console.log(`贷后助手预览：${url}`);
  console.log("按 Ctrl+C 停止。 / Press Ctrl+C to stop.");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
