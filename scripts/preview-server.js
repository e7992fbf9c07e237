// A tiny static file server for the built preview (dist-preview/), on the
// loopback interface only. Used by `npm start` and by the end-to-end tests.
const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function handler(root) {
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(root, path.normalize(pathname));
    // Never serve anything outside the build folder.
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (e) => {
      server.off("listening", onListening);
      reject(e);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve(server.address().port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, "127.0.0.1");
  });
}

/**
 * Serves `root` on 127.0.0.1. Tries `port` first (0 = any free port); when
 * it is taken, falls back to a free port. Resolves with the server and its URL.
 */
async function startPreviewServer({ root, port = 0 }) {
  const absolute = path.resolve(root);
  const server = http.createServer(handler(absolute));
  let actual;
  try {
    actual = await listen(server, port);
  } catch (e) {
    if (e.code !== "EADDRINUSE" || port === 0) throw e;
    actual = await listen(server, 0);
  }
  return { server, port: actual, url: `http://127.0.0.1:${actual}/` };
}

module.exports = { startPreviewServer };
