import { dayToExcelSerial } from "../../../src/core/values/day";
import type { CellValue } from "../../../src/core/values/cell-value";
import {
  buildRegisterSheet,
  readRegisterRows,
  registerColumn,
  registerLetter,
  REGISTER_COLUMNS,
} from "../../../src/core/warning/register-sheet";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import { day } from "../../support/ledger-builder";
import { modelCell, modelValues } from "../../support/model-values";
import { aRecord } from "./fixtures";

const SHEET = "预警登记簿";

describe("buildRegisterSheet", () => {
  it("is an Excel table with one row per form, in number order, voided forms included", () => {
    const m = buildRegisterSheet([aRecord(2), aRecord(1, { status: "作废", voidReason: "重复" }), aRecord(3)], {
      sheet: SHEET,
    });
    expect(m.table).toEqual({ name: "预警登记簿", range: `A1:Q4` });
    expect(m.rows[0]).toEqual([
      "编号",
      "填报日期",
      "机构",
      "客户名称",
      "借据号",
      "贷款余额（元）",
      "五级分类",
      "信号类别",
      "信号描述",
      "预警级别",
      "发现人",
      "状态",
      "反馈期限",
      "解除日期",
      "作废原因",
      "处理表",
      "备注",
    ]);
    expect(m.rows.slice(1).map((r) => r[0])).toEqual(["〔2026〕第001号", "〔2026〕第002号", "〔2026〕第003号"]);
    expect(modelCell(m, `${registerLetter("status")}2`)).toBe("作废");
    expect(modelCell(m, `${registerLetter("voidReason")}2`)).toBe("重复");
  });

  it("writes dates as dates, the deadline included, and links each row to its form", () => {
    const m = buildRegisterSheet([aRecord(1)], { sheet: SHEET });
    expect(modelCell(m, `${registerLetter("filedOn")}2`)).toBe(dayToExcelSerial(day("2026-03-06")));
    expect(modelCell(m, `${registerLetter("deadline")}2`)).toBe(dayToExcelSerial(day("2026-03-20")));
    expect(modelCell(m, `${registerLetter("releasedOn")}2`)).toBeNull();
    expect(modelCell(m, `${registerLetter("form")}2`)).toEqual({
      text: "预警2026-001",
      link: { sheet: "预警2026-001", cell: "A1" },
    });
  });

  it("offers the statuses as a drop-down", () => {
    const m = buildRegisterSheet([aRecord(1), aRecord(2)], { sheet: SHEET });
    const col = registerLetter("status");
    expect(m.validations).toEqual([{ range: `${col}2:${col}3`, list: ["生效", "处理中", "已解除", "作废"] }]);
  });

  it("keeps people's remarks by number and their own rows at the end", () => {
    const extra: CellValue[] = REGISTER_COLUMNS.map(() => null);
    extra[0] = "手工登记";
    const m = buildRegisterSheet([aRecord(1), aRecord(2)], {
      sheet: SHEET,
      typed: { remarks: new Map([["2026-2", "已电话通知"]]), extraRows: [extra] },
    });
    expect(modelCell(m, `${registerLetter("remark")}3`)).toBe("已电话通知");
    expect(modelCell(m, `${registerLetter("remark")}2`)).toBeNull();
    expect(modelCell(m, "A4")).toBe("手工登记");
  });

  it("writes text from the ledger as text", () => {
    const m = buildRegisterSheet([aRecord(1, { customer: "=1+1", signal: "@risk" })], { sheet: SHEET });
    expect(modelCell(m, `${registerLetter("customer")}2`)).toBe("=1+1");
    expect(modelCell(m, `${registerLetter("signal")}2`)).toBe("@risk");
  });

  it("has a header and one empty row before the first form (a table needs a body)", () => {
    const m = buildRegisterSheet([], { sheet: SHEET });
    expect(m.rows).toHaveLength(2);
    expect(m.table?.range).toBe("A1:Q2");
  });

  it("prints landscape on A4, one page wide, the header on every page", () => {
    const m = buildRegisterSheet([aRecord(1)], { sheet: SHEET });
    expect(m.page).toMatchObject({
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printArea: "A1:Q2",
      printTitleRows: "1:1",
    });
    expect(m.freeze).toEqual({ rows: 1, columns: 1 });
  });

  it("highlights exactly the open forms past their deadline, by a formula a real engine evaluates", () => {
    const past = day("2001-01-05");
    const future = day("2099-01-05");
    const records = [
      aRecord(1, { deadline: past }),
      aRecord(2, { deadline: past, status: "处理中" }),
      aRecord(3, { deadline: past, status: "已解除", releasedOn: past }),
      aRecord(4, { deadline: past, status: "作废", voidReason: "x" }),
      aRecord(5, { deadline: future }),
    ];
    const m = buildRegisterSheet(records, { sheet: SHEET });
    const cf = m.conditionalFormats?.[0];
    expect(cf?.range).toBe("A2:Q6");
    // The rule's formula is relative to row 2: evaluate it once per row in a helper column.
    const helper = REGISTER_COLUMNS.length + 1;
    const rows = m.rows.map((r, i) => {
      const row = [...r];
      if (i > 0) row[helper] = { formula: (cf?.formula ?? "").replace(/\$([A-Z]+)2\b/g, `$$$1${i + 1}`) };
      return row;
    });
    const values = recalculateSheets([{ name: SHEET, rows }])[SHEET] ?? [];
    expect(values.slice(1).map((r) => r[helper])).toEqual([true, true, false, false, false]);
  });
});

describe("readRegisterRows", () => {
  it("reads back numbers, statuses, release dates and remarks", () => {
    const m = buildRegisterSheet([aRecord(1), aRecord(2, { status: "已解除", releasedOn: day("2026-03-12") })], {
      sheet: SHEET,
      typed: { remarks: new Map([["2026-1", "跟进中"]]), extraRows: [] },
    });
    const rows = readRegisterRows(modelValues(m));
    expect(rows?.map((r) => [r.number, r.status, r.releasedOn, r.remark])).toEqual([
      [{ year: 2026, seq: 1 }, "生效", null, "跟进中"],
      [{ year: 2026, seq: 2 }, "已解除", day("2026-03-12"), null],
    ]);
  });

  it("finds columns by their headers when people moved them", () => {
    const values = modelValues(buildRegisterSheet([aRecord(1)], { sheet: SHEET }));
    const moved = values.map((r) => [r[registerColumn("status")] ?? null, "插入列", ...r]);
    const rows = readRegisterRows(moved);
    expect(rows?.[0]?.status).toBe("生效");
    expect(rows?.[0]?.number).toEqual({ year: 2026, seq: 1 });
  });

  it("is null for a sheet that is not a register", () => {
    expect(readRegisterRows([["客户", "余额"]])).toBeNull();
  });
});
