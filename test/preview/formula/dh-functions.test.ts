import { readFileSync } from "fs";
import { join } from "path";
import * as functions from "../../../src/functions/functions";
import { DH_FUNCTIONS } from "../../../src/preview/formula/dh-functions";

/** What src/functions/functions.ts declares for Excel: id, export, parameters (matrix or scalar, optional or not), result. */
interface Declared {
  id: string;
  exportName: string;
  params: { matrix: boolean; optional: boolean }[];
  matrixResult: boolean;
}

function declared(): Declared[] {
  const source = readFileSync(join(__dirname, "../../../src/functions/functions.ts"), "utf8");
  const out: Declared[] = [];
  const pattern = /@customfunction\s+(\w+)[\s\S]*?export function (\w+)\(([\s\S]*?)\):\s*([^{]+)\{/g;
  for (const m of source.matchAll(pattern)) {
    const [, id = "", exportName = "", paramText = "", result = ""] = m;
    const params = paramText
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => ({ matrix: /any\[\]\[\]/.test(p), optional: /^\w+\?/.test(p) }));
    out.push({ id, exportName, params, matrixResult: /any\[\]\[\]/.test(result) });
  }
  return out;
}

describe("DH_FUNCTIONS", () => {
  const table = new Map(DH_FUNCTIONS.map((f) => [f.id, f]));
  const source = declared();

  it("finds the functions in the source (the parser itself works)", () => {
    expect(source.length).toBeGreaterThanOrEqual(20);
  });

  it("lists every @customfunction of functions.ts, and nothing else", () => {
    expect([...table.keys()].sort()).toEqual(source.map((d) => d.id).sort());
  });

  it.each(declared().map((d) => [d.id, d] as const))("%s calls the export Excel calls, with its parameters", (_, d) => {
    const entry = table.get(d.id);
    expect(entry?.impl).toBe((functions as Record<string, unknown>)[d.exportName]);
    expect(entry?.params.length).toBe(d.params.length);
    expect(entry?.required).toBe(d.params.filter((p) => !p.optional).length);
    expect(entry?.params.map((k) => k !== "scalar")).toEqual(d.params.map((p) => p.matrix));
    expect(entry?.result).toBe(d.matrixResult ? "matrix" : "scalar");
  });
});
