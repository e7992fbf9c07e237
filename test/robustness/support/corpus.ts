import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { HostileCase, PathName } from "../../fixtures/hostile/hostile-case";

export const CORPUS_DIR = join(__dirname, "../../fixtures/hostile");
/** Files of the corpus folder that are helpers, not cases. */
const HELPERS = new Set(["hostile-case.ts", "cfb-file.ts"]);

/** Every case file's name (without .ts), sorted. */
export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".ts") && !HELPERS.has(f))
    .sort()
    .map((f) => f.replace(/\.ts$/, ""));
}

export function loadCase(name: string): HostileCase {
  const module = jest.requireActual<{ hostile?: HostileCase }>(join(CORPUS_DIR, `${name}.ts`));
  if (module.hostile === undefined) throw new Error(`${name}.ts in the hostile corpus exports no \`hostile\` case`);
  return module.hostile;
}

/** The cases that apply to a path, as [name, case] rows for describe.each. */
export function corpusFor(path: PathName): [string, HostileCase][] {
  return corpusFiles()
    .map((name): [string, HostileCase] => [name, loadCase(name)])
    .filter(([, c]) => c.paths === undefined || c.paths.includes(path));
}

/** Time for one case: large ones build and read sheets of millions of cells. */
export function timeoutFor(c: HostileCase): number {
  return c.large ? 600_000 : 60_000;
}
