/**
 * Loads the BUILT functions.js the way Excel's runtime does — as a script
 * whose `CustomFunctions.associate` calls register each function — and checks
 * that every function in the built functions.json is registered and answers.
 * `npm test` builds before running jest.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { runInNewContext } from "vm";
import { makeStandInRuntime, shown } from "../support/custom-functions-stand-in";
import { FUNCTION_CASES } from "./cases";

const DIST = join(__dirname, "../../dist");

function loadBundle() {
  const file = join(DIST, "functions.js");
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  const runtime = makeStandInRuntime();
  const sandbox: Record<string, unknown> = { CustomFunctions: runtime.CustomFunctions, console };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  runInNewContext(readFileSync(file, "utf8"), sandbox, { filename: "functions.js" });
  return runtime;
}

interface Metadata {
  functions: {
    id: string;
    name: string;
    parameters: { name: string; optional?: boolean; dimensionality?: string }[];
  }[];
}

describe("built functions bundle", () => {
  const runtime = loadBundle();
  const metadata = JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")) as Metadata;

  it("lists all 20 functions in functions.json", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(
      [
        "AMOUNT_CN",
        "ATTAIN",
        "CLASSIFY",
        "CLASSIFY_REASON",
        "CLASS_CHECK",
        "DEVIATION",
        "DUE_NEXT_MONTH",
        "EXTENSION_LIMIT",
        "GRADE",
        "ID_VALID",
        "IS_NPL",
        "NEXT_CHECK",
        "NPL_RATIO",
        "OVERDUE_DAYS",
        "OWNER_DEPT",
        "PENALTY",
        "PROVISION",
        "SCORE",
        "TARGET_SCORE",
        "TIER",
      ].sort(),
    );
  });

  it.each([
    ["the pane's", "pane.check.intro"],
    ["the command line's", "cli.error.internal"],
    ["the warning forms'", "warning.form.section.measures"],
  ] as const)(
    "carries none of %s messages (Excel loads functions.js for every workbook with a DH formula)",
    async (_, id) => {
      const { CATALOGUE } = await import("../../src/core/messages/catalogue");
      const text = (CATALOGUE as Record<string, { "zh-CN": string } | undefined>)[id]?.["zh-CN"];
      expect(text).toBeDefined();
      expect(readFileSync(join(DIST, "functions.js"), "utf8")).not.toContain(text);
    },
  );

  it("registers every function listed in functions.json, and nothing else", () => {
    expect([...runtime.registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  });

  it("describes each parameter as in the contract", () => {
    const params = (id: string) =>
      metadata.functions.find((f) => f.id === id)?.parameters.map((p) => p.name + (p.optional ? "?" : ""));
    expect(params("CLASSIFY")).toEqual(["overdue_days", "asset_type?", "conditions?", "ecl_ratio?"]);
    expect(params("CLASS_CHECK")).toEqual([
      "recorded_class",
      "overdue_days",
      "asset_type?",
      "conditions?",
      "ecl_ratio?",
    ]);
    expect(params("DEVIATION")).toEqual(["overdue_days", "classes", "balances"]);
    expect(params("TARGET_SCORE")).toEqual(["actuals", "targets", "weights", "cap?"]);
  });

  it.each(FUNCTION_CASES.map((c) => [c.id, c.title, c] as const))("%s %s", (id, _title, c) => {
    const fn = runtime.registered.get(id);
    expect(typeof fn).toBe("function"); // from the bundle's own realm, so not instanceof this realm's Function
    expect(shown((fn as (...a: unknown[]) => unknown)(...c.args))).toEqual(c.expected);
  });
});
