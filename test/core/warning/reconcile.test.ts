import type { CellValue } from "../../../src/core/values/cell-value";
import { formCell, type InputField } from "../../../src/core/warning/form-layout";
import { buildFormSheet } from "../../../src/core/warning/form-sheet";
import { recordFromFormSheet, reconcileRegister, refreshFromForm } from "../../../src/core/warning/reconcile";
import {
  buildRegisterSheet,
  readRegisterRows,
  registerColumn,
  type RegisterRow,
} from "../../../src/core/warning/register-sheet";
import { warningFormFromRecord } from "../../../src/core/warning/warning-record";
import { parseCellAddress } from "../../../src/core/sheet-model/a1";
import { day } from "../../support/ledger-builder";
import { modelValues } from "../../support/model-values";
import { aRecord } from "./fixtures";

const TODAY = day("2026-03-16");

function registerRows(values: CellValue[][]): RegisterRow[] {
  const rows = readRegisterRows(values);
  if (rows === null) throw new Error("not a register");
  return rows;
}

function registerValues(...records: Parameters<typeof buildRegisterSheet>[0]): CellValue[][] {
  return modelValues(buildRegisterSheet(records, { sheet: "预警登记簿" }));
}

function setCell(values: CellValue[][], row: number, col: number, v: CellValue): void {
  const r = values[row - 1];
  if (r) r[col] = v;
}

describe("reconcileRegister", () => {
  it("changes nothing when the register says what the store says", () => {
    const records = [aRecord(1), aRecord(2)];
    const r = reconcileRegister(records, registerRows(registerValues(...records)), { today: TODAY });
    expect(r.records).toEqual(records);
    expect(r.adopted).toEqual([]);
    expect(r.refused).toEqual([]);
  });

  it("takes over a status chosen in the register's drop-down, with the release date typed beside it", () => {
    const records = [aRecord(1), aRecord(2), aRecord(3)];
    const values = registerValues(...records);
    const status = registerColumn("status");
    setCell(values, 2, status, "处理中");
    setCell(values, 3, status, "已解除");
    setCell(values, 3, registerColumn("releasedOn"), 46094); // 2026-03-13
    setCell(values, 4, status, "作废");
    setCell(values, 4, registerColumn("voidReason"), "客户已结清");
    const r = reconcileRegister(records, registerRows(values), { today: TODAY });
    const byNo = new Map(r.records.map((x) => [x.number.seq, x]));
    expect(byNo.get(1)?.status).toBe("处理中");
    expect([byNo.get(2)?.status, byNo.get(2)?.releasedOn]).toEqual(["已解除", day("2026-03-13")]);
    expect([byNo.get(3)?.status, byNo.get(3)?.voidReason, byNo.get(3)?.voidedOn]).toEqual([
      "作废",
      "客户已结清",
      TODAY,
    ]);
    expect(r.adopted.map((a) => [a.number.seq, a.from, a.to])).toEqual([
      [1, "生效", "处理中"],
      [2, "生效", "已解除"],
      [3, "生效", "作废"],
    ]);
  });

  it("releases on today when no date was typed, and records a default reason for a void without one", () => {
    const records = [aRecord(1), aRecord(2)];
    const values = registerValues(...records);
    setCell(values, 2, registerColumn("status"), "已解除");
    setCell(values, 3, registerColumn("status"), "作废");
    const r = reconcileRegister(records, registerRows(values), { today: TODAY });
    expect(r.records[0]?.releasedOn).toBe(TODAY);
    expect(r.records[1]?.voidReason).toBe("在登记簿中标记作废（未填原因）");
  });

  it("refuses to reopen a closed form or to go back to 生效", () => {
    const records = [aRecord(1, { status: "作废", voidReason: "x" }), aRecord(2, { status: "处理中" })];
    const values = registerValues(...records);
    setCell(values, 2, registerColumn("status"), "生效");
    setCell(values, 3, registerColumn("status"), "生效");
    const r = reconcileRegister(records, registerRows(values), { today: TODAY });
    expect(r.records.map((x) => x.status)).toEqual(["作废", "处理中"]);
    expect(r.refused.map((x) => [x.number.seq, x.typed, x.kept])).toEqual([
      [1, "生效", "作废"],
      [2, "生效", "处理中"],
    ]);
  });

  it("restores records the store lost from the register's rows", () => {
    const lost = aRecord(2, { customer: "=张三", status: "处理中" });
    const r = reconcileRegister([aRecord(1)], registerRows(registerValues(aRecord(1), lost)), { today: TODAY });
    expect(r.restored).toEqual([{ year: 2026, seq: 2 }]);
    const back = r.records.find((x) => x.number.seq === 2);
    expect(back).toMatchObject({
      customer: "=张三",
      status: "处理中",
      filedOn: lost.filedOn,
      deadline: lost.deadline,
      loanNo: lost.loanNo,
      balance: lost.balance,
      sheet: "预警2026-002",
      key: lost.key,
    });
  });

  it("keeps remarks by number, and rows of people's own (or a copied number) as they are", () => {
    const values = registerValues(aRecord(1));
    setCell(values, 2, registerColumn("remark"), "已上报");
    values.push(["手工补登", null, null, "某客户"]);
    values.push([...(values[1] ?? [])]);
    const r = reconcileRegister([aRecord(1)], registerRows(values), { today: TODAY });
    expect(r.typed.remarks.get("2026-1")).toBe("已上报");
    expect(r.typed.extraRows.map((x) => x[0])).toEqual(["手工补登", "〔2026〕第001号"]);
  });

  it("keeps every stored record when there is no register at all", () => {
    const records = [aRecord(1), aRecord(2)];
    expect(reconcileRegister(records, null, { today: TODAY }).records).toEqual(records);
  });
});

function formValues(record = aRecord(4), typed?: Map<InputField, CellValue>): CellValue[][] {
  return modelValues(
    buildFormSheet(warningFormFromRecord(record), {
      sheet: record.sheet,
      state: record,
      feedbackDays: 10,
      ...(typed ? { typed } : {}),
    }),
  );
}

describe("refreshFromForm", () => {
  it("takes the level, category, discoverer and description people set on the form", () => {
    const values = formValues(aRecord(4, { level: null, category: null, discoverer: null }));
    const put = (field: InputField, v: CellValue) => {
      const p = parseCellAddress(formCell(field));
      if (p) setCell(values, p.row, p.col, v);
    };
    put("level", "红色");
    put("category", "担保");
    put("discoverer", "赵强");
    put("description", "抵押物被查封");
    const r = refreshFromForm(aRecord(4, { level: null }), values);
    expect([r.level, r.category, r.discoverer, r.signal]).toEqual(["红", "担保", "赵强", "抵押物被查封"]);
    expect(r.key).toBe(aRecord(4).key);
  });

  it("keeps the record's values where the form says nothing readable", () => {
    const values = formValues(aRecord(4, { level: null }));
    const r = refreshFromForm(aRecord(4), values);
    expect(r.level).toBe("黄");
  });
});

describe("recordFromFormSheet", () => {
  it("rebuilds a record from a form sheet that nothing else lists", () => {
    const original = aRecord(9, { status: "处理中", customer: "+李四" });
    const r = recordFromFormSheet("预警2026-009", formValues(original));
    expect(r).toMatchObject({
      number: { year: 2026, seq: 9 },
      sheet: "预警2026-009",
      filedOn: original.filedOn,
      deadline: original.deadline,
      status: "处理中",
      customer: "+李四",
      loanNo: original.loanNo,
      balance: original.balance,
      level: "黄",
      category: "财务",
      signal: original.signal,
    });
  });

  it("is null for a sheet without a form number or dates", () => {
    expect(recordFromFormSheet("别的表", formValues())).toBeNull();
    expect(recordFromFormSheet("预警2026-009", [["风险预警信号处理表"]])).toBeNull();
  });
});
