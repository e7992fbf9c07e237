/**
 * Nothing leaves the workbook: the built pages and bundles name no host but
 * the add-in's own origin and Office.js, every page carries a
 * Content-Security-Policy that limits connections to its own origin, and our
 * sources use no network API at all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";

const ROOT = join(__dirname, "../..");

/** Host names that appear in bundles as identifiers or message text, never fetched. */
const INERT_HOSTS = new Map([
  ["www.w3.org", "XML namespace identifiers (SVG/MathML) in React DOM"],
  ["react.dev", "the URL printed in React's minified error messages"],
]);
/**
 * The preview (not part of the add-in) bundles ExcelJS, JSZip and HyperFormula, whose code carries
 * XML namespace URIs and documentation links in error messages; none is requested (the preview's
 * CSP allows only its own origin, and the e2e test records every request the page makes).
 */
const PREVIEW_INERT_HOSTS = new Map([
  ["schemas.openxmlformats.org", "OOXML namespace identifiers"],
  ["schemas.microsoft.com", "OOXML namespace identifiers"],
  ["purl.org", "Dublin Core namespace identifiers in docProps"],
  ["github.com", "links in library error and licence texts"],
  ["stuk.github.io", "a JSZip documentation link in an error message"],
  ["hyperformula.handsontable.com", "HyperFormula's documentation links in function metadata and messages"],
  ["sap.github.io", "Chevrotain (HyperFormula's parser) documentation links in error messages"],
  ["en.wikipedia.org", "a documentation link in HyperFormula"],
  ["unpkg.com", "Chevrotain's grammar-diagram generator, never called (and blocked by the preview's CSP)"],
]);
const OFFICE_JS = "appsforoffice.microsoft.com";

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

function hostsIn(text: string): Set<string> {
  return new Set(
    [...text.matchAll(/\b(?:https?|wss?):\/\/([a-zA-Z0-9.-]+)/g)].map((m) => (m[1] as string).toLowerCase()),
  );
}

const builds = ["dist", "dist-preview"].map((d) => join(ROOT, d)).filter(existsSync);

describe("built pages and bundles", () => {
  it("exist (npm test builds before running jest)", () => {
    expect(builds.length).toBeGreaterThan(0);
    expect(existsSync(join(ROOT, "dist/taskpane.js"))).toBe(true);
  });

  it.each(builds.flatMap((d) => files(d, /\.(js|html)$/)).map((f) => [relative(ROOT, f), f]))(
    "%s names no foreign host",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      for (const host of hostsIn(text)) {
        if (host === "localhost" || host === "127.0.0.1" || INERT_HOSTS.has(host)) continue;
        if (file.includes("dist-preview") && PREVIEW_INERT_HOSTS.has(host)) continue;
        // Office.js may only be loaded by the task pane page itself.
        if (host === OFFICE_JS && file.endsWith("taskpane.html")) continue;
        throw new Error(`${relative(ROOT, file)} names ${host}`);
      }
    },
  );

  it.each(builds.flatMap((d) => files(d, /\.html$/)).map((f) => [relative(ROOT, f), f]))(
    "%s has a Content-Security-Policy limiting connections to its own origin",
    (_name, file) => {
      const csp = /http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(
        readFileSync(file, "utf8"),
      )?.[1];
      expect(csp).toBeDefined();
      const directives = new Map(
        (csp as string).split(";").map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name as string, values];
        }),
      );
      const connect = directives.get("connect-src") ?? directives.get("default-src");
      expect(connect).toEqual(["'self'"]);
    },
  );
});

describe("sources", () => {
  it.each(files(join(ROOT, "src"), /\.(ts|tsx)$/).map((f) => [relative(ROOT, f), f]))(
    "%s uses no network API",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new\s+WebSocket|EventSource\s*\(|importScripts/);
    },
  );
});
