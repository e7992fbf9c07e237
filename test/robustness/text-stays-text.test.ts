import type { WorkbookSeed } from "../../src/adapters/memory/memory-seed";
import type { CellValue } from "../../src/core/values/cell-value";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { cleanLoan, HEADER } from "../fixtures/hostile/hostile-case";
import { BENCHES, runFeatures, type HeldWorkbook } from "./support/benches";
import { FEATURES, type RunContext } from "./support/features";

/**
 * Text copied from a ledger into the sheets the add-in writes stays text,
 * whatever it begins with: "=", "+", "-", "@", a tab or a carriage return.
 * Excel reads such a value typed into a cell as a formula (=HYPERLINK to
 * anywhere, =WEBSERVICE …), so a customer name crafted that way must never
 * become one — in the memory workbook, inside Excel (the stand-in types
 * "=…" as a formula unless the cell is formatted "@", as Excel does), and
 * in the .xlsx files the command line writes, opened again.
 */

function day(y: number, m: number, d: number): Day {
  const v = dayFromYmd(y, m, d);
  if (v === null) throw new Error("bad date");
  return v;
}

const CTX: RunContext = { sheet: "贷款台账", asOf: day(2026, 11, 30), today: day(2026, 12, 1) };

/** Every prefix Excel would read as the start of a formula (or that hides one behind whitespace). */
const HOSTILE = [
  { customer: '=HYPERLINK("http://x.invalid","注入C1")', key: "=注入K1", signal: "=注入S1" },
  { customer: "+注入C2", key: "+注入K2", signal: "+注入S2" },
  { customer: "-注入C3", key: "-注入K3", signal: "-注入S3" },
  { customer: "@注入C4", key: "@注入K4", signal: "@注入S4" },
  { customer: "\t=注入C5", key: "\t=注入K5", signal: "\t=注入S5" },
  { customer: "\r=注入C6", key: "\r=注入K6", signal: "\r=注入S6" },
] as const;

/** A branch name that becomes part of sheet names, links and formulas: both quote characters in it. */
const BRANCH = `+注入'B"`;

/** A ledger of clean loans and the hostile ones, each overdue for inspection, maturing next month, with a 预警信号. */
function seed(): WorkbookSeed {
  const header: CellValue[] = [...HEADER, "预警信号", "预警级别"];
  const rows: CellValue[][] = [header];
  HOSTILE.forEach((h, i) => {
    const loan = cleanLoan(i + 1, {
      机构名称: i < 3 ? BRANCH : "城关支行",
      客户名称: h.customer,
      借据号: h.key,
      管户客户经理: i === 0 ? "@注入O1" : "李四",
      到期日期: "2026-12-20",
      最近一次检查日期: "2026-05-01",
    });
    rows.push([...loan, h.signal, "红色"]);
  });
  for (let n = 7; n <= 10; n++) rows.push([...cleanLoan(n), null, null]);
  return { sheets: [{ name: CTX.sheet, values: rows }] };
}

/** Every literal text (not a formula, or a link's text) holding a 注入 token, in the sheets a feature writes. */
function literals(held: HeldWorkbook, only: (sheet: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const [sheet, cells] of held) {
    if (!only(sheet)) continue;
    for (const c of cells) {
      // A link written as =HYPERLINK("#…","text") shows its text as a constant of the formula (checked below).
      const shown = c.formula === null || c.formula.startsWith("=HYPERLINK(");
      if (shown && typeof c.value === "string" && c.value.includes("注入")) out.add(c.value);
    }
  }
  return out;
}

/**
 * A formula with its quoted parts taken out: sheet names ('评分依据-+注入B'!)
 * and string constants ("<>是"). Text from the ledger may appear there, as
 * data; anywhere else it would be code.
 */
function unquoted(formula: string): string {
  return formula.replace(/'(?:[^']|'')*'!/g, "").replace(/"(?:[^"]|"")*"/g, "");
}

const customers = HOSTILE.map((h) => h.customer.trim());
const keys = HOSTILE.map((h) => h.key.trim());
const signals = HOSTILE.map((h) => h.signal.trim());

/** What each feature copies from the hostile rows, exactly as it must read in the sheets it writes. */
const COPIED: Readonly<Record<string, readonly string[]>> = {
  台账检查: [...customers, ...keys],
  检查评分: [...customers, ...keys],
  风险预警: [...customers, ...keys, ...signals, "@注入O1", BRANCH],
  预警状态: [...customers, ...keys, ...signals, "@注入O1", BRANCH],
  到期提示: [...customers, ...keys, "@注入O1", BRANCH],
  目标责任书: ["@注入O1"],
};

function copiedBy(featureName: string): readonly string[] {
  const entry = Object.entries(COPIED).find(([prefix]) => featureName.startsWith(prefix));
  if (entry === undefined) throw new Error(`say what "${featureName}" copies from a ledger in COPIED`);
  return entry[1];
}

describe.each(BENCHES)("text copied from a ledger, on %s", (bench) => {
  let held: HeldWorkbook;
  beforeAll(async () => {
    held = await runFeatures(bench, seed(), CTX);
  }, 300_000);

  it("never becomes a formula in any sheet the add-in wrote", () => {
    for (const [sheet, cells] of held) {
      if (sheet === CTX.sheet) continue;
      for (const c of cells) {
        if (c.formula !== null && unquoted(c.formula).includes("注入")) {
          throw new Error(`${sheet}!${c.address} holds ledger text as a formula: ${c.formula}`);
        }
      }
    }
  });

  it.each(FEATURES.map((f) => [f.name, f] as const))("%s: writes what it copied as literal text", (_name, feature) => {
    const found = literals(held, feature.copiesInto);
    const missing = copiedBy(feature.name).filter((text) => !found.has(text));
    if (missing.length > 0) {
      throw new Error(`not written as literal text: ${JSON.stringify(missing)}; found ${JSON.stringify([...found])}`);
    }
  });
});
