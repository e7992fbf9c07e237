import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { checkLedgerSheet, MAX_CHECK_CELLS, type CheckLedgerOutcome } from "../../src/usecases/check-ledger-sheet";
import { CELLS_PER_READ } from "../../src/usecases/read-sheet-values";
import { loadStore, saveStore, STORE_SHEET } from "../../src/usecases/settings-store";
import type { WorkbookPort } from "../../src/usecases/workbook-port";
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import {
  BLANK_ROW,
  CLEAN_ROWS,
  DEFECTS,
  HEADER_ROW,
  LEDGER,
  STATED_AS_OF,
  TODAY,
  TOTAL_ROW,
  cellOf,
  day,
  ledgerSheet,
  ledgerValues,
  recordingPort,
  snapshotSheet,
  workbookWith,
} from "./support/ledger-workbook";

type Checked = Extract<CheckLedgerOutcome, { ok: true }>;

function checked(outcome: CheckLedgerOutcome): Checked {
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.problem)}`);
  return outcome;
}

const notes = { sheets: [{ name: "说明", values: [["本工作簿为城关支行 2026 年 11 月贷后台账"], ["联系人：李四"]] }] };

describe("checkLedgerSheet", () => {
  it("checks a realistic ledger end to end: every planted defect where it is, nothing on clean rows", async () => {
    const book = workbookWith(ledgerSheet());
    const out = checked(await checkLedgerSheet(book, { sheet: LEDGER, today: TODAY }));

    expect(out.sheet).toBe(LEDGER);
    expect(out.ledger.layout.headerRow).toBe(HEADER_ROW);
    const found = out.result.findings.map((f) => ({ rule: f.rule, cell: f.cell }));
    for (const [rule, { cell }] of Object.entries(DEFECTS)) expect(found).toContainEqual({ rule, cell });
    const cleanFindings = out.result.findings.filter((f) => (CLEAN_ROWS as readonly number[]).includes(f.row));
    expect(cleanFindings).toEqual([]);
    expect(out.result.findings.some((f) => f.row === BLANK_ROW || f.row === TOTAL_ROW)).toBe(false);
    expect(out.result.summary).toMatchObject({ dataRows: 6, blankRows: 1, totalRows: 1, verdict: "errors" });
    expect(out.notices).toEqual([]);
  });

  it("reads the 借据号 and customer of a finding's row from the synonyms 借据编号 and 借款人", async () => {
    const out = checked(await checkLedgerSheet(workbookWith(ledgerSheet()), { today: TODAY }));
    const balance = out.result.findings.find((f) => f.rule === "balance-exceeds-amount");
    expect(balance?.key).toBe("JJ20250003");
  });

  it.each([
    ["explicit", { asOf: day("2026-10-31") }, true, day("2026-10-31")],
    ["explicit", { asOf: day("2026-10-31") }, false, day("2026-10-31")],
    ["sheet", { asOf: null }, true, STATED_AS_OF],
    ["sheet", {}, true, STATED_AS_OF],
    ["today", { asOf: null }, false, TODAY],
    ["today", {}, false, TODAY],
  ] as const)(
    "takes the as-of date from %s (request %j, 统计日期 line: %s)",
    async (source, request, stated, expected) => {
      const book = workbookWith(ledgerSheet({ values: ledgerValues({ statedAsOf: stated }) }));
      const out = checked(await checkLedgerSheet(book, { ...request, today: TODAY }));
      expect(out.asOfSource).toBe(source);
      expect(out.asOf).toBe(expected);
      expect(out.result.summary.asOf).toBe(new Date(expected * 86_400_000).toISOString().slice(0, 10));
    },
  );

  describe("choosing the sheet", () => {
    it("checks the active sheet when it is a ledger", async () => {
      const book = workbookWith(ledgerSheet(), ledgerSheet({ name: "二季度台账" }), ...notes.sheets);
      book.setSelection("二季度台账", "B7");
      expect(checked(await checkLedgerSheet(book, { today: TODAY })).sheet).toBe("二季度台账");
    });

    it("checks the best ledger when the active sheet is not one", async () => {
      const book = workbookWith(...notes.sheets, ledgerSheet());
      book.setSelection("说明", "A1");
      expect(checked(await checkLedgerSheet(book, { today: TODAY })).sheet).toBe(LEDGER);
    });

    it("finds the named sheet without regard to case, as Excel does", async () => {
      const book = workbookWith(ledgerSheet({ name: "Ledger" }));
      expect(checked(await checkLedgerSheet(book, { sheet: "LEDGER", today: TODAY })).sheet).toBe("Ledger");
    });

    it("gives sheet-not-found for a sheet that is not there", async () => {
      const out = await checkLedgerSheet(workbookWith(ledgerSheet()), { sheet: "台账2", today: TODAY });
      expect(out).toMatchObject({ ok: false, problem: { code: "sheet-not-found" } });
      if (!out.ok) expect(out.problem.message).toContain("台账2");
    });

    it("gives no-sheet when no sheet looks like a ledger", async () => {
      const out = await checkLedgerSheet(MemoryWorkbook.from(notes), { today: TODAY });
      expect(out).toMatchObject({ ok: false, problem: { code: "no-sheet" } });
      if (!out.ok) expect(out.problem.hint).not.toBe("");
    });

    it.each([
      ["empty-sheet", { name: "空表", values: [] }],
      ["empty-sheet", { name: "空表", values: [[null, "  "], [null]] }],
      ["no-header", { name: "空表", values: [["会议纪要"], ["2026年11月"], ["出席：张三、李四"]] }],
      [
        "no-header",
        {
          name: "空表",
          values: [
            ["姓名", "金额"],
            ["张三", 100],
          ],
        },
      ],
    ] as const)("gives %s for %j", async (code, sheet) => {
      const out = await checkLedgerSheet(workbookWith(sheet), { sheet: "空表", today: TODAY });
      expect(out).toMatchObject({ ok: false, problem: { code } });
      if (!out.ok) {
        expect(out.problem.message).toContain("空表");
        expect(out.problem.hint).not.toBe("");
      }
    });
  });

  it("changes nothing in the workbook: every value and format of the ledger is the same after the check", async () => {
    const book = workbookWith(ledgerSheet({ fills: { A4: "#00B0F0" }, notes: { C5: "客户经理：待补" } }));
    const before = snapshotSheet(book, LEDGER);
    const sheetsBefore = book.sheetNames();
    checked(await checkLedgerSheet(book, { today: TODAY }));
    expect(snapshotSheet(book, LEDGER)).toEqual(before);
    expect(book.sheetNames()).toEqual(sheetsBefore);
  });

  describe("the column mapping", () => {
    // The user says the sheet has no 借款人 column: the defect on C8 is no longer a missing customer.
    const mapping = { customer: null };

    it("applies and saves a mapping the caller passes, and reuses it on the next check", async () => {
      const book = workbookWith(ledgerSheet());
      const first = checked(await checkLedgerSheet(book, { today: TODAY, mapping }));
      expect(first.ledger.layout.columns.some((b) => b.key === "customer")).toBe(false);
      expect((await loadStore(book)).mappings).toEqual({ [LEDGER]: mapping });

      const next = checked(await checkLedgerSheet(book, { today: TODAY }));
      expect(next.ledger.layout.columns.some((b) => b.key === "customer")).toBe(false);
      expect(next.result.findings.some((f) => f.cell === DEFECTS["required-missing"].cell)).toBe(false);
      expect(next.result.findings).toEqual(first.result.findings);
    });

    it("maps a column the header does not name when the user points at it", async () => {
      const book = workbookWith(ledgerSheet());
      // 备注 (column W) read as the customer: row 8's empty 备注 is now the missing customer.
      const out = checked(await checkLedgerSheet(book, { today: TODAY, mapping: { customer: 22 } }));
      const missing = out.result.findings.filter((f) => f.rule === "required-missing" && f.column === "备注");
      expect(missing.map((f) => f.row)).toEqual([4, 5, 6, 8, 9, 10]);
    });

    it("uses the detected mapping on a sheet that has no saved one", async () => {
      const book = workbookWith(ledgerSheet(), ledgerSheet({ name: "二季度台账" }));
      await checkLedgerSheet(book, { sheet: LEDGER, today: TODAY, mapping });
      const other = checked(await checkLedgerSheet(book, { sheet: "二季度台账", today: TODAY }));
      expect(other.ledger.layout.columns.some((b) => b.key === "customer")).toBe(true);
    });
  });

  it("checks with the settings saved in the workbook", async () => {
    const book = workbookWith(ledgerSheet());
    const inspection = { ...DEFAULT_SETTINGS.inspection, normalIntervalDays: 365 };
    await saveStore(book, { settings: { ...DEFAULT_SETTINGS, inspection } });
    const out = checked(await checkLedgerSheet(book, { today: TODAY }));
    expect(out.result.findings.some((f) => f.rule === "inspection-overdue")).toBe(false);
  });

  it("checks with the defaults when the stored settings were tampered with, and says so", async () => {
    const store = {
      name: STORE_SHEET,
      hidden: true,
      values: [
        ["键", "值"],
        ["settings:inspection.normalIntervalDays", "-30"],
      ],
    };
    const out = checked(await checkLedgerSheet(workbookWith(ledgerSheet(), store), { today: TODAY }));
    expect(out.result.findings.map((f) => f.cell)).toContain(DEFECTS["inspection-overdue"].cell);
    expect(out.notices).toEqual([expect.objectContaining({ code: "settings-invalid" })]);
    expect(out.notices?.[0]?.message).toContain("-30");
  });

  describe("reading", () => {
    it("reads a 20,000-row sheet through readValues in blocks, each within the cell budget, and reports progress", async () => {
      const book = workbookWith(ledgerSheet({ values: ledgerValues({ extraLoans: 20_000 }) }));
      const { port, calls } = recordingPort(book);
      const progress: number[] = [];
      const out = checked(await checkLedgerSheet(port, { today: TODAY, onProgress: (f) => progress.push(f) }));
      expect(out.result.summary.dataRows).toBe(20_006);

      const reads = calls.filter((c) => c.method === "readValues" && c.args[0] === LEDGER);
      const sizes = reads.map((c) => ({
        first: c.args[1] as number,
        rows: c.args[2] as number,
        cols: c.args[3] as number,
      }));
      expect(sizes.length).toBeGreaterThan(2);
      for (const s of sizes) expect(s.rows * s.cols).toBeLessThanOrEqual(CELLS_PER_READ);
      // After the top rows (read once more to pick the sheet), blocks follow on without gap or overlap to the last row.
      const blocks = sizes.filter((s) => s.first > 1);
      const lastRow = book.sheet(LEDGER).rowCount;
      let next = Math.min(...blocks.map((b) => b.first));
      for (const b of blocks) {
        expect(b.first).toBe(next);
        next += b.rows;
      }
      expect(next - 1).toBe(lastRow);

      expect(progress.length).toBeGreaterThan(2);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(1);
    });

    it("reads below the top rows only as wide as the ledger, not the whole used range", async () => {
      const wide = ledgerValues({ extraLoans: 40 }).map((r) => [...r]);
      // A stray value far to the right on a row below the top rows stretches the used range.
      const last = wide[wide.length - 1];
      if (last) last[299] = "x";
      const { port, calls } = recordingPort(workbookWith(ledgerSheet({ values: wide })));
      checked(await checkLedgerSheet(port, { sheet: LEDGER, today: TODAY }));
      const blocks = calls.filter((c) => c.method === "readValues" && (c.args[1] as number) > 1);
      expect(blocks.length).toBeGreaterThan(0);
      for (const b of blocks) expect(b.args[3]).toBe(23);
    });

    it("refuses a sheet too large to check in one go, before reading it", async () => {
      const book = workbookWith(ledgerSheet());
      const huge: WorkbookPort = Object.assign(Object.create(book) as WorkbookPort, {
        listSheets: async () =>
          (await book.listSheets()).map((s) =>
            s.name === LEDGER ? { ...s, rowCount: Math.ceil(MAX_CHECK_CELLS / 23) + 1 } : s,
          ),
      });
      const { port, calls } = recordingPort(huge);
      const out = await checkLedgerSheet(port, { sheet: LEDGER, today: TODAY });
      expect(out).toMatchObject({ ok: false, problem: { code: "too-large" } });
      expect(calls.filter((c) => c.method === "readValues").every((c) => (c.args[2] as number) <= 30)).toBe(true);
    });

    it.each([
      ["busy", { code: "excel-busy" }],
      ["busy", { code: "InvalidOperationInCellEditMode" }],
      ["sheet-not-found", { code: "ItemNotFound" }],
      ["unreadable", new Error("RequestPayloadSizeLimitExceeded")],
    ] as const)("gives %s when the port fails to read with %j", async (code, error) => {
      const book = workbookWith(ledgerSheet());
      const failing: WorkbookPort = Object.assign(Object.create(book) as WorkbookPort, {
        readValues: async () => {
          throw error;
        },
      });
      const out = await checkLedgerSheet(failing, { sheet: LEDGER, today: TODAY });
      expect(out).toMatchObject({ ok: false, problem: { code } });
    });

    it("lets a bug in the port surface rather than dressing it up as a problem", async () => {
      const book = workbookWith(ledgerSheet());
      const failing: WorkbookPort = Object.assign(Object.create(book) as WorkbookPort, {
        date1904: async () => {
          throw new TypeError("boom");
        },
      });
      await expect(checkLedgerSheet(failing, { sheet: LEDGER, today: TODAY })).rejects.toThrow("boom");
    });
  });

  it("checks in English when asked", async () => {
    const out = await checkLedgerSheet(workbookWith(ledgerSheet()), { sheet: "无", today: TODAY, locale: "en-US" });
    expect(out).toMatchObject({ ok: false, problem: { code: "sheet-not-found" } });
    if (!out.ok) expect(out.problem.message).toMatch(/^There is no sheet/);
  });

  it("cells of the fixture are where the test says", () => {
    expect(cellOf("balance", 6)).toBe("K6");
  });
});
