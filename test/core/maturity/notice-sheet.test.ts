import { HANDLING_METHODS } from "../../../src/core/maturity/handling-method";
import { noticeColumn, scheduleRows } from "../../../src/core/maturity/notice-layout";
import { buildNoticeSheet, NOTICE_FILLS, type NoticeSheetInput } from "../../../src/core/maturity/notice-sheet";
import { readNoticeSheet } from "../../../src/core/maturity/read-notice-sheet";
import { cellAddress, parseCellAddress } from "../../../src/core/sheet-model/a1";
import { isFormulaCell, type ModelCell, type SheetModel } from "../../../src/core/sheet-model/sheet-model";
import { dayToExcelSerial } from "../../../src/core/values/day";
import { recalculateSheets, type EngineCell } from "../../../src/preview/formula-engine";
import { day } from "../../support/ledger-builder";
import { aMaturingLoan } from "./maturing-loan";

const LOANS = [
  aMaturingLoan({ loanNo: "JJ001", balance: 120.5, maturity: day("2027-01-05") }),
  aMaturingLoan({ loanNo: "JJ002", customer: "李四", balance: 30.25, maturity: day("2027-01-20") }),
  aMaturingLoan({ loanNo: "JJ003", customer: "王五", balance: 1000, maturity: day("2027-01-31"), extensionLimit: 6.5 }),
];

function input(over: Partial<NoticeSheetInput> = {}): NoticeSheetInput {
  return {
    sheetName: "到期提示-城关支行",
    branch: "城关支行",
    loans: LOANS,
    period: "2027年1月",
    asOf: day("2026-12-31"),
    issued: day("2027-01-04"),
    amountUnit: "万元",
    ...over,
  };
}

function cellOf(model: SheetModel, a1: string): ModelCell | undefined {
  const at = parseCellAddress(a1);
  return at === null ? undefined : model.rows[at.row - 1]?.[at.col];
}

const ROWS = scheduleRows(LOANS.length);
const col = (c: Parameters<typeof noticeColumn>[0], row: number): string => cellAddress(row, noticeColumn(c));

describe("buildNoticeSheet", () => {
  it("addresses the letter to the branch, for the period, signed by the issuer and dated", () => {
    const model = buildNoticeSheet(input());
    const texts = model.rows.flat().filter((c): c is string => typeof c === "string");
    expect(texts).toEqual(
      expect.arrayContaining([
        "关于2027年1月到期贷款的提示函",
        "致城关支行：",
        "信贷管理部",
        "2027年1月4日",
        "附表：城关支行2027年1月到期贷款明细",
      ]),
    );
    expect(texts.some((t) => t.includes("三个不放过"))).toBe(true);
    expect(texts.some((t) => t.includes("借新还旧") && t.includes("关注"))).toBe(true);
  });

  it("lists every loan with the ledger's facts, the maturity as a date and the 展期 limit", () => {
    const model = buildNoticeSheet(input());
    expect(model.rows[ROWS.header - 1]).toEqual([
      "序号",
      "客户名称",
      "借据号",
      "贷款余额（万元）",
      "到期日",
      "管户客户经理",
      "五级分类",
      "担保方式",
      "处理方式",
      "展期上限(月)",
      "备注",
      "责任人",
    ]);
    const third = model.rows[ROWS.first + 1]?.slice(0, 10);
    expect(third).toEqual([
      3,
      "王五",
      "JJ003",
      1000,
      dayToExcelSerial(day("2027-01-31")),
      "李四",
      "正常",
      "保证",
      null,
      6.5,
    ]);
  });

  it("gives the 处理方式 column a drop-down of the four choices", () => {
    const model = buildNoticeSheet(input());
    expect(model.validations).toEqual([
      { range: `${col("handling", ROWS.first)}:${col("handling", ROWS.last)}`, list: [...HANDLING_METHODS] },
    ]);
  });

  it("computes the letter's count and total and the 合计 row with native formulas the engine agrees with", () => {
    const model = buildNoticeSheet(input());
    const values = recalculateSheets([{ name: model.name, rows: model.rows }])[model.name] ?? [];
    const total = LOANS.reduce((s, l) => s + l.balance, 0);
    expect(values[3]?.[0]).toBe(
      `\u3000\u3000经核对贷后管理台账，贵单位于2027年1月到期的贷款共 3 笔，贷款余额合计 ${total.toFixed(2)}万元，明细见附表。为防止形成逾期，请按以下要求提前逐笔落实：`,
    );
    expect(values[ROWS.total - 1]?.[noticeColumn("balance")]).toBeCloseTo(total, 6);
    expect(values[ROWS.total - 1]?.[noticeColumn("customer")]).toBe("共 3 笔");
  });

  it("keeps the letter's figures right when someone edits the 附表", () => {
    const model = buildNoticeSheet(input());
    const rows = model.rows.map((r) => [...r]) as EngineCell[][];
    const second = rows[ROWS.first] ?? [];
    second[noticeColumn("balance")] = 0.75;
    const values = recalculateSheets([{ name: model.name, rows }])[model.name] ?? [];
    expect(String(values[3]?.[0])).toContain(`合计 ${(120.5 + 0.75 + 1000).toFixed(2)}万元`);
  });

  it("shows guidance in 备注 by 处理方式, until someone types a remark", () => {
    const typed = new Map([
      [LOANS[0]?.match ?? "", { handling: "借新还旧", responsible: null, remark: null }],
      [LOANS[1]?.match ?? "", { handling: "展期", responsible: null, remark: "客户已提交申请" }],
    ]);
    const model = buildNoticeSheet(input({ typed }));
    const values = recalculateSheets([{ name: model.name, rows: model.rows }])[model.name] ?? [];
    const remark = (i: number) => values[ROWS.first - 1 + i]?.[noticeColumn("remark")];
    expect(remark(0)).toBe("须满足借新还旧条件，办理后至少列为关注类");
    expect(remark(1)).toBe("客户已提交申请");
    expect(remark(2)).toBe("");
  });

  it("carries typed 处理方式, 责任人 and 备注 by loan, writing a loosely typed choice as the drop-down's value", () => {
    const typed = new Map([
      [LOANS[2]?.match ?? "", { handling: " 清收保全 ", responsible: "赵六", remark: "已起诉" }],
      [LOANS[0]?.match ?? "", { handling: "以后再说", responsible: null, remark: null }],
    ]);
    const model = buildNoticeSheet(input({ typed }));
    expect(cellOf(model, col("handling", ROWS.first + 2))).toBe("清收保全");
    expect(cellOf(model, col("responsible", ROWS.first + 2))).toBe("赵六");
    expect(cellOf(model, col("remark", ROWS.first + 2))).toBe("已起诉");
    expect(cellOf(model, col("handling", ROWS.first))).toBe("以后再说");
    expect(isFormulaCell(cellOf(model, col("remark", ROWS.first)) ?? null)).toBe(true);
  });

  it("flags 清收保全 without 责任人 and a matured loan without 处理方式, by formulas that work in the sheet", () => {
    const loans = [
      aMaturingLoan({ loanNo: "OLD", maturity: day("2020-01-10") }),
      aMaturingLoan({ loanNo: "NEW", maturity: day("2099-01-10") }),
      aMaturingLoan({ loanNo: "REC", maturity: day("2099-01-10") }),
      aMaturingLoan({ loanNo: "NAMED", maturity: day("2099-01-10") }),
    ];
    const typed = new Map([
      [loans[2]?.match ?? "", { handling: "清收保全", responsible: null, remark: null }],
      [loans[3]?.match ?? "", { handling: "清收保全", responsible: "钱七", remark: null }],
    ]);
    const model = buildNoticeSheet(input({ loans, typed }));
    const rows = scheduleRows(loans.length);
    const [person, undecided] = model.conditionalFormats ?? [];
    expect(person?.style.fill).toBe(NOTICE_FILLS.missingPerson);
    expect(undecided?.style.fill).toBe(NOTICE_FILLS.undecided);
    // Evaluate each rule for every loan row in a spare column, as Excel applies it row by row.
    const grid = model.rows.map((r) => [...r]) as EngineCell[][];
    const spare = 20;
    for (let r = rows.first; r <= rows.last; r++) {
      const at = (f: string) => f.replace(new RegExp(`(\\$[A-Z]+)${rows.first}\\b`, "g"), `$1${r}`);
      const cells = (grid[r - 1] ??= []);
      cells[spare] = { formula: at(person?.formula ?? "") };
      cells[spare + 1] = { formula: at(undecided?.formula ?? "") };
    }
    const values = recalculateSheets([{ name: model.name, rows: grid }])[model.name] ?? [];
    const flags = loans.map((_, i) => [values[rows.first - 1 + i]?.[spare], values[rows.first - 1 + i]?.[spare + 1]]);
    expect(flags).toEqual([
      [false, true],
      [false, false],
      [true, false],
      [false, false],
    ]);
  });

  it("prints on A4 landscape, one page wide, repeating the 附表 header", () => {
    const model = buildNoticeSheet(input());
    expect(model.page).toMatchObject({
      paperSize: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: `${ROWS.header}:${ROWS.header}`,
      printArea: `A1:L${ROWS.total}`,
    });
  });

  it("writes text from the ledger as text, never as a formula", () => {
    const loans = [aMaturingLoan({ customer: '=HYPERLINK("x")', loanNo: "+123" })];
    const model = buildNoticeSheet(input({ loans, branch: "=1+1" }));
    const row = model.rows[scheduleRows(1).first - 1] ?? [];
    expect(row[noticeColumn("customer")]).toBe('=HYPERLINK("x")');
    expect(row[noticeColumn("loanNo")]).toBe("+123");
    expect(
      model.rows
        .flat()
        .filter(isFormulaCell)
        .some((f) => f.formula.includes("1+1")),
    ).toBe(false);
  });

  it("writes an English notice with the same drop-down values", () => {
    const model = buildNoticeSheet(input({ locale: "en-US", period: "January 2027" }));
    expect(model.rows[0]?.[0]).toBe("Notice of loans maturing in January 2027");
    expect(model.rows[ROWS.header - 1]?.[noticeColumn("handling")]).toBe("Handling");
    expect(model.validations?.[0]?.list).toEqual([...HANDLING_METHODS]);
  });
});

describe("readNoticeSheet", () => {
  function shownValues(model: SheetModel): EngineCell[][] {
    return (recalculateSheets([{ name: model.name, rows: model.rows }])[model.name] ?? []) as EngineCell[][];
  }

  it("reads back every loan and only what people typed", () => {
    const typed = new Map([
      [LOANS[0]?.match ?? "", { handling: "借新还旧", responsible: null, remark: null }],
      [LOANS[2]?.match ?? "", { handling: "清收保全", responsible: "赵六", remark: "已起诉，见（2026）判决" }],
    ]);
    const values = shownValues(buildNoticeSheet(input({ typed })));
    const read = readNoticeSheet(values as never);
    expect(read?.branch).toBe("城关支行");
    expect(read?.loans.map((l) => [l.loanNo, l.handling, l.responsible, l.remark, l.maturity, l.balance])).toEqual([
      ["JJ001", "借新还旧", null, null, day("2027-01-05"), 120.5],
      ["JJ002", null, null, null, day("2027-01-20"), 30.25],
      ["JJ003", "清收保全", "赵六", "已起诉，见（2026）判决", day("2027-01-31"), 1000],
    ]);
    expect(read?.loans.map((l) => l.sheetRow)).toEqual([ROWS.first, ROWS.first + 1, ROWS.first + 2]);
  });

  it("finds the columns by their labels when someone inserted a row and a column", () => {
    const values = shownValues(buildNoticeSheet(input({ locale: "en-US", period: "January 2027" })));
    const moved = [[], ...values.map((r) => [r[0], "extra", ...r.slice(1)])];
    const handling = noticeColumn("handling") + 1;
    const loanRow = moved[ROWS.first] ?? [];
    loanRow[handling] = "展期";
    const read = readNoticeSheet(moved as never);
    expect(read?.branch).toBe("城关支行");
    expect(read?.loans[0]).toMatchObject({ loanNo: "JJ001", handling: "展期", sheetRow: ROWS.first + 1 });
  });

  it("is null for a sheet without the schedule", () => {
    expect(
      readNoticeSheet([
        ["客户名称", "借据号"],
        ["张三", "1"],
      ]),
    ).toBeNull();
  });
});
