import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Nothing leaves the workbook, checked on the pages' sources (the bundle scan
 * in test/security needs a build): every page carries a Content-Security-
 * Policy under which a script, style, font, image or connection can only come
 * from the add-in's own origin — Office.js, on the task pane, the one
 * exception — and the pages themselves load nothing from anywhere else.
 */

const ROOT = join(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com";
const FETCH_DIRECTIVES = [
  "script-src",
  "style-src",
  "img-src",
  "font-src",
  "connect-src",
  "media-src",
  "frame-src",
  "worker-src",
  "manifest-src",
  "object-src",
];
/** Sources a directive may list: the own origin, nothing, inline data. */
const LOCAL = new Set(["'self'", "'none'", "data:", "blob:"]);

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? pages(path) : name.endsWith(".html") ? [path] : [];
  });
}

function policyOf(html: string): Map<string, string[]> | null {
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
  if (meta?.[1] === undefined) return null;
  return new Map(
    meta[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== "")
      .map(([name, ...values]) => [name as string, values]),
  );
}

const PAGES = pages(join(ROOT, "src")).map((f) => [relative(ROOT, f), f] as const);

describe("the add-in's pages", () => {
  it("are found", () => {
    expect(PAGES.map(([name]) => name)).toEqual(expect.arrayContaining(["src/taskpane/taskpane.html"]));
  });

  it.each(PAGES)(
    "%s lets scripts, styles, fonts, images and connections come only from its own origin",
    (name, file) => {
      const policy = policyOf(readFileSync(file, "utf8"));
      if (policy === null) throw new Error(`${name} has no Content-Security-Policy`);
      const fallback = policy.get("default-src");
      expect(fallback).toBeDefined();
      for (const directive of FETCH_DIRECTIVES) {
        const sources = policy.get(directive) ?? fallback ?? [];
        for (const source of sources) {
          if (LOCAL.has(source)) continue;
          if (source === "'unsafe-inline'" && directive === "style-src") continue; // Fluent UI inserts its styles at run time
          if (source === OFFICE_JS && directive === "script-src" && name === "src/taskpane/taskpane.html") continue;
          throw new Error(`${name}: ${directive} allows ${source}`);
        }
      }
      for (const sources of policy.values()) expect(sources).not.toContain("'unsafe-eval'");
    },
  );

  it.each(PAGES)("%s loads no script, style or font from another host but Office.js", (name, file) => {
    const html = readFileSync(file, "utf8");
    for (const m of html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)=["']([^"']+)["']/gi)) {
      const url = m[1] ?? "";
      if (!/^(?:https?:)?\/\//i.test(url)) continue;
      // Office.js, on the task pane only: the one script Office requires from its own host.
      const allowed = name === "src/taskpane/taskpane.html" ? `${OFFICE_JS}/lib/1/hosted/office.js` : "(nothing)";
      expect(`${name}: ${url}`).toBe(`${name}: ${allowed}`);
    }
  });
});
