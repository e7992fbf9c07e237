import type { NoticedLoan } from "../../../src/core/maturity/read-notice-sheet";
import {
  findUndecided,
  ledgerLoans,
  mergeUndecided,
  stillOutstanding,
  type UndecidedLoan,
} from "../../../src/core/maturity/undecided";
import { aLedger, day } from "../../support/ledger-builder";

function noticed(over: Partial<NoticedLoan>): NoticedLoan {
  return {
    match: over.loanNo ?? "K",
    loanNo: "K",
    customer: "张三",
    balance: 10,
    maturity: day("2026-12-15"),
    officer: "李四",
    loanClass: "正常",
    handling: null,
    responsible: null,
    remark: null,
    sheetRow: 15,
    ...over,
  };
}

function undecided(loanNo: string, maturity: string): UndecidedLoan {
  return {
    match: loanNo,
    branch: "城关支行",
    loanNo,
    customer: "张三",
    balance: 1,
    maturity: day(maturity),
    officer: null,
    loanClass: null,
  };
}

describe("findUndecided", () => {
  it("lists loans due on or before the as-of date whose 处理方式 is empty", () => {
    const loans = [
      noticed({ loanNo: "PAST", maturity: day("2026-12-15") }),
      noticed({ loanNo: "TODAY", maturity: day("2026-12-31") }),
      noticed({ loanNo: "LATER", maturity: day("2027-01-01") }),
      noticed({ loanNo: "DECIDED", maturity: day("2026-12-01"), handling: "展期" }),
      noticed({ loanNo: "NODATE", maturity: null }),
    ];
    const found = findUndecided([{ branch: "城关支行", loans }], day("2026-12-31"));
    expect(found.map((l) => [l.loanNo, l.branch])).toEqual([
      ["PAST", "城关支行"],
      ["TODAY", "城关支行"],
    ]);
  });
});

describe("mergeUndecided", () => {
  const window = { from: day("2026-12-01"), to: day("2026-12-31") };

  it("keeps what the last summary listed for the period followed up, once, by maturity", () => {
    const found = [undecided("B", "2026-12-20")];
    const before = [undecided("B", "2026-12-20"), undecided("A", "2026-12-05"), undecided("OLD", "2026-11-20")];
    expect(mergeUndecided(found, before, window).map((l) => l.loanNo)).toEqual(["A", "B"]);
  });
});

describe("ledgerLoans", () => {
  it("indexes the ledger's loans by 借据号, or customer and maturity when there is none", () => {
    const index = ledgerLoans(
      aLedger()
        .withLoan({ loanNo: "jj-1", balance: 5, maturity: "2027-03-01" })
        .withRow({ customer: "王五", maturity: "2027-01-09", balance: 0 })
        .build(),
    );
    expect(index.get("JJ-1")).toEqual({ balance: 5, maturity: day("2027-03-01") });
    expect(stillOutstanding(index.get("JJ-1"))).toBe(true);
    expect(stillOutstanding(index.get("#王五|2027-01-09"))).toBe(false);
    expect(stillOutstanding(index.get("GONE"))).toBe(false);
  });
});
