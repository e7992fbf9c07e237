import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayToExcelSerial } from "../../src/core/values/day";
import type { CellValue } from "../../src/core/values/cell-value";
import { formCell, FORM_LAYOUT } from "../../src/core/warning/form-layout";
import { registerLetter } from "../../src/core/warning/register-sheet";
import { WARNING_STORE_SHEET } from "../../src/core/warning/warning-store-sheet";
import { checkLedgerSheet } from "../../src/usecases/check-ledger-sheet";
import {
  createWarningForms,
  type CreateWarningFormsOutcome,
  type CreateWarningFormsRequest,
} from "../../src/usecases/create-warning-forms";
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import { saveStore } from "../../src/usecases/settings-store";
import { REGISTER_SHEET } from "../../src/usecases/warning-workbook";
import { writeCheckResults } from "../../src/usecases/write-check-results";
import { day } from "../support/ledger-builder";
import {
  loanSheetRow,
  WARNING_LEDGER_SHEET,
  WARNING_LOANS,
  warningLedgerSeed,
  type WarningLoan,
} from "../support/warning-ledger";
import { recordingPort, snapshotSheet } from "./support/ledger-workbook";

const TODAY = day("2026-03-06");

function book(loans?: readonly WarningLoan[]): MemoryWorkbook {
  return MemoryWorkbook.from(warningLedgerSeed(loans));
}

async function create(
  b: MemoryWorkbook,
  from: CreateWarningFormsRequest["from"],
  over: Partial<CreateWarningFormsRequest> = {},
): Promise<Extract<CreateWarningFormsOutcome, { ok: true }>> {
  const outcome = await createWarningForms(b, { from, today: TODAY, ...over });
  if (!outcome.ok) throw new Error(`${outcome.problem.message} ${outcome.problem.hint}`);
  return outcome;
}

function value(b: MemoryWorkbook, sheet: string, a1: string): CellValue {
  return b.cellAt(sheet, a1).value;
}

/** The register's rows as 编号 → column values. */
function registerColumn(b: MemoryWorkbook, column: Parameters<typeof registerLetter>[0]): CellValue[] {
  const rows = b.sheet(REGISTER_SHEET).rowCount;
  const out: CellValue[] = [];
  for (let r = 2; r <= rows; r++) out.push(value(b, REGISTER_SHEET, `${registerLetter(column)}${r}`));
  return out;
}

describe("createWarningForms", () => {
  it("makes one numbered, filled-in form sheet per selected loan and lists them in the register", async () => {
    const b = book();
    b.setSelection(WARNING_LEDGER_SHEET, `C${loanSheetRow(0)}:F${loanSheetRow(1)}`);
    const outcome = await create(b, { kind: "selection" });
    expect(outcome.written).toBe(true);
    expect(outcome.forms.map((f) => [f.numberText, f.sheet, f.key])).toEqual([
      ["〔2026〕第001号", "预警2026-001", "JJ2025120007"],
      ["〔2026〕第002号", "预警2026-002", "JJ2025100013"],
    ]);
    expect(outcome.from).toEqual({ kind: "rows", sheet: WARNING_LEDGER_SHEET, rows: [4, 5] });
    expect(outcome.forms[0]?.deadline).toBe(day("2026-03-20"));

    const form = "预警2026-001";
    expect(value(b, form, formCell("number"))).toBe("〔2026〕第001号");
    expect(value(b, form, formCell("customer"))).toBe("信阳市丰禾农业发展有限公司");
    expect(value(b, form, formCell("balance"))).toBe(1_502_500);
    expect(value(b, form, formCell("capitals"))).toBe("人民币壹佰伍拾万贰仟伍佰元整");
    expect(value(b, form, formCell("level"))).toBe("橙");
    expect(value(b, form, formCell("filedOn"))).toBe(dayToExcelSerial(TODAY));
    expect(b.sheet(form).page).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });

    expect(registerColumn(b, "number")).toEqual(["〔2026〕第001号", "〔2026〕第002号"]);
    expect(registerColumn(b, "status")).toEqual(["生效", "生效"]);
    expect(b.sheet(REGISTER_SHEET).table?.name).toBe("预警登记簿");
    expect(b.sheet(WARNING_STORE_SHEET).visibility).toBe("hidden");
  });

  it("writes nothing in a dry run, and numbers the preview as the forms would be", async () => {
    const b = book();
    const before = b.sheetNames();
    const outcome = await create(b, { kind: "signals" }, { dryRun: true });
    expect(outcome.written).toBe(false);
    expect(outcome.forms.map((f) => f.numberText)).toEqual(["〔2026〕第001号", "〔2026〕第002号", "〔2026〕第003号"]);
    expect(b.sheetNames()).toEqual(before);
  });

  it("makes forms for every loan with a 预警信号, and none again when re-run", async () => {
    const b = book();
    const first = await create(b, { kind: "signals" });
    expect(first.forms.map((f) => f.key)).toEqual(["JJ2025120007", "JJ2025100013", "JJ2024020021"]);
    const again = await create(b, { kind: "signals" });
    expect(again.forms).toEqual([]);
    expect(again.written).toBe(false);
    expect(again.skipped.map((s) => s.reason)).toEqual(["open-form", "open-form", "open-form"]);
    expect(again.skipped[0]?.message).toContain("〔2026〕第001号");
    expect(b.sheetNames().filter((n) => n.startsWith("预警2026"))).toHaveLength(3);
    expect(registerColumn(b, "number")).toHaveLength(3);
  });

  it("says so when the ledger has no 预警信号 column", async () => {
    const b = MemoryWorkbook.from({
      sheets: [
        {
          name: "台账",
          values: [
            ["客户名称", "借据号", "贷款金额", "贷款余额", "五级分类", "管户客户经理"],
            ["张三", "JJ1", 10, 5, "正常", "李明"],
          ],
        },
      ],
    });
    const outcome = await create(b, { kind: "signals" });
    expect(outcome.forms).toEqual([]);
    expect(outcome.notes.join("")).toContain("没有“预警信号”列");
  });

  it("creates forms for 借据号 and reports those not in the ledger", async () => {
    const b = book();
    const outcome = await create(b, { kind: "keys", keys: ["JJ2026010002", "ＪＪ2024020021", "JJ404"] });
    expect(outcome.forms.map((f) => f.key)).toEqual(["JJ2026010002", "JJ2024020021"]);
    expect(outcome.skipped).toMatchObject([{ reason: "not-found", key: "JJ404" }]);
  });

  it("skips header, title and 合计 rows of a selection, and the rows below the ledger", async () => {
    const b = book();
    b.setSelection(WARNING_LEDGER_SHEET, "A1:A20");
    const outcome = await create(b, { kind: "selection" }, { dryRun: true });
    expect(outcome.forms).toHaveLength(WARNING_LOANS.length);
    expect(outcome.skipped.map((s) => s.reason)).toEqual(["not-data"]);
  });

  it("refuses a selection on a sheet that is not a ledger, and says what to do when nothing is selected", async () => {
    const b = book();
    const none = await createWarningForms(b, { from: { kind: "selection" }, today: TODAY });
    expect(none.ok).toBe(false);
    await create(b, { kind: "signals" });
    b.setSelection(REGISTER_SHEET, "A2");
    const onRegister = await createWarningForms(b, { from: { kind: "selection" }, today: TODAY });
    expect(!onRegister.ok && onRegister.problem.message).toContain("既不是台账");
  });

  it("makes a form from a finding selected in 检查结果, the finding as its signal", async () => {
    const loans = WARNING_LOANS.map((l, i) => (i === 4 ? { ...l, officer: null } : l));
    const b = book(loans);
    const checked = await checkLedgerSheet(b, { sheet: WARNING_LEDGER_SHEET, today: TODAY });
    if (!checked.ok) throw new Error(checked.problem.message);
    const results = await writeCheckResults(b, checked, {});
    const view = b.sheet(results.sheet);
    let row = 0;
    for (let r = 1; r <= view.rowCount && row === 0; r++) {
      const text = view.cell(r, 8).value;
      if (typeof text === "string" && text.includes("管户客户经理")) row = r;
    }
    expect(row).toBeGreaterThan(0);
    b.setSelection(results.sheet, `A${row}`);
    const outcome = await create(b, { kind: "selection" });
    expect(outcome.from).toEqual({ kind: "findings", sheet: results.sheet, rows: [row] });
    expect(outcome.forms).toHaveLength(1);
    const f = outcome.forms[0];
    expect(f?.key).toBe("JJ2026020002");
    expect(f?.signal).toContain("管户客户经理");
    expect(value(b, f?.sheet ?? "", formCell("source"))).toBe("系统");
    expect(String(value(b, f?.sheet ?? "", formCell("evidence")))).toContain("台账检查");
  });

  it("numbers across runs, restarts at 001 in a new year, and never reuses a voided form's number", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    await create(b, { kind: "keys", keys: ["JJ2025100013"] });
    const nextYear = await create(b, { kind: "keys", keys: ["JJ2026010002"] }, { filedOn: day("2027-01-04") });
    expect(nextYear.forms[0]?.numberText).toBe("〔2027〕第001号");
    const back = await create(b, { kind: "keys", keys: ["JJ2024020021"] });
    expect(back.forms[0]?.numberText).toBe("〔2026〕第003号");
  });

  it("keeps text that looks like a formula as text in the form and the register", async () => {
    const b = book();
    const outcome = await create(b, {
      kind: "keys",
      keys: ["JJ2025100013", "JJ2026010002", "JJ2024020021", "JJ2026020002"],
    });
    const names = ['=HYPERLINK("http://x","点我")', "@刘桂兰", "-陈志强", "+周丽"];
    outcome.forms.forEach((f, i) => {
      const cell = b.cellAt(f.sheet, formCell("customer"));
      expect([cell.value, cell.formula]).toEqual([names[i], null]);
    });
    const col = registerLetter("customer");
    names.forEach((name, i) => {
      const cell = b.cellAt(REGISTER_SHEET, `${col}${i + 2}`);
      expect([cell.value, cell.formula]).toEqual([name, null]);
    });
  });

  it("continues the numbers when the register was deleted, and rebuilds it from the records", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007", "JJ2025100013"] });
    await b.deleteSheet(REGISTER_SHEET);
    const outcome = await create(b, { kind: "keys", keys: ["JJ2026010002"] });
    expect(outcome.forms[0]?.numberText).toBe("〔2026〕第003号");
    expect(registerColumn(b, "number")).toEqual(["〔2026〕第001号", "〔2026〕第002号", "〔2026〕第003号"]);
  });

  it("continues the numbers when the record store was deleted, restoring records from the register", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007", "JJ2025100013"] });
    await b.deleteSheet(WARNING_STORE_SHEET);
    const outcome = await create(b, { kind: "keys", keys: ["JJ2026010002"] });
    expect(outcome.forms[0]?.numberText).toBe("〔2026〕第003号");
    expect(outcome.notes.join("")).toContain("已根据登记簿或处理表恢复");
    expect(registerColumn(b, "number")).toHaveLength(3);
    // The restored records still stop duplicates.
    const again = await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    expect(again.skipped.map((s) => s.reason)).toEqual(["open-form"]);
  });

  it("continues the numbers from the form sheets' names when store and register are both gone", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007", "JJ2025100013"] });
    await b.deleteSheet(WARNING_STORE_SHEET);
    await b.deleteSheet(REGISTER_SHEET);
    const outcome = await create(b, { kind: "keys", keys: ["JJ2026010002"] });
    expect(outcome.forms[0]?.numberText).toBe("〔2026〕第003号");
    expect(registerColumn(b, "customer")).toEqual([
      "信阳市丰禾农业发展有限公司",
      '=HYPERLINK("http://x","点我")',
      "@刘桂兰",
    ]);
  });

  it("never takes a number a register row shows, even one people typed in by hand", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    b.setCell(REGISTER_SHEET, "A3", "〔2026〕第007号");
    const outcome = await create(b, { kind: "keys", keys: ["JJ2025100013"] });
    expect(outcome.forms[0]?.numberText).toBe("〔2026〕第008号");
  });

  it("keeps people's remarks in the register across runs", async () => {
    const b = book();
    await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    b.setCell(REGISTER_SHEET, `${registerLetter("remark")}2`, "已电话通知客户");
    await create(b, { kind: "keys", keys: ["JJ2025100013"] });
    expect(registerColumn(b, "remark")).toEqual(["已电话通知客户", null]);
  });

  it("writes its register beside a sheet of the user's called 预警登记簿, leaving theirs alone", async () => {
    const seed = warningLedgerSeed();
    const b = MemoryWorkbook.from({ sheets: [...seed.sheets, { name: REGISTER_SHEET, values: [["手工登记簿"]] }] });
    const before = snapshotSheet(b, REGISTER_SHEET);
    const first = await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    expect(first.register).toBe("预警登记簿(2)");
    const second = await create(b, { kind: "keys", keys: ["JJ2025100013"] });
    expect(second.register).toBe("预警登记簿(2)");
    expect(snapshotSheet(b, REGISTER_SHEET)).toEqual(before);
    expect(b.sheet("预警登记簿(2)").rowCount).toBe(3);
  });

  it("refuses to use a sheet called 贷后助手预警 that is not its own", async () => {
    const seed = warningLedgerSeed();
    const b = MemoryWorkbook.from({ sheets: [...seed.sheets, { name: WARNING_STORE_SHEET, values: [["别人的表"]] }] });
    const outcome = await createWarningForms(b, { from: { kind: "signals" }, today: TODAY });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problem.message).toContain("贷后助手预警");
    expect(value(b, WARNING_STORE_SHEET, "A1")).toBe("别人的表");
  });

  it("records all new form sheets as its own in one write of the settings store, not one per form", async () => {
    const b = book();
    const { port, calls } = recordingPort(b);
    const outcome = await createWarningForms(port, { from: { kind: "signals" }, today: TODAY });
    expect(outcome.ok && outcome.forms).toHaveLength(3);
    const written = calls.filter((c) => c.method === "writeSheet").map((c) => (c.args[0] as { name: string }).name);
    // Forms, register, the record store twice (numbers first, names last), the settings store for forms and register.
    expect(written.filter((n) => n === "贷后助手设置")).toHaveLength(2);
    expect(written.filter((n) => n.startsWith("预警2026-"))).toHaveLength(3);
  });

  it("writes the forms and the register in Chinese whatever the pane's language, so a language switch adds no second register", async () => {
    const b = book();
    const en = await create(b, { kind: "keys", keys: ["JJ2025120007"] }, { locale: "en-US" });
    expect(value(b, "预警2026-001", "A1")).toBe("风险预警信号处理表");
    expect(value(b, REGISTER_SHEET, "A1")).toBe("编号");
    expect(en.forms[0]?.numberText).toBe("〔2026〕第001号");
    const zh = await create(b, { kind: "keys", keys: ["JJ2025100013"] });
    expect(zh.register).toBe(REGISTER_SHEET);
    const again = await create(b, { kind: "keys", keys: ["JJ2026010002"] }, { locale: "en-US" });
    expect(again.register).toBe(REGISTER_SHEET);
    expect(b.sheetNames().filter((n) => n.startsWith("预警登记簿"))).toEqual([REGISTER_SHEET]);
    expect(registerColumn(b, "number")).toHaveLength(3);
    // Skips and notes speak the user's language.
    const dup = await create(b, { kind: "keys", keys: ["JJ2025120007"] }, { locale: "en-US" });
    expect(dup.skipped[0]?.message).toMatch(/already has an open form/);
  });

  it("takes the feedback working days from the workbook's settings", async () => {
    const b = book();
    await saveStore(b, { settings: { ...DEFAULT_SETTINGS, warning: { feedbackWorkingDays: 5 } } });
    const outcome = await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    expect(outcome.forms[0]?.deadline).toBe(day("2026-03-13"));
    expect(String(value(b, "预警2026-001", `A${FORM_LAYOUT.noteRow}`))).toContain("5个工作日");
  });

  it("makes its form sheets print one page wide with the title repeated", async () => {
    const b = book();
    const outcome = await create(b, { kind: "keys", keys: ["JJ2025120007"] });
    const page = b.sheet(outcome.forms[0]?.sheet ?? "").page;
    expect(page?.printArea).toBe(`A1:F${FORM_LAYOUT.lastRow}`);
    expect(page?.printTitleRows).toBe("1:2");
  });
});
