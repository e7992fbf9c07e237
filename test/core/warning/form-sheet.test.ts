import { readLedger } from "../../../src/core/ledger/read-ledger";
import type { Ledger } from "../../../src/core/ledger/ledger-types";
import { dayToExcelSerial } from "../../../src/core/values/day";
import type { CellValue } from "../../../src/core/values/cell-value";
import { formCell, FORM_LAYOUT, MEASURES, type InputField } from "../../../src/core/warning/form-layout";
import {
  buildFormSheet,
  isFormLayout,
  readFormInputs,
  type BuildFormSheetOptions,
} from "../../../src/core/warning/form-sheet";
import type { StatusFacts } from "../../../src/core/warning/status";
import { warningFormFromRow, type WarningForm } from "../../../src/core/warning/warning-form";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import { day } from "../../support/ledger-builder";
import { everyShownValue, modelCell, modelValues } from "../../support/model-values";
import { loanSheetRow, WARNING_LEDGER_SHEET, warningLedgerValues } from "../../support/warning-ledger";

const FILED = day("2026-03-06");
const DEADLINE = day("2026-03-20");

function ledger(): Ledger {
  const read = readLedger(warningLedgerValues(), { sheet: WARNING_LEDGER_SHEET });
  if (!read.ok) throw new Error(read.message);
  return read.ledger;
}

function formOf(i: number): WarningForm {
  const l = ledger();
  const row = l.rows.find((r) => r.sheetRow === loanSheetRow(i));
  if (!row) throw new Error("no row");
  return warningFormFromRow(row, l.layout, {
    number: { year: 2026, seq: 7 },
    filedOn: FILED,
    deadline: DEADLINE,
    origin: { kind: "signal" },
  });
}

const OPEN: StatusFacts = { status: "生效", filedOn: FILED, releasedOn: null, voidReason: null, voidedOn: null };

function build(form: WarningForm, over: Partial<BuildFormSheetOptions> = {}) {
  return buildFormSheet(form, { sheet: "预警2026-007", state: OPEN, feedbackDays: 10, ...over });
}

describe("buildFormSheet", () => {
  it("sets up an A4 portrait page, one page wide, with the title and number repeated", () => {
    const m = build(formOf(0));
    expect(m.page).toEqual({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printArea: `A1:F${FORM_LAYOUT.lastRow}`,
      printTitleRows: "1:2",
      margins: { top: 0.75, bottom: 0.6, left: 0.55, right: 0.55 },
      centerHorizontally: true,
    });
    expect(m.columnWidths).toHaveLength(6);
  });

  it("heads the form with its title, number, status and level", () => {
    const m = build(formOf(0));
    expect(modelCell(m, "A1")).toBe("风险预警信号处理表");
    expect(modelCell(m, formCell("number"))).toBe("〔2026〕第007号");
    expect(modelCell(m, formCell("status"))).toBe("生效");
    expect(modelCell(m, formCell("level"))).toBe("橙");
  });

  it.each<[InputField, CellValue]>([
    ["branch", "城关支行"],
    ["customer", "信阳市丰禾农业发展有限公司"],
    ["idNumber", "91411500MA44L7Q2XA"],
    ["industry", "农业"],
    ["rating", "A"],
    ["officer", "王芳"],
    ["loanNo", "JJ2025120007"],
    ["contractNo", "HT2025-1215"],
    ["product", "流动资金贷款"],
    ["disbursed", dayToExcelSerial(day("2025-12-15"))],
    ["maturity", dayToExcelSerial(day("2027-06-14"))],
    ["amount", 2_000_000],
    ["balance", 1_502_500],
    ["guarantee", "抵押+保证"],
    ["class", "正常"],
    ["overdueDays", 0],
    ["category", "财务"],
    ["description", "【财务】资产负债率升至92%"],
  ])("fills %s from the ledger", (field, value) => {
    expect(modelCell(build(formOf(0)), formCell(field))).toEqual(value);
  });

  it("writes the balance in Chinese capitals", () => {
    expect(modelCell(build(formOf(0)), formCell("capitals"))).toBe("人民币壹佰伍拾万贰仟伍佰元整");
    expect(modelCell(build(formOf(2)), formCell("capitals"))).toBe("人民币叁万贰仟元整");
  });

  it("writes the filing date and the feedback deadline as dates", () => {
    const m = build(formOf(0));
    expect(modelCell(m, formCell("filedOn"))).toBe(dayToExcelSerial(FILED));
    expect(modelCell(m, formCell("deadline"))).toBe(dayToExcelSerial(DEADLINE));
    const styled = (m.formats ?? []).filter((f) => f.range === formCell("deadline"));
    expect(styled.at(-1)?.style.numberFormat).toBe('yyyy"年"m"月"d"日"');
  });

  it("links the form to its ledger row", () => {
    expect(modelCell(build(formOf(0)), formCell("ledgerLink"))).toEqual({
      text: "贷后台账 第4行",
      link: { sheet: "贷后台账", cell: "A4" },
    });
  });

  it("leaves blanks blank — no undefined, NaN or null text anywhere", () => {
    const m = build(formOf(2));
    expect(modelCell(m, formCell("industry"))).toBeNull();
    expect(modelCell(m, formCell("rate"))).toBeNull();
    expect(modelCell(m, formCell("level"))).toBeNull();
    for (const v of everyShownValue(m)) expect(v).not.toMatch(/undefined|NaN|null/);
  });

  it.each([
    [1, '=HYPERLINK("http://x","点我")'],
    [2, "@刘桂兰"],
    [3, "-陈志强"],
    [4, "+周丽"],
  ])("writes customer %i's name as text, never as a formula", (i, name) => {
    expect(modelCell(build(formOf(i as number)), formCell("customer"))).toBe(name);
  });

  it("offers drop-downs for level, source, category, proposed class and each measure", () => {
    const lists = new Map((build(formOf(0)).validations ?? []).map((v) => [v.range, v.list]));
    expect(lists.get(formCell("level"))).toEqual(["红", "橙", "黄", "蓝"]);
    expect(lists.get(formCell("source"))).toEqual(["系统", "客户经理", "上级行", "监管", "外部"]);
    expect(lists.get(formCell("category"))).toEqual(["财务", "经营", "管理", "与银行往来", "担保", "外部"]);
    expect(lists.get(formCell("proposedClass"))).toEqual(["正常", "关注", "次级", "可疑", "损失"]);
    for (const m of MEASURES) expect(lists.get(formCell(`taken.${m}`))).toEqual(["是", "否"]);
  });

  it("merges wide cells and borders every block", () => {
    const m = build(formOf(0));
    const customer = FORM_LAYOUT.input.get("customer");
    expect(m.merges).toContain(customer?.range);
    expect(m.merges).toContain("A1:F1");
    const bordered = (m.formats ?? []).filter((f) => f.style.border === "thin").map((f) => f.range);
    for (const s of FORM_LAYOUT.slots) expect(bordered).toContain(s.range);
  });

  it("ticks a measure's box by formula when 是 is chosen (recalculated by a real engine)", () => {
    const typed = new Map<InputField, CellValue>([
      ["taken.inspect", "是"],
      ["taken.stop", "否"],
    ]);
    const m = build(formOf(0), { typed });
    const values = recalculateSheets([{ name: m.name, rows: m.rows }])[m.name] ?? [];
    const boxOf = (measure: string) => {
      const input = FORM_LAYOUT.input.get(`taken.${measure}` as InputField);
      return values[(input?.row ?? 0) - 1]?.[0];
    };
    expect(boxOf("inspect")).toBe("☑");
    expect(boxOf("stop")).toBe("☐");
    expect(boxOf("sue")).toBe("☐");
  });

  it("carries typed cells over the form's values, and the capitals follow a corrected balance", () => {
    const typed = new Map<InputField, CellValue>([
      ["cause", "主要客户流失"],
      ["customer", "丰禾农业（更正）"],
      ["balance", 1_000_000],
      ["signedOn.president", dayToExcelSerial(day("2026-03-10"))],
    ]);
    const m = build(formOf(0), { typed });
    expect(modelCell(m, formCell("cause"))).toBe("主要客户流失");
    expect(modelCell(m, formCell("customer"))).toBe("丰禾农业（更正）");
    expect(modelCell(m, formCell("capitals"))).toBe("人民币壹佰万元整");
    expect(modelCell(m, formCell("signedOn.president"))).toBe(dayToExcelSerial(day("2026-03-10")));
  });

  it("marks a voided form with a stamp, the status and a grey tab, keeping every cell", () => {
    const typed = new Map<InputField, CellValue>([["cause", "主要客户流失"]]);
    const state: StatusFacts = { ...OPEN, status: "作废", voidReason: "重复登记", voidedOn: day("2026-03-09") };
    const m = build(formOf(0), { typed, state });
    expect(modelCell(m, formCell("status"))).toBe("作废");
    expect(modelCell(m, `A${FORM_LAYOUT.stampRow}`)).toBe("作　废\n作废原因：重复登记（2026-03-09）");
    expect(m.rowHeights?.[FORM_LAYOUT.stampRow]).toBeGreaterThan(40);
    expect(m.tabColor).toBe("#808080");
    expect(modelCell(m, formCell("cause"))).toBe("主要客户流失");
  });

  it("writes the release date of a released form over a typed one", () => {
    const typed = new Map<InputField, CellValue>([["releasedOn", dayToExcelSerial(day("2026-04-01"))]]);
    const state: StatusFacts = { ...OPEN, status: "已解除", releasedOn: day("2026-04-03") };
    expect(modelCell(build(formOf(0), { typed, state }), formCell("releasedOn"))).toBe(
      dayToExcelSerial(day("2026-04-03")),
    );
    expect(modelCell(build(formOf(0), { typed }), formCell("releasedOn"))).toBe(dayToExcelSerial(day("2026-04-01")));
  });

  it("notes the unit conversion and that holidays are not counted", () => {
    const note = modelCell(build(formOf(0)), `A${FORM_LAYOUT.noteRow}`);
    expect(note).toContain("台账以万元记");
    expect(note).toContain("10个工作日");
    expect(note).toContain("未扣除法定节假日");
  });

  it("writes English labels in en-US, with the data values unchanged", () => {
    const m = build(formOf(0), { locale: "en-US" });
    expect(modelCell(m, "A1")).toBe("Risk warning signal form");
    expect(modelCell(m, formCell("status"))).toBe("生效");
  });
});

describe("readFormInputs", () => {
  it("reads back what the form wrote, by position", () => {
    const m = build(formOf(0));
    const typed = readFormInputs(modelValues(m));
    expect(typed.get("customer")).toBe("信阳市丰禾农业发展有限公司");
    expect(typed.get("balance")).toBe(1_502_500);
    expect(typed.has("cause")).toBe(false);
    // Rebuilding with what was read gives the same sheet.
    expect(build(formOf(0), { typed })).toEqual(m);
  });
});

describe("isFormLayout", () => {
  it("recognises a form in either language", () => {
    expect(isFormLayout(modelValues(build(formOf(0))))).toBe(true);
    expect(isFormLayout(modelValues(build(formOf(0), { locale: "en-US" })))).toBe(true);
  });

  it("refuses a form whose rows were moved", () => {
    const values = modelValues(build(formOf(0)));
    values.splice(5, 0, []);
    expect(isFormLayout(values)).toBe(false);
    expect(isFormLayout([["别的表"]])).toBe(false);
  });
});
