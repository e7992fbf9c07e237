import type { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { checkLedgerSheet, type CheckLedgerOutcome } from "../../src/usecases/check-ledger-sheet";
import { loadStore } from "../../src/usecases/settings-store";
import { writeCheckResults } from "../../src/usecases/write-check-results";
import { DEFECTS, LEDGER, TODAY, ledgerSheet, snapshotSheet, workbookWith } from "./support/ledger-workbook";

type Checked = Extract<CheckLedgerOutcome, { ok: true }>;

async function check(book: MemoryWorkbook): Promise<Checked> {
  const out = await checkLedgerSheet(book, { sheet: LEDGER, today: TODAY });
  if (!out.ok) throw new Error(out.problem.message);
  return out;
}

/** The findings table of a written 检查结果 sheet: rows below the header row (the row whose A is 工作表). */
function table(book: MemoryWorkbook, sheet: string): { header: number; rows: unknown[][] } {
  const values = book.snapshotValues(sheet);
  const header = values.findIndex((r) => r[0] === "工作表");
  return { header: header + 1, rows: values.slice(header + 1) };
}

describe("writeCheckResults", () => {
  it("writes 检查结果 with a summary on top and one row per finding", async () => {
    const book = workbookWith(ledgerSheet());
    const outcome = await check(book);
    expect(await writeCheckResults(book, outcome, {})).toEqual({ sheet: "检查结果" });

    expect(book.cellAt("检查结果", "A1").value).toBe("台账检查结果");
    expect(book.cellAt("检查结果", "B2").value).toBe(LEDGER);
    expect(book.cellAt("检查结果", "D2").value).toBe("2026-11-30");
    const { header, rows } = table(book, "检查结果");
    expect(book.snapshotValues("检查结果")[header - 1]).toEqual([
      "工作表",
      "单元格",
      "借据号",
      "客户名称",
      "列",
      "值",
      "规则",
      "级别",
      "问题",
      "建议",
    ]);
    expect(rows).toHaveLength(outcome.result.findings.length);
    expect(book.sheet("检查结果").freeze).toEqual({ rows: header, columns: 0 });

    const balance = rows.find((r) => r[1] === DEFECTS["balance-exceeds-amount"].cell);
    expect(balance).toEqual([
      LEDGER,
      "K6",
      "JJ20250003",
      "客户3",
      "贷款余额 （万元）",
      "120",
      "余额大于贷款金额",
      "错误",
      expect.stringContaining("120"),
      expect.any(String),
    ]);
    const row = header + 1 + rows.indexOf(balance ?? []);
    expect(book.cellAt("检查结果", `B${row}`).link).toEqual({ sheet: LEDGER, cell: "K6" });
  });

  it("replaces its 检查结果 on the next check rather than adding another", async () => {
    const book = workbookWith(ledgerSheet());
    await writeCheckResults(book, await check(book), {});
    book.setCell(LEDGER, "K6", 90); // the user fixes the balance
    const second = await check(book);
    expect(await writeCheckResults(book, second, {})).toEqual({ sheet: "检查结果" });
    expect(book.sheetNames().filter((n) => n.includes("检查结果"))).toEqual(["检查结果"]);
    const { rows } = table(book, "检查结果");
    expect(rows).toHaveLength(second.result.findings.length);
    expect(rows.some((r) => r[1] === "K6")).toBe(false);
  });

  it("never overwrites a sheet of the user's named 检查结果: writes 检查结果(2) and says so", async () => {
    const mine = { name: "检查结果", values: [["2026年三季度检查记录"], ["张三：已整改"]] };
    const book = workbookWith(ledgerSheet(), mine);
    const before = snapshotSheet(book, "检查结果");
    const written = await writeCheckResults(book, await check(book), {});
    expect(written.sheet).toBe("检查结果(2)");
    expect(written.message).toMatch(/“检查结果”.*“检查结果\(2\)”/);
    expect(snapshotSheet(book, "检查结果")).toEqual(before);
    expect(book.cellAt("检查结果(2)", "A1").value).toBe("台账检查结果");
    expect((await loadStore(book)).owned).toEqual(["检查结果(2)"]);
  });

  it("writes the sheet in Chinese whatever the user's language, and speaks theirs", async () => {
    const mine = { name: "检查结果", values: [["我自己的检查记录"]] };
    const book = workbookWith(ledgerSheet(), mine);
    const written = await writeCheckResults(book, await check(book), { locale: "en-US" });
    expect(written.sheet).toBe("检查结果(2)");
    expect(book.cellAt("检查结果(2)", "A1").value).toBe("台账检查结果");
    expect(table(book, "检查结果(2)").header).toBeGreaterThan(1);
    expect(written.message).toMatch(/already has a sheet “检查结果” that the add-in did not create.*“检查结果\(2\)”/);
  });
});
