import {
  formSignalKey,
  isOverdue,
  openFormsForPane,
  signalKey,
  warningFormFromRecord,
  warningRecordFromJson,
  warningRecordToJson,
} from "../../../src/core/warning/warning-record";
import { day } from "../../support/ledger-builder";
import { aRecord } from "./fixtures";

const TODAY = day("2026-03-23");

describe("signalKey", () => {
  it("ignores spacing and full-width forms, not the words", () => {
    expect(signalKey("JJ001", "资产负债率 92%")).toBe(signalKey("ＪＪ００１", "资产负债率92％"));
    expect(signalKey("JJ001", "停产")).not.toBe(signalKey("JJ001", "涉诉"));
    expect(signalKey("JJ001", "停产")).not.toBe(signalKey("JJ002", "停产"));
  });
});

describe("formSignalKey", () => {
  it("tells loans without a 借据号 apart by their ledger row", () => {
    const a = warningFormFromRecord(aRecord(1, { loanNo: null, ledger: { sheet: "台账", row: 5 } }));
    const b = warningFormFromRecord(aRecord(1, { loanNo: null, ledger: { sheet: "台账", row: 6 } }));
    expect(formSignalKey(a)).not.toBe(formSignalKey(b));
  });
});

describe("isOverdue", () => {
  it.each([
    ["生效", day("2026-03-20"), true],
    ["处理中", day("2026-03-20"), true],
    ["生效", TODAY, false],
    ["生效", day("2026-03-30"), false],
    ["已解除", day("2026-03-20"), false],
    ["作废", day("2026-03-20"), false],
  ] as const)("%s due %i → %p", (status, deadline, want) => {
    expect(isOverdue(aRecord(1, { status, deadline }), TODAY)).toBe(want);
  });
});

describe("openFormsForPane", () => {
  it("lists open forms only, overdue first, then by deadline and number", () => {
    const records = [
      aRecord(1, { deadline: day("2026-03-30") }),
      aRecord(2, { deadline: day("2026-03-20"), status: "处理中" }),
      aRecord(3, { deadline: day("2026-03-10"), status: "已解除" }),
      aRecord(4, { deadline: day("2026-03-25") }),
      aRecord(5, { deadline: day("2026-03-16") }),
      aRecord(6, { deadline: day("2026-03-16"), status: "作废" }),
    ];
    expect(openFormsForPane(records, TODAY).map((r) => r.number.seq)).toEqual([5, 2, 4, 1]);
  });
});

describe("warningRecordFromJson", () => {
  it("round-trips a record", () => {
    const r = aRecord(3, { customer: "=SUM(A1)", status: "作废", voidReason: "重复", voidedOn: 20_520 });
    expect(warningRecordFromJson(JSON.parse(JSON.stringify(warningRecordToJson(r))))).toEqual(r);
  });

  it.each([[null], ["x"], [{}], [{ number: "预警2026-001" }], [{ number: "abc", filedOn: 1, deadline: 2 }]])(
    "is null for %p",
    (json) => {
      expect(warningRecordFromJson(json)).toBeNull();
    },
  );

  it("drops damaged fields one by one and keeps the record", () => {
    const r = warningRecordFromJson({
      number: "〔2026〕第004号",
      filedOn: 20_500,
      deadline: 20_514,
      status: "乱写",
      level: "紫",
      balance: "很多",
      origin: "魔法",
    });
    expect(r).toMatchObject({ status: "生效", level: null, balance: null, origin: "selection", sheet: "预警2026-004" });
  });
});
