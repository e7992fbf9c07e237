import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FEATURES } from "./support/features";

const USECASES = join(__dirname, "../../src/usecases");
/** Declares the port or re-exports; writes nothing itself. */
const NOT_WRITERS = new Set(["workbook-port.ts", "index.ts"]);

/** The use-case files that change a workbook: they write sheets or formats through the port. */
function writers(): string[] {
  return readdirSync(USECASES)
    .filter((f) => f.endsWith(".ts") && !NOT_WRITERS.has(f))
    .filter((f) =>
      /\bwriteOwnedSheet\(|\.writeSheet\(|\.writeFormats\(|\.deleteSheet\(/.test(
        readFileSync(join(USECASES, f), "utf8"),
      ),
    )
    .sort();
}

describe("the commands the robustness tests run", () => {
  it("finds the use cases that write", () => {
    expect(writers()).toEqual(expect.arrayContaining(["write-check-results.ts", "marks.ts", "owned-sheets.ts"]));
  });

  // A new command that writes to the workbook must be run by text-stays-text and values-never-change too.
  it.each(writers())("include every use case that writes to a workbook: %s", (file) => {
    const covered = FEATURES.flatMap((f) => f.sources);
    if (!covered.includes(file)) {
      throw new Error(
        `src/usecases/${file} writes to workbooks: add it as a step to test/robustness/support/features.ts`,
      );
    }
  });
});
