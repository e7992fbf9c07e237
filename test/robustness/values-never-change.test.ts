import type { WorkbookSeed } from "../../src/adapters/memory/memory-seed";
import { dayFromYmd, type Day } from "../../src/core/values/day";
import { WARNING_LEDGER_SHEET, warningLedgerValues } from "../support/warning-ledger";
import { BENCHES, runFeatures, type HeldCell, type HeldWorkbook } from "./support/benches";
import { FEATURES, type RunContext } from "./support/features";

/**
 * No command ever changes a value the user typed, and no sheet the add-in
 * writes takes the place of one it did not create. Every command that exists
 * runs, one after the other, on a realistic workbook — a ledger with title
 * rows, a 统计日期 line, a 合计 row and customers named like formulas, the
 * user's own notes with formulas, a hidden sheet, and sheets of the user's
 * that carry the very names the add-in writes (检查结果, 预警登记簿,
 * 到期提示汇总, 评分汇总, 考核汇总) — and afterwards every value and formula of
 * every sheet that was there before is what it was. Then everything runs a
 * second time, as users do every month.
 */

function day(y: number, m: number, d: number): Day {
  const v = dayFromYmd(y, m, d);
  if (v === null) throw new Error("bad date");
  return v;
}

/** Late in the year, so that a loan of the ledger matures next month and gets a notice. */
const CTX: RunContext = { sheet: WARNING_LEDGER_SHEET, asOf: day(2026, 12, 15), today: day(2026, 12, 16) };

/** The user's sheets under names the add-in would like to use for its own. */
const CLASHING = ["检查结果", "预警登记簿", "到期提示汇总", "评分汇总", "考核汇总"];

function seed(): WorkbookSeed {
  return {
    sheets: [
      {
        name: "填表说明",
        values: [["本台账按月更新，金额单位为万元。"], ["贷款余额合计", null], ["填表人", "张会计"]],
        formulas: { B2: { formula: `=SUM('${WARNING_LEDGER_SHEET}'!L4:L9)`, result: 194.95 } },
      },
      { name: WARNING_LEDGER_SHEET, values: warningLedgerValues() },
      ...CLASHING.map((name, i) => ({
        name,
        values: [
          [`${name}（我自己的表）`, null],
          ["序号", "内容"],
          [1, `第${i + 1}张我自己的表，不要动`],
          [2, "=不是公式"],
        ],
        formulas: { B5: { formula: "=1+1", result: 2 } },
      })),
      { name: "历史数据", values: [["2025年台账备份"], ["JJ0001", 100]], hidden: true },
    ],
  };
}

function byAddress(cells: readonly HeldCell[]): Record<string, { value: unknown; formula: string | null }> {
  const out: Record<string, { value: unknown; formula: string | null }> = {};
  for (const c of cells) out[c.address] = { value: c.value, formula: c.formula };
  return out;
}

describe.each(BENCHES)("every command on a realistic workbook, on %s", (bench) => {
  let before: HeldWorkbook;
  let after: HeldWorkbook;
  beforeAll(async () => {
    before = await runFeatures(bench, seed(), CTX, []);
    // Twice: a second run replaces the add-in's own sheets, and must still leave the user's alone.
    after = await runFeatures(bench, seed(), CTX, [...FEATURES, ...FEATURES]);
  }, 300_000);

  it("keeps every sheet the user had, under its own name", () => {
    for (const name of before.keys()) expect([...after.keys()]).toContain(name);
  });

  it.each(seed().sheets.map((s) => s.name))("leaves every value and formula of %s as it was", (name) => {
    expect(byAddress(after.get(name) ?? [])).toEqual(byAddress(before.get(name) ?? []));
  });

  it("wrote its own sheets next to the user's, under other names", () => {
    const added = [...after.keys()].filter((n) => !before.has(n));
    const silent = FEATURES.filter((f) => !added.some(f.copiesInto)).map((f) => f.name);
    if (silent.length > 0) throw new Error(`no sheet written by ${silent.join(", ")}; added: ${added.join(", ")}`);
    expect(added).toEqual(expect.arrayContaining(CLASHING.map((name) => `${name}(2)`)));
    expect(added.some((n) => n.startsWith("到期提示-"))).toBe(true);
  });
});
