import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { SeedSheet } from "../../src/adapters/memory/memory-seed";
import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings/defaults";
import type { CellValue } from "../../src/core/values/cell-value";
import { ProblemError } from "../../src/usecases/problem";
import { loadStore, mappingFor, saveStore, STORE_SHEET } from "../../src/usecases/settings-store";
import { snapshotSheet } from "./support/ledger-workbook";

function storeSheet(rows: CellValue[][], over: Partial<SeedSheet> = {}): SeedSheet {
  return { name: STORE_SHEET, hidden: true, values: [["键", "值"], ...rows], ...over };
}

function bookWith(rows: CellValue[][], over: Partial<SeedSheet> = {}): MemoryWorkbook {
  return MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["x"]] }, storeSheet(rows, over)] });
}

const changed: Settings = {
  ...DEFAULT_SETTINGS,
  inspection: { ...DEFAULT_SETTINGS.inspection, normalIntervalDays: 60 },
  maturity: { window: "next-30-days" },
  provision: { ...DEFAULT_SETTINGS.provision, "2012": [0.01, 0.03, 0.3, 0.6, 1] },
};

describe("loadStore", () => {
  it("gives the defaults and no problems for a workbook the add-in never wrote to", async () => {
    const store = await loadStore(MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["x"]] }] }));
    expect(store).toMatchObject({ settings: DEFAULT_SETTINGS, mappings: {}, owned: [], problems: [] });
  });

  it("reads back what saveStore wrote: settings, mappings and owned sheets", async () => {
    const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["x"]] }] });
    await saveStore(book, { settings: changed });
    await saveStore(book, { mappings: { 台账: { customer: 2, officer: null } } });
    await saveStore(book, { owned: ["检查结果", { name: "检查结果(2)", a1: "台账检查结果" }] });
    const store = await loadStore(book);
    expect(store.settings).toEqual(changed);
    expect(store.mappings).toEqual({ 台账: { customer: 2, officer: null } });
    expect(store.owned).toEqual(["检查结果", "检查结果(2)"]);
    expect(store.problems).toEqual([]);
  });

  it("keeps the store in a hidden sheet of 键 | 值 rows holding only what differs from the defaults", async () => {
    const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["x"]] }] });
    await saveStore(book, { settings: changed });
    expect(book.sheet(STORE_SHEET).visibility).toBe("hidden");
    const rows = book.snapshotValues(STORE_SHEET);
    expect(rows[0]).toEqual(["键", "值"]);
    expect(rows.map((r) => r[0])).toEqual([
      "键",
      "format",
      "settings:inspection.normalIntervalDays",
      "settings:provision.2012",
      "settings:maturity.window",
      "owned",
    ]);
    expect(rows.find((r) => r[0] === "settings:maturity.window")?.[1]).toBe('"next-30-days"');
  });

  it("reads values a user typed by hand without JSON quotes", async () => {
    const store = await loadStore(
      bookWith([
        ["settings:inspection.normalIntervalDays", 45],
        ["settings:maturity.window", "next-30-days"],
      ]),
    );
    expect(store.settings.inspection.normalIntervalDays).toBe(45);
    expect(store.settings.maturity.window).toBe("next-30-days");
    expect(store.problems).toEqual([]);
  });

  it.each([
    ["garbage JSON in a mapping", ["mapping:台账", "{customer: 2"], "台账"],
    ["a mapping that is not an object", ["mapping:台账", "[1,2]"], "mapping:台账"],
    ["an unknown column key in a mapping", ["mapping:台账", '{"nobody":3}'], "nobody"],
    ["a negative column in a mapping", ["mapping:台账", '{"customer":-1}'], "customer"],
    ["a negative inspection interval", ["settings:inspection.normalIntervalDays", "-5"], "正常类检查间隔"],
    ["a number of days as text", ["settings:inspection.watchIntervalDays", '"thirty"'], "关注及不良类检查间隔"],
    ["a fractional number of days", ["settings:inspection.firstInspectionDays", "7.5"], "首次检查期限"],
    ["garbage JSON in a setting", ["settings:classification.lossAfterDays", "{{{"], "逾期超过几天为损失"],
    ["an unknown window", ["settings:maturity.window", '"next-year"'], "到期提示范围"],
    ["a short provision list", ["settings:provision.2002", "[0, 0.02]"], "计提比例"],
    ["an unknown setting", ["settings:inspection.intervalDays", "30"], "inspection.intervalDays"],
    ["an unknown key", ["colour", '"red"'], "colour"],
    ["an owned list of numbers", ["owned", "[42]"], "42"],
    ["an owned list that is not JSON", ["owned", "检查结果"], "owned"],
  ] as const)("reports %s with a clear message and uses the default", async (_, row, named) => {
    const store = await loadStore(bookWith([[...row], ["settings:scoring.penaltyAmount", "500"]]));
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]).toMatchObject({ code: "settings-invalid" });
    expect(store.problems[0]?.message).toContain(named);
    expect(store.problems[0]?.hint).toContain(STORE_SHEET);
    // The good entry beside the bad one still counts.
    expect(store.settings.scoring.penaltyAmount).toBe(500);
    expect(store.settings.inspection).toEqual(DEFAULT_SETTINGS.inspection);
    expect(store.settings.classification).toEqual(DEFAULT_SETTINGS.classification);
    expect(store.settings.maturity).toEqual(DEFAULT_SETTINGS.maturity);
  });

  it("reports tiers out of order and uses their defaults", async () => {
    const store = await loadStore(bookWith([["settings:classification.substandardAfterDays", "400"]]));
    expect(store.settings.classification).toEqual(DEFAULT_SETTINGS.classification);
    expect(store.problems.map((p) => p.message)).toEqual([expect.stringContaining("从小到大")]);
  });

  it("never lets a key such as __proto__ reach an object's prototype", async () => {
    const store = await loadStore(
      bookWith([
        ["settings:__proto__.polluted", "1"],
        ["mapping:__proto__", '{"polluted": 1}'],
      ]),
    );
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(store.problems.length).toBeGreaterThan(0);
  });

  it("treats a sheet of that name with another header as the user's: defaults and a problem", async () => {
    const book = MemoryWorkbook.from({
      sheets: [
        {
          name: STORE_SHEET,
          values: [
            ["项目", "说明"],
            ["settings:inspection.normalIntervalDays", "1"],
          ],
        },
      ],
    });
    const store = await loadStore(book);
    expect(store.settings).toEqual(DEFAULT_SETTINGS);
    expect(store.problems).toEqual([expect.objectContaining({ code: "settings-invalid" })]);
    expect(store.problems[0]?.message).toContain("不是贷后助手创建的");
  });

  it("gives its messages in English when asked", async () => {
    const store = await loadStore(bookWith([["settings:inspection.normalIntervalDays", "-5"]]), { locale: "en-US" });
    expect(store.problems[0]?.message).toMatch(/^Setting /);
  });
});

describe("saveStore", () => {
  it("replaces only what the patch names", async () => {
    const book = bookWith([
      ["mapping:台账", '{"customer":2}'],
      ["mapping:二季度", '{"loanNo":5}'],
      ["settings:inspection.normalIntervalDays", "60"],
    ]);
    await saveStore(book, { mappings: { 台账: { customer: 3 }, 二季度: null } });
    const store = await loadStore(book);
    expect(store.mappings).toEqual({ 台账: { customer: 3 } });
    expect(store.settings.inspection.normalIntervalDays).toBe(60);
  });

  it("replaces a sheet's mapping whatever the case of its name", async () => {
    const book = bookWith([["mapping:Ledger", '{"customer":2}']]);
    await saveStore(book, { mappings: { LEDGER: { customer: 4 } } });
    const store = await loadStore(book);
    expect(Object.keys(store.mappings)).toEqual(["LEDGER"]);
    expect(mappingFor(store, "ledger")).toEqual({ customer: 4 });
  });

  it("drops tampered entries when it rewrites the store, so their problems do not come back", async () => {
    const book = bookWith([["settings:inspection.normalIntervalDays", "-5"]]);
    await saveStore(book, { owned: [] });
    expect((await loadStore(book)).problems).toEqual([]);
  });

  it("never writes settings that would be rejected when read back", async () => {
    const book = MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["x"]] }] });
    const bad = { ...DEFAULT_SETTINGS, inspection: { ...DEFAULT_SETTINGS.inspection, watchIntervalDays: -1 } };
    await saveStore(book, { settings: bad });
    const store = await loadStore(book);
    expect(store.problems).toEqual([]);
    expect(store.settings.inspection.watchIntervalDays).toBe(DEFAULT_SETTINGS.inspection.watchIntervalDays);
  });

  it("refuses to write over a sheet of that name that the add-in did not create", async () => {
    const book = MemoryWorkbook.from({ sheets: [{ name: STORE_SHEET, values: [["我的笔记"], ["不要删"]] }] });
    const before = snapshotSheet(book, STORE_SHEET);
    const error = await saveStore(book, { settings: changed }).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("settings-invalid");
    expect(snapshotSheet(book, STORE_SHEET)).toEqual(before);
  });

  it("gives a protected problem when the store sheet is protected", async () => {
    const book = bookWith([], { protected: true });
    const error = await saveStore(book, { settings: changed }).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("protected");
  });
});
