import { HANDLING_METHODS } from "../../../src/core/maturity/handling-method";
import { buildNoticeSheet, type TypedEntries } from "../../../src/core/maturity/notice-sheet";
import { buildNoticeSummarySheet, type NoticeSummaryInput } from "../../../src/core/maturity/notice-summary-sheet";
import { readUndecidedBlock } from "../../../src/core/maturity/read-notice-summary";
import type { MaturingLoan } from "../../../src/core/maturity/select-maturing";
import type { UndecidedLoan } from "../../../src/core/maturity/undecided";
import type { SheetModel } from "../../../src/core/sheet-model/sheet-model";
import type { CellValue } from "../../../src/core/values/cell-value";
import { recalculateSheets } from "../../../src/preview/formula-engine";
import { day } from "../../support/ledger-builder";
import { aMaturingLoan } from "./maturing-loan";

interface Branch {
  readonly branch: string;
  readonly sheet: string;
  readonly loans: readonly MaturingLoan[];
  readonly typed: ReadonlyMap<string, TypedEntries>;
}

const typed = (h: string | null, person: string | null = null): TypedEntries => ({
  handling: h,
  responsible: person,
  remark: null,
});

function branch(name: string, specs: readonly [number, string | null, string | null][]): Branch {
  const loans = specs.map(([balance], i) => aMaturingLoan({ loanNo: `${name}-${i + 1}`, branch: name, balance }));
  const map = new Map(loans.map((l, i) => [l.match, typed(specs[i]?.[1] ?? null, specs[i]?.[2] ?? null)]));
  return { branch: name, sheet: `到期提示-${name}`, loans, typed: map };
}

const BRANCHES: readonly Branch[] = [
  branch("城关支行", [
    [100, "按期收回", null],
    [50.5, "展期", null],
    [20, "清收保全", null],
    [7.25, null, null],
  ]),
  branch("东城/西区", [
    [300, "借新还旧", null],
    [0.1, "清收保全", "张三"],
  ]),
  branch("南湖's 信用社", [[12, null, null]]),
];

function noticeModels(): SheetModel[] {
  return BRANCHES.map((b) =>
    buildNoticeSheet({
      sheetName: b.sheet,
      branch: b.branch,
      loans: b.loans,
      typed: b.typed,
      period: "2027年1月",
      asOf: day("2026-12-31"),
      issued: day("2026-12-31"),
      amountUnit: "万元",
    }),
  );
}

const UNDECIDED: readonly UndecidedLoan[] = [
  {
    match: "OLD-1",
    branch: "城关支行",
    loanNo: "OLD-1",
    customer: "孙八",
    balance: 40,
    maturity: day("2026-12-10"),
    officer: "李四",
    loanClass: "关注",
  },
];

function summary(over: Partial<NoticeSummaryInput> = {}): SheetModel {
  return buildNoticeSummarySheet({
    sheetName: "到期提示汇总",
    period: "2027年1月",
    asOf: day("2026-12-31"),
    issued: day("2026-12-31"),
    ledgerSheet: "贷后管理台账",
    amountUnit: "万元",
    branches: BRANCHES.map((b) => ({ branch: b.branch, sheet: b.sheet, loanCount: b.loans.length })),
    undecided: UNDECIDED,
    now: new Map([["OLD-1", { balance: 40, maturity: day("2026-12-10") }]]),
    ...over,
  });
}

function recalculated(sheet: SheetModel): CellValue[][] {
  const all = [...noticeModels(), sheet].map((m) => ({ name: m.name, rows: m.rows }));
  return recalculateSheets(all)[sheet.name] ?? [];
}

function rowStarting(values: CellValue[][], first: string, from = 0): CellValue[] {
  const row = values.slice(from).find((r) => r[0] === first);
  if (row === undefined) throw new Error(`no row ${first}`);
  return row;
}

describe("buildNoticeSummarySheet", () => {
  it("counts each branch's loans, balance and chosen 处理方式 with formulas over the 附表", () => {
    const values = recalculated(summary());
    for (const b of BRANCHES) {
      const row = rowStarting(values, b.branch);
      const chosen = (m: string) => b.loans.filter((l) => b.typed.get(l.match)?.handling === m).length;
      const blank = b.loans.filter((l) => b.typed.get(l.match)?.handling === null).length;
      const noPerson = b.loans.filter(
        (l) => b.typed.get(l.match)?.handling === "清收保全" && b.typed.get(l.match)?.responsible === null,
      ).length;
      expect(row[1]).toBe(b.loans.length);
      expect(row[2]).toBeCloseTo(
        b.loans.reduce((s, l) => s + l.balance, 0),
        6,
      );
      expect(row.slice(3, 7)).toEqual(HANDLING_METHODS.map(chosen));
      expect(row[7]).toBe(blank);
      expect(row[8]).toBe(noPerson);
    }
    const total = rowStarting(values, "合计");
    expect(total.slice(1, 9)).toEqual([7, expect.closeTo(489.85, 6), 1, 1, 1, 2, 2, 1]);
  });

  it("totals count and balance by 处理方式", () => {
    const values = recalculated(summary());
    const title = values.findIndex((r) => r[0] === "二、按处理方式汇总");
    const rows = Object.fromEntries(values.slice(title + 2, title + 8).map((r) => [String(r[0]), [r[1], r[2]]]));
    expect(rows).toEqual({
      按期收回: [1, 100],
      展期: [1, 50.5],
      借新还旧: [1, 300],
      清收保全: [2, expect.closeTo(20.1, 6)],
      未填写: [2, expect.closeTo(19.25, 6)],
      合计: [7, expect.closeTo(489.85, 6)],
    });
  });

  it("links each branch to its notice", () => {
    const model = summary();
    const links = model.rows.flat().filter((c) => typeof c === "object" && c !== null && "link" in c);
    expect(links).toContainEqual({ text: "东城/西区", link: { sheet: "到期提示-东城/西区", cell: "A1" } });
  });

  it("lists the loans that matured without a decision, with where they stand now", () => {
    const values = recalculated(summary());
    const title = values.findIndex((r) => String(r[0]).startsWith("三、已到期未定处理方式（1 笔）"));
    expect(title).toBeGreaterThan(0);
    expect(values[title + 2]?.slice(0, 8)).toEqual([
      "城关支行",
      "孙八",
      "OLD-1",
      40,
      expect.any(Number),
      "李四",
      "关注",
      "余额 40.00，到期日 2026-12-10",
    ]);
    const settled = recalculated(summary({ now: new Map() }));
    expect(settled.some((r) => r[7] === "已结清或不在台账")).toBe(true);
  });

  it("says so when nothing is undecided", () => {
    const values = recalculated(summary({ undecided: [] }));
    expect(values.some((r) => String(r[0]).startsWith("无："))).toBe(true);
    expect(readUndecidedBlock(values)).toEqual([]);
  });

  it("reads its undecided block back", () => {
    const values = recalculated(summary());
    expect(readUndecidedBlock(values)).toEqual(UNDECIDED);
    const english = recalculated(summary({ locale: "en-US" }));
    expect(readUndecidedBlock(english).map((l) => l.loanNo)).toEqual(["OLD-1"]);
  });

  it("writes zeros rather than formulas for a branch with no loans", () => {
    const model = summary({ branches: [{ branch: "空", sheet: "到期提示-空", loanCount: 0 }] });
    const values = recalculateSheets([{ name: model.name, rows: model.rows }])[model.name] ?? [];
    expect(rowStarting(values, "空").slice(1, 9)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
