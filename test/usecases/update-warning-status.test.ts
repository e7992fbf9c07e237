import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { dayToExcelSerial } from "../../src/core/values/day";
import type { CellValue } from "../../src/core/values/cell-value";
import { formCell, FORM_LAYOUT } from "../../src/core/warning/form-layout";
import { registerLetter, type RegisterColumn } from "../../src/core/warning/register-sheet";
import type { StatusChange } from "../../src/core/warning/status";
import { createWarningForms } from "../../src/usecases/create-warning-forms";
import {
  listWarningForms,
  updateWarningStatus,
  type UpdateWarningStatusOutcome,
} from "../../src/usecases/update-warning-status";
import { REGISTER_SHEET } from "../../src/usecases/warning-workbook";
import { day } from "../support/ledger-builder";
import { warningLedgerSeed } from "../support/warning-ledger";

const TODAY = day("2026-03-06");
const LATER = day("2026-03-12");

async function bookWithForms(): Promise<MemoryWorkbook> {
  const b = MemoryWorkbook.from(warningLedgerSeed());
  const outcome = await createWarningForms(b, { from: { kind: "signals" }, today: TODAY });
  if (!outcome.ok || outcome.forms.length !== 3) throw new Error("setup failed");
  return b;
}

async function change(
  b: MemoryWorkbook,
  number: string,
  c: StatusChange,
  today = LATER,
): Promise<UpdateWarningStatusOutcome> {
  return updateWarningStatus(b, { number, change: c, today });
}

function registerCell(b: MemoryWorkbook, column: RegisterColumn, seq: number): CellValue {
  return b.cellAt(REGISTER_SHEET, `${registerLetter(column)}${seq + 1}`).value;
}

function formValue(b: MemoryWorkbook, seq: number, field: Parameters<typeof formCell>[0]): CellValue {
  return b.cellAt(`预警2026-00${seq}`, formCell(field)).value;
}

/** The register and every form agree on the status. */
function expectAgreement(b: MemoryWorkbook): void {
  for (const seq of [1, 2, 3]) expect(formValue(b, seq, "status")).toBe(registerCell(b, "status", seq));
}

describe("updateWarningStatus", () => {
  it("moves a form to 处理中 on the form and in the register", async () => {
    const b = await bookWithForms();
    const r = await change(b, "〔2026〕第002号", { to: "处理中" });
    expect(r.ok && r.record.status).toBe("处理中");
    expect(formValue(b, 2, "status")).toBe("处理中");
    expect(registerCell(b, "status", 2)).toBe("处理中");
    expectAgreement(b);
  });

  it("releases a form with its date, on the form and in the register", async () => {
    const b = await bookWithForms();
    await change(b, "预警2026-001", { to: "已解除", releasedOn: LATER });
    expect(formValue(b, 1, "status")).toBe("已解除");
    expect(formValue(b, 1, "releasedOn")).toBe(dayToExcelSerial(LATER));
    expect(registerCell(b, "releasedOn", 1)).toBe(dayToExcelSerial(LATER));
    expectAgreement(b);
  });

  it("voids a form but keeps its sheet, number and row, stamped 作废 with the reason", async () => {
    const b = await bookWithForms();
    const sheets = b.sheetNames();
    await change(b, "〔2026〕第003号", { to: "作废", reason: "与第001号重复", on: LATER });
    expect(b.sheetNames()).toEqual(sheets);
    expect(formValue(b, 3, "status")).toBe("作废");
    expect(b.cellAt("预警2026-003", `A${FORM_LAYOUT.stampRow}`).value).toContain("与第001号重复");
    expect(registerCell(b, "status", 3)).toBe("作废");
    expect(registerCell(b, "voidReason", 3)).toBe("与第001号重复");
    expect(registerCell(b, "number", 3)).toBe("〔2026〕第003号");
    expectAgreement(b);
    // A new form for the same loan and signal takes a new number; 003 stays voided.
    const again = await createWarningForms(b, { from: { kind: "keys", keys: ["JJ2024020021"] }, today: LATER });
    expect(again.ok && again.forms.map((f) => f.numberText)).toEqual(["〔2026〕第004号"]);
    expect(formValue(b, 3, "status")).toBe("作废");
  });

  it("keeps every cell people typed on the form when it rewrites it", async () => {
    const b = await bookWithForms();
    const sheet = "预警2026-001";
    b.setCell(sheet, formCell("cause"), "主要客户流失，应收账款大增");
    b.setCell(sheet, formCell("taken.inspect"), "是");
    b.setCell(sheet, formCell("opinion.president"), "=同意，按月跟踪");
    b.setCell(sheet, formCell("signedOn.president"), dayToExcelSerial(LATER));
    await change(b, "〔2026〕第001号", { to: "处理中" });
    expect(formValue(b, 1, "cause")).toBe("主要客户流失，应收账款大增");
    expect(formValue(b, 1, "taken.inspect")).toBe("是");
    const opinion = b.cellAt(sheet, formCell("opinion.president"));
    expect([opinion.value, opinion.formula]).toEqual(["=同意，按月跟踪", null]);
    expect(formValue(b, 1, "signedOn.president")).toBe(dayToExcelSerial(LATER));
  });

  it("brings the level and category people chose on the changed form into the register", async () => {
    const b = await bookWithForms();
    b.setCell("预警2026-002", formCell("category"), "担保");
    b.setCell("预警2026-003", formCell("level"), "红");
    await change(b, "〔2026〕第002号", { to: "处理中" });
    expect(registerCell(b, "category", 2)).toBe("担保");
    // Only the changed form is read (a round trip per form in Excel); 003's row follows when 003 changes.
    expect(registerCell(b, "level", 3)).toBeNull();
    await change(b, "〔2026〕第003号", { to: "处理中" });
    expect(registerCell(b, "level", 3)).toBe("红");
    expect(registerCell(b, "category", 2)).toBe("担保");
  });

  it("brings every open form's level and category into the register when forms are created", async () => {
    const b = await bookWithForms();
    b.setCell("预警2026-003", formCell("level"), "红");
    const created = await createWarningForms(b, { from: { kind: "keys", keys: ["JJ2026010002"] }, today: LATER });
    expect(created.ok && created.forms).toHaveLength(1);
    expect(registerCell(b, "level", 3)).toBe("红");
  });

  it("takes over a status people picked in the register, and the form follows", async () => {
    const b = await bookWithForms();
    b.setCell(REGISTER_SHEET, `${registerLetter("status")}3`, "作废");
    b.setCell(REGISTER_SHEET, `${registerLetter("voidReason")}3`, "客户已结清");
    const r = await change(b, "〔2026〕第001号", { to: "处理中" });
    expect(r.ok && r.notes.join("")).toContain("〔2026〕第002号");
    expect(formValue(b, 2, "status")).toBe("作废");
    expect(b.cellAt("预警2026-002", `A${FORM_LAYOUT.stampRow}`).value).toContain("客户已结清");
    expectAgreement(b);
  });

  it.each<[string, StatusChange, string]>([
    ["作废 with no reason", { to: "作废", reason: " ", on: LATER }, "作废原因"],
    ["a release before filing", { to: "已解除", releasedOn: TODAY - 1 }, "不能早于填报日期"],
    ["the same status", { to: "处理中" }, "已经是"],
  ])("refuses %s and changes nothing", async (_, c, text) => {
    const b = await bookWithForms();
    if (c.to === "处理中") await change(b, "〔2026〕第001号", { to: "处理中" });
    const before = b.snapshot();
    const r = await change(b, "〔2026〕第001号", c);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.message).toContain(text);
    expect(b.snapshot()).toEqual(before);
  });

  it("refuses to change a closed form", async () => {
    const b = await bookWithForms();
    await change(b, "〔2026〕第001号", { to: "作废", reason: "录错", on: LATER });
    const r = await change(b, "〔2026〕第001号", { to: "处理中" });
    expect(!r.ok && r.problem.message).toContain("已作废");
  });

  it("says so for a number it does not know", async () => {
    const b = await bookWithForms();
    const r = await change(b, "〔2026〕第099号", { to: "处理中" });
    expect(!r.ok && r.problem.code).toBe("sheet-not-found");
  });

  it("leaves a form whose rows people moved as it is, and still records the status", async () => {
    const b = await bookWithForms();
    b.setCell("预警2026-001", "A5", "我改的标签");
    const r = await change(b, "〔2026〕第001号", { to: "处理中" });
    expect(r.ok && r.notes.join("")).toContain("未改写该表");
    expect(b.cellAt("预警2026-001", "A5").value).toBe("我改的标签");
    expect(formValue(b, 1, "status")).toBe("生效");
    expect(registerCell(b, "status", 1)).toBe("处理中");
  });

  it("makes a deleted form sheet again from its record, and says so", async () => {
    const b = await bookWithForms();
    await b.deleteSheet("预警2026-002");
    const r = await change(b, "〔2026〕第002号", { to: "处理中" });
    expect(r.ok && r.notes.join("")).toContain("重新生成");
    expect(formValue(b, 2, "status")).toBe("处理中");
    expect(formValue(b, 2, "customer")).toBe('=HYPERLINK("http://x","点我")');
  });
});

describe("listWarningForms", () => {
  it("lists the open forms, overdue first, and counts the overdue", async () => {
    const b = await bookWithForms();
    await change(b, "〔2026〕第001号", { to: "已解除", releasedOn: LATER });
    const late = await createWarningForms(b, {
      from: { kind: "keys", keys: ["JJ2026010002"] },
      today: day("2026-03-10"),
    });
    expect(late.ok).toBe(true);
    const list = await listWarningForms(b, { today: day("2026-03-21") });
    // 002 and 003 were due 2026-03-20 (overdue); 004 is due 2026-03-24.
    expect(list.open.map((r) => r.number.seq)).toEqual([2, 3, 4]);
    expect(list.overdue).toBe(2);
    expect(list.total).toBe(4);
  });

  it("writes nothing", async () => {
    const b = await bookWithForms();
    const before = b.snapshot();
    b.setCell(REGISTER_SHEET, `${registerLetter("status")}2`, "处理中");
    const mid = b.snapshot();
    const list = await listWarningForms(b, { today: LATER });
    expect(list.open.find((r) => r.number.seq === 1)?.status).toBe("处理中");
    expect(b.snapshot()).toEqual(mid);
    expect(before).not.toEqual(mid);
  });
});
