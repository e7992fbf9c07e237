import { readFileSync } from "fs";
import { join } from "path";

const DIST = join(__dirname, "../../dist");

interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result?: unknown;
}
const load = (file: string) => (JSON.parse(readFileSync(join(DIST, file), "utf8")) as { functions: Fn[] }).functions;

// Excel's rules for custom function names (docs: custom-functions-naming): a letter first, then
// letters, digits, "." or "_"; at least three characters; ids ASCII only.
const NAME = /^\p{L}[\p{L}\p{N}._]*$/u;
const ID = /^[A-Za-z][A-Za-z0-9._]*$/;

describe("localized function metadata", () => {
  const en = load("functions.json");
  const zh = load("functions.zh-CN.json");

  it("lists the same ids in the same order in both locales", () => {
    expect(zh.map((f) => f.id)).toEqual(en.map((f) => f.id));
  });

  it("keeps every parameter's type, shape and optionality; only names and descriptions change", () => {
    en.forEach((f, i) => {
      const z = zh[i] as Fn;
      expect(z.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional }))).toEqual(
        f.parameters.map(({ type, dimensionality, optional }) => ({ type, dimensionality, optional })),
      );
      expect(z.result).toEqual(f.result);
    });
  });

  it.each([["functions.json"], ["functions.zh-CN.json"]])(
    "%s has valid, unique names of at least three characters",
    (file) => {
      const fns = load(file);
      for (const f of fns) {
        expect(f.id).toMatch(ID);
        expect(f.name).toMatch(NAME);
        expect([...f.name].length).toBeGreaterThanOrEqual(3);
        expect(f.description?.length ?? 0).toBeGreaterThan(0);
        for (const p of f.parameters) expect(p.description?.length ?? 0).toBeGreaterThan(0);
      }
      expect(new Set(fns.map((f) => f.name)).size).toBe(fns.length);
    },
  );

  it("shows Chinese names in Chinese Excel", () => {
    const byId = new Map(zh.map((f) => [f.id, f]));
    expect(byId.get("CLASSIFY")?.name).toBe("五级分类");
    expect(byId.get("CLASS_CHECK")?.name).toBe("分类偏离");
    expect(byId.get("CLASSIFY")?.parameters[0]?.name).toBe("逾期天数");
    expect(en.find((f) => f.id === "CLASSIFY")?.name).toBe("CLASSIFY");
  });
});
