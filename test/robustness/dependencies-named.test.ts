import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every runtime dependency is named in the README with why it is there (the
 * robustness issue's audit item): the section a bank's reviewer reads before
 * allowing the add-in on machines that hold credit files.
 */
const ROOT = join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const section = /## Dependencies\n([\s\S]*?)(?:\n## |$)/.exec(readme)?.[1] ?? "";

describe("the README's Dependencies section", () => {
  it("exists", () => {
    expect(section.length).toBeGreaterThan(0);
  });

  it.each(Object.keys(pkg.dependencies ?? {}))(
    "names %s in its table of runtime dependencies, with a reason",
    (name) => {
      const row = section.split("\n").find((line) => line.startsWith("|") && line.includes(`\`${name}\``));
      if (row === undefined) throw new Error(`README.md does not say why ${name} is a runtime dependency`);
      const why = row.split("|").map((c) => c.trim())[2] ?? "";
      expect(why.length).toBeGreaterThan(5);
    },
  );
});
