import * as fs from "fs";
import * as path from "path";
import { CATALOGUE } from "../../../src/core/messages/catalogue";

const DIR = path.join(__dirname, "../../../src/core/messages");

/** Every table file merged into the catalogue, as module → exported table. */
function tables(): [string, Record<string, { "zh-CN": string; "en-US": string }>][] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith("-messages.ts"))
    .map((f) => {
      const mod = require(path.join(DIR, f)) as Record<string, unknown>;
      const table = Object.values(mod).find((v) => typeof v === "object" && v !== null) as Record<
        string,
        { "zh-CN": string; "en-US": string }
      >;
      return [f, table];
    });
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogue", () => {
  it("merges every table, and no two tables share an id", () => {
    const seen = new Map<string, string>();
    for (const [file, table] of tables()) {
      for (const id of Object.keys(table)) {
        expect(seen.get(id) ?? file).toBe(file);
        seen.set(id, file);
        expect(CATALOGUE).toHaveProperty([id]);
      }
    }
  });

  it.each(Object.entries(CATALOGUE))("%s exists in zh-CN and en-US with the same placeholders", (_id, text) => {
    expect(text["zh-CN"].length).toBeGreaterThan(0);
    expect(text["en-US"].length).toBeGreaterThan(0);
    expect(placeholders(text["en-US"])).toEqual(placeholders(text["zh-CN"]));
  });
});
