import { RULE_IDS, type Finding } from "../../../src/core/findings/finding";
import { checkLedger } from "../../../src/core/ledger/check-ledger";
import { readLedger } from "../../../src/core/ledger/read-ledger";
import { dayFromYmd, type Day } from "../../../src/core/values/day";
import { DEMO_BRANCHES, demoLedger, type DemoLedger } from "../../../src/preview/demo/demo-ledger";

const AS_OF = dayFromYmd(2026, 10, 31) as Day;

function check(ledger: DemoLedger, asOf = AS_OF): Finding[] {
  const read = readLedger(ledger.values, { sheet: "台账" });
  if (!read.ok) throw new Error(read.message);
  return checkLedger(read.ledger, { asOf }).findings;
}

describe("demoLedger", () => {
  const ledger = demoLedger({ loans: 2000, asOf: AS_OF });
  const findings = check(ledger);

  it("is the same sheet for the same seed and a different one for another seed", () => {
    expect(demoLedger({ loans: 300, asOf: AS_OF, seed: 7 }).values).toEqual(
      demoLedger({ loans: 300, asOf: AS_OF, seed: 7 }).values,
    );
    expect(demoLedger({ loans: 300, asOf: AS_OF, seed: 8 }).values).not.toEqual(
      demoLedger({ loans: 300, asOf: AS_OF, seed: 7 }).values,
    );
  });

  it("holds the requested number of loans across the five branches, each closed by a 小计 row", () => {
    expect(ledger.dataRows).toBe(2000);
    const branchColumn = 1;
    const loansPerBranch = new Map<string, number>();
    for (let r = ledger.headerRow; r < ledger.values.length; r++) {
      const row = ledger.values[r] ?? [];
      if (typeof row[0] === "number") {
        const b = String(row[branchColumn]);
        loansPerBranch.set(b, (loansPerBranch.get(b) ?? 0) + 1);
      }
    }
    expect([...loansPerBranch.keys()]).toEqual(DEMO_BRANCHES);
    expect(ledger.totalRows).toHaveLength(DEMO_BRANCHES.length + 1);
    expect(ledger.values[(ledger.totalRows.at(-1) ?? 0) - 1]?.[0]).toBe("合计");
    for (const r of ledger.totalRows.slice(0, -1)) expect(ledger.values[r - 1]?.[0]).toBe("小计");
  });

  it("has merged title rows, a 统计日期 line and a header with line breaks and full-width brackets", () => {
    expect(ledger.merges[0]).toMatch(/^A1:[A-Z]+1$/);
    expect(String(ledger.values[1]?.[0])).toContain("统计日期：2026年10月31日");
    const header = ledger.values[ledger.headerRow - 1] ?? [];
    expect(header.length).toBeGreaterThanOrEqual(30);
    expect(header.some((h) => typeof h === "string" && h.includes("\n"))).toBe(true);
    expect(header.some((h) => typeof h === "string" && h.includes("（万元）"))).toBe(true);
  });

  it("writes dates as serials and as text in several forms, and some amounts as text", () => {
    const disbursed = (ledger.values.slice(ledger.headerRow) ?? []).map((r) => r[12]).filter((v) => v !== null);
    const texts = disbursed.filter((v): v is string => typeof v === "string");
    expect(disbursed.some((v) => typeof v === "number")).toBe(true);
    for (const form of [
      /^\d{4}-\d{2}-\d{2}$/,
      /^\d{4}\/\d{1,2}\/\d{1,2}$/,
      /^\d{4}年\d{1,2}月\d{1,2}日$/,
      /^\d{4}\.\d{2}\.\d{2}$/,
    ]) {
      expect(texts.some((t) => form.test(t))).toBe(true);
    }
    expect(texts.some((t) => /[０-９]/.test(t))).toBe(true);
    const amounts = ledger.values.slice(ledger.headerRow).map((r) => r[10]);
    expect(amounts.some((v) => typeof v === "string" && /^\d+\.\d\d$/.test(v))).toBe(true);
  });

  it("plants defects on about 8% of loans, covering every rule id about a loan's values", () => {
    const rowDefects = ledger.planted.filter((p) => p.rule !== "header-missing");
    expect(rowDefects.length / ledger.dataRows).toBeGreaterThan(0.06);
    expect(rowDefects.length / ledger.dataRows).toBeLessThan(0.1);
    // Merged cells and a repeated header are a sheet's layout, not a defect a loan can carry; the demo has neither.
    const layoutRules = new Set<string>(["merged-cells", "header-repeated"]);
    expect(new Set(ledger.planted.map((p) => p.rule))).toEqual(new Set(RULE_IDS.filter((r) => !layoutRules.has(r))));
  });

  it("every planted defect is found by the ledger check, at its cell", () => {
    const found = new Set(findings.map((f) => `${f.rule}@${f.cell ?? `row${f.row}`}`));
    const missed = ledger.planted.map((p) => `${p.rule}@${p.cell ?? `row${p.row}`}`).filter((key) => !found.has(key));
    expect(missed).toEqual([]);
  });

  it("reports no error or warning on rows without a planted defect", () => {
    const plantedRows = new Set(ledger.planted.map((p) => p.row));
    const stray = findings.filter((f) => f.severity !== "info" && !plantedRows.has(f.row));
    expect(stray.map((f) => `${f.rule} ${f.cell}: ${f.message}`)).toEqual([]);
  });

  it.each([
    [20, 1],
    [500, 3],
  ])("works for small ledgers too (%i loans, seed %i)", (loans, seed) => {
    const small = demoLedger({ loans, seed, asOf: AS_OF });
    expect(small.dataRows).toBe(loans);
    const found = new Set(check(small).map((f) => `${f.rule}@${f.cell ?? `row${f.row}`}`));
    for (const p of small.planted) expect(found).toContain(`${p.rule}@${p.cell ?? `row${p.row}`}`);
  });

  it("takes other branch names", () => {
    const other = demoLedger({ loans: 50, branches: ["甲支行", "乙支行"], asOf: AS_OF });
    const names = new Set(
      other.values
        .slice(other.headerRow)
        .map((r) => r[1])
        .filter((v) => v !== null),
    );
    expect(names).toEqual(new Set(["甲支行", "乙支行"]));
  });
});
