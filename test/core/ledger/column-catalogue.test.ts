import { COLUMN_CATALOGUE, columnLabel } from "../../../src/core/ledger/column-catalogue";
import { normalizeHeader } from "../../../src/core/ledger/header-match";
import { COLUMN_KEYS, type ColumnKey } from "../../../src/core/ledger/ledger-types";

const REQUIRED: ColumnKey[] = ["customer", "loanNo", "amount", "balance", "disbursed", "maturity", "class", "officer"];
const RECOMMENDED: ColumnKey[] = [
  "branch",
  "idNumber",
  "contractNo",
  "product",
  "guarantee",
  "rate",
  "overdueDays",
  "firstInspection",
  "lastInspection",
  "inspectionMethod",
  "disposal",
];

describe("COLUMN_CATALOGUE", () => {
  it("has a spec with a label in both languages for every column key", () => {
    expect(Object.keys(COLUMN_CATALOGUE).sort()).toEqual([...COLUMN_KEYS].sort());
    for (const key of COLUMN_KEYS) {
      expect(COLUMN_CATALOGUE[key].label).not.toBe("");
      expect(COLUMN_CATALOGUE[key].labelEn).not.toBe("");
    }
  });

  it("requires the ★ minimum of rules.md §5 and recommends the usual columns", () => {
    const by = (r: string): ColumnKey[] => COLUMN_KEYS.filter((k) => COLUMN_CATALOGUE[k].requirement === r);
    expect(by("required").sort()).toEqual([...REQUIRED].sort());
    expect(by("recommended").sort()).toEqual([...RECOMMENDED].sort());
  });

  it.each<[ColumnKey, string]>([
    ["disbursed", "date"],
    ["maturity", "date"],
    ["firstInspection", "date"],
    ["lastInspection", "date"],
    ["amount", "number"],
    ["balance", "number"],
    ["termMonths", "number"],
    ["rate", "number"],
    ["overdueDays", "number"],
    ["overduePrincipal", "number"],
    ["overdueInterest", "number"],
    ["ecl", "number"],
    ["class", "class"],
    ["guarantee", "guarantee"],
    ["inspectionMethod", "inspectionMethod"],
    ["disposal", "disposal"],
    ["idNumber", "id"],
    ["customer", "text"],
    ["loanNo", "text"],
    ["officer", "text"],
    ["remark", "text"],
  ])("reads %s as %s", (key, kind) => {
    expect(COLUMN_CATALOGUE[key].kind).toBe(kind);
  });

  it("never gives two columns the same header (after normalisation)", () => {
    const owner = new Map<string, ColumnKey>();
    const clashes: string[] = [];
    for (const key of COLUMN_KEYS) {
      const spec = COLUMN_CATALOGUE[key];
      for (const term of new Set([spec.label, ...spec.synonyms].map(normalizeHeader))) {
        const other = owner.get(term);
        if (other !== undefined && other !== key) clashes.push(`${term}: ${other} / ${key}`);
        owner.set(term, key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("knows the synonyms real ledgers use", () => {
    expect(COLUMN_CATALOGUE.customer.synonyms).toEqual(expect.arrayContaining(["借款人", "借款人名称", "户名"]));
    expect(COLUMN_CATALOGUE.loanNo.synonyms).toContain("借据编号");
    expect(COLUMN_CATALOGUE.lastInspection.synonyms).toEqual(
      expect.arrayContaining(["最近一次检查日期", "上次检查日期"]),
    );
  });
});

describe("columnLabel", () => {
  it.each<[ColumnKey, "zh-CN" | "en-US", string]>([
    ["customer", "zh-CN", "客户名称"],
    ["customer", "en-US", "Customer"],
    ["loanNo", "zh-CN", "借据号"],
    ["balance", "en-US", "Balance"],
  ])("names %s in %s as %s", (key, locale, label) => {
    expect(columnLabel(key, locale)).toBe(label);
  });
});
