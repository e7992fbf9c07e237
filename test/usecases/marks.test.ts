import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { Finding } from "../../src/core/findings/finding";
import { checkLedgerSheet, type CheckLedgerOutcome } from "../../src/usecases/check-ledger-sheet";
import { MARKS_SHEET } from "../../src/usecases/mark-registry";
import { clearMarks, MARK_FILL, markFindings } from "../../src/usecases/marks";
import { ProblemError } from "../../src/usecases/problem";
import { DEFECTS, LEDGER, TODAY, ledgerSheet, snapshotSheet, workbookWith } from "./support/ledger-workbook";

type Checked = Extract<CheckLedgerOutcome, { ok: true }>;

async function check(book: MemoryWorkbook): Promise<Checked> {
  const out = await checkLedgerSheet(book, { sheet: LEDGER, today: TODAY });
  if (!out.ok) throw new Error(out.problem.message);
  return out;
}

const USER_FILLS = { A4: "#00B0F0", [DEFECTS["balance-exceeds-amount"].cell]: "#92D050" };
const USER_NOTES = { [DEFECTS["required-missing"].cell]: "客户经理：借款人更名，待补录", B5: "总行复核" };

function userBook(): MemoryWorkbook {
  return workbookWith(ledgerSheet({ fills: USER_FILLS, notes: USER_NOTES }));
}

function finding(over: Partial<Finding>): Finding {
  return {
    rule: "required-missing",
    severity: "error",
    sheet: LEDGER,
    row: 4,
    column: "借款人",
    cell: "C4",
    key: "JJ1",
    value: null,
    message: "借款人未填写",
    hint: "补填借款人",
    ...over,
  };
}

describe("markFindings", () => {
  it("fills each offending cell by severity and notes the message on it", async () => {
    const book = userBook();
    const { result } = await check(book);
    const { marked } = await markFindings(book, LEDGER, result.findings);
    expect(marked).toBe(4);

    const typeError = book.cellAt(LEDGER, DEFECTS["type-error"].cell);
    expect(typeError.fill).toBe(MARK_FILL.error);
    expect(typeError.note).toContain("【贷后助手】");
    expect(typeError.note).toContain("2025-13-45");
    const overdue = book.cellAt(LEDGER, DEFECTS["inspection-overdue"].cell);
    expect(overdue.fill).toBe(MARK_FILL.warning);
    expect(overdue.note).toContain("2026-05-01");
  });

  it("keeps a note the user wrote on a marked cell untouched and only changes its fill", async () => {
    const book = userBook();
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    const cell = book.cellAt(LEDGER, DEFECTS["required-missing"].cell);
    expect(cell.note).toBe(USER_NOTES[DEFECTS["required-missing"].cell]);
    expect(cell.fill).toBe(MARK_FILL.error);
  });

  it("writes one note listing every finding on a cell, filled by the worst", async () => {
    const book = workbookWith(ledgerSheet());
    const findings = [
      finding({ severity: "warning", message: "第一条", hint: "提示一" }),
      finding({ rule: "type-error", message: "第二条", hint: "提示二" }),
    ];
    expect((await markFindings(book, LEDGER, findings)).marked).toBe(1);
    const cell = book.cellAt(LEDGER, "C4");
    expect(cell.fill).toBe(MARK_FILL.error);
    expect(cell.note).toBe("【贷后助手】\n• 第一条\n  建议：提示一\n• 第二条\n  建议：提示二");
  });

  it("does not mark info findings, findings without a cell, or findings on other sheets", async () => {
    const book = workbookWith(ledgerSheet(), { name: "其他", values: [["x"]] });
    const findings = [
      finding({ severity: "info", rule: "maturing-next-month" }),
      finding({ cell: null }),
      finding({ sheet: "其他", cell: "A1" }),
    ];
    expect((await markFindings(book, LEDGER, findings)).marked).toBe(0);
    expect(book.cellAt(LEDGER, "C4").fill).toBeNull();
    expect(book.cellAt("其他", "A1").fill).toBeNull();
  });

  it("records the marks in a hidden sheet of its own", async () => {
    const book = userBook();
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    expect(book.sheet(MARKS_SHEET).visibility).toBe("hidden");
    expect(book.snapshotValues(MARKS_SHEET)).toHaveLength(1 + 4);
  });

  it("re-marking clears the earlier marks first, so they never stack", async () => {
    const book = userBook();
    const original = snapshotSheet(book, LEDGER);
    const { findings } = (await check(book)).result;
    await markFindings(book, LEDGER, findings);
    const once = snapshotSheet(book, LEDGER);
    await markFindings(book, LEDGER, findings);
    expect(snapshotSheet(book, LEDGER)).toEqual(once);
    expect(book.snapshotValues(MARKS_SHEET)).toHaveLength(1 + 4);
    await clearMarks(book);
    expect(snapshotSheet(book, LEDGER)).toEqual(original);
  });

  it("moves the marks when a re-check finds other cells: the fixed cell gets its own format back", async () => {
    const book = userBook();
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    const fixed = DEFECTS["balance-exceeds-amount"].cell;
    book.setCell(LEDGER, fixed, 70);
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    expect(book.cellAt(LEDGER, fixed).fill).toBe(USER_FILLS[fixed]);
    expect(book.cellAt(LEDGER, fixed).note).toBeNull();
  });

  it("gives a protected problem for a protected sheet and changes nothing", async () => {
    const book = workbookWith(ledgerSheet({ protected: true }));
    const before = snapshotSheet(book, LEDGER);
    const error = await markFindings(book, LEDGER, [finding({})]).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("protected");
    expect(ProblemError.is(error) && error.problem.message).toContain(LEDGER);
    expect(snapshotSheet(book, LEDGER)).toEqual(before);
    expect(book.sheetNames()).toEqual([LEDGER]);
  });

  it("gives sheet-not-found for a sheet that is not there", async () => {
    const error = await markFindings(workbookWith(ledgerSheet()), "别的表", []).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("sheet-not-found");
  });
});

describe("clearMarks", () => {
  it("restores exactly the fills and notes that were there before marking", async () => {
    const book = userBook();
    const before = snapshotSheet(book, LEDGER);
    const { findings } = (await check(book)).result;
    await markFindings(book, LEDGER, findings);
    expect(snapshotSheet(book, LEDGER)).not.toEqual(before);
    expect(await clearMarks(book)).toEqual({ cleared: 4, problems: [] });
    expect(snapshotSheet(book, LEDGER)).toEqual(before);
    expect(book.snapshotValues(MARKS_SHEET)).toEqual([
      ["工作表", "单元格", "原填充", "原批注", "标记填充", "标记批注"],
    ]);
  });

  it("never changes a value: check, mark and clear leave every value of the ledger as it was", async () => {
    const book = userBook();
    const values = book.snapshotValues(LEDGER);
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    expect(book.snapshotValues(LEDGER)).toEqual(values);
    await clearMarks(book, LEDGER);
    expect(book.snapshotValues(LEDGER)).toEqual(values);
  });

  it("leaves a fill or note the user changed after marking as the user left it", async () => {
    const book = userBook();
    await markFindings(book, LEDGER, (await check(book)).result.findings);
    const typeCell = DEFECTS["type-error"].cell;
    await book.writeFormats(LEDGER, [{ cell: typeCell, fill: "#FFFF00", note: "已核实，系录入错误" }]);
    await clearMarks(book);
    expect(book.cellAt(LEDGER, typeCell).fill).toBe("#FFFF00");
    expect(book.cellAt(LEDGER, typeCell).note).toBe("已核实，系录入错误");
  });

  it("clears one sheet's marks and keeps the others' when a sheet is named", async () => {
    const book = workbookWith(ledgerSheet(), ledgerSheet({ name: "二季度" }));
    await markFindings(book, LEDGER, [finding({})]);
    await markFindings(book, "二季度", [finding({ sheet: "二季度" })]);
    expect((await clearMarks(book, "二季度")).cleared).toBe(1);
    expect(book.cellAt("二季度", "C4").fill).toBeNull();
    expect(book.cellAt(LEDGER, "C4").fill).toBe(MARK_FILL.error);
    expect((await clearMarks(book)).cleared).toBe(1);
    expect(book.cellAt(LEDGER, "C4").fill).toBeNull();
  });

  it("does nothing, and writes nothing, in a workbook without marks", async () => {
    const book = workbookWith(ledgerSheet());
    expect(await clearMarks(book)).toEqual({ cleared: 0, problems: [] });
    expect(book.sheetNames()).toEqual([LEDGER]);
  });

  it("forgets marks on a sheet that was deleted", async () => {
    const book = workbookWith(ledgerSheet(), ledgerSheet({ name: "二季度" }));
    await markFindings(book, "二季度", [finding({ sheet: "二季度" })]);
    await book.deleteSheet("二季度");
    expect((await clearMarks(book)).cleared).toBe(0);
    expect(book.snapshotValues(MARKS_SHEET)).toHaveLength(1);
  });

  it("skips damaged rows of the mark record with a problem, and restores the rest", async () => {
    const book = MemoryWorkbook.from({
      sheets: [
        ledgerSheet({ fills: { C4: MARK_FILL.error, D4: MARK_FILL.error } }),
        {
          name: MARKS_SHEET,
          hidden: true,
          values: [
            ["工作表", "单元格", "原填充", "原批注", "标记填充", "标记批注"],
            [LEDGER, "C4", "null", "null", '"#FFC7CE"', "null"],
            [LEDGER, "D4", "{oops", "null", '"#FFC7CE"', "null"],
            [LEDGER, "not a cell", "null", "null", '"#FFC7CE"', "null"],
          ],
        },
      ],
    });
    const result = await clearMarks(book);
    expect(result.cleared).toBe(1);
    expect(result.problems?.map((p) => p.code)).toEqual(["settings-invalid", "settings-invalid"]);
    expect(result.problems?.[0]?.message).toContain("第 3 行");
    expect(book.cellAt(LEDGER, "C4").fill).toBeNull();
    expect(book.cellAt(LEDGER, "D4").fill).toBe(MARK_FILL.error);
  });

  it("refuses a mark record sheet the add-in did not write", async () => {
    const book = workbookWith(ledgerSheet(), { name: MARKS_SHEET, values: [["我的标记"]] });
    const error = await clearMarks(book).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("settings-invalid");
    expect(book.snapshotValues(MARKS_SHEET)).toEqual([["我的标记"]]);
  });

  it("gives a protected problem, before changing anything, when a marked sheet became protected", async () => {
    const book = MemoryWorkbook.from({
      sheets: [
        ledgerSheet({ fills: { C4: MARK_FILL.error }, protected: true }),
        {
          name: MARKS_SHEET,
          hidden: true,
          values: [
            ["工作表", "单元格", "原填充", "原批注", "标记填充", "标记批注"],
            [LEDGER, "C4", "null", "null", '"#FFC7CE"', "null"],
          ],
        },
      ],
    });
    const error = await clearMarks(book).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("protected");
    expect(book.snapshotValues(MARKS_SHEET)).toHaveLength(2);
  });
});
