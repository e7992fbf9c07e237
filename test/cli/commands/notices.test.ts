import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { HANDLING_METHODS } from "../../../src/core/maturity/handling-method";
import { noticeColumn, scheduleRows } from "../../../src/core/maturity/notice-layout";
import { cellAddress } from "../../../src/core/sheet-model/a1";
import { dataValidationsOf } from "../../../src/adapters/xlsx/exceljs-internals";
import { aLedger } from "../../support/ledger-builder";
import { writeRealisticLedger, type RealisticLedger } from "../../support/realistic-ledger";
import { runMain, STACK_TRACE, tempFolder } from "../harness";

interface NoticesJson {
  file: string;
  month: string;
  asOf: string;
  branches: {
    branch: string;
    sheet: string;
    count: number;
    balance: number;
    loans: {
      key: string | null;
      customer: string;
      balance: number;
      maturity: string;
      officer: string | null;
      class: string | null;
    }[];
  }[];
  undecided: { key: string | null; branch: string; maturity: string }[];
  out?: string;
  error?: { code: string; message: string; hint: string };
}

// Each test opens and writes .xlsx files through ExcelJS: seconds each when the machine is busy.
jest.setTimeout(30_000);

const tmp = tempFolder("postloan-notices-");
let realistic: RealisticLedger;

/** Three branches with loans maturing in January 2027 (as of 2026-12-31), one with a text date. */
const BRANCHES = aLedger()
  .withLoan({
    loanNo: "CG-1",
    branch: "城关支行",
    customer: "甲公司",
    maturity: "2027-01-05",
    balance: 100,
    officer: "李四",
  })
  .withLoan({ loanNo: "CG-2", branch: "城关支行", customer: "乙", maturity: "2027年1月31日", balance: 20.5 })
  .withLoan({
    loanNo: "DC-1",
    branch: "东城支行",
    customer: "丁",
    maturity: "2027-01-20",
    balance: 300,
    amount: 300,
    class: "关注",
  })
  .withLoan({ loanNo: "NH-1", branch: "南湖信用社", customer: "己", maturity: "2027-02-28", balance: 12 });

beforeAll(async () => {
  realistic = await writeRealisticLedger(tmp.path("城关支行.xlsx"));
  const wb = XlsxWorkbook.create();
  await wb.writeSheet({ name: "台账", rows: BRANCHES.values() as (string | number | null)[][] });
  await wb.save(tmp.path("全辖.xlsx"));
});

afterAll(() => tmp.remove());

const run = (argv: string[]) => runMain(argv, { cwd: tmp.dir });

function parsed(stdout: string): NoticesJson {
  return JSON.parse(stdout) as NoticesJson;
}

describe("postloan notices --json", () => {
  it("prints each branch's loans maturing next month, December → January", async () => {
    const { code, stdout, stderr } = await run(["notices", "全辖.xlsx", "--as-of", "2026-12-31", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = parsed(stdout);
    expect(json.month).toBe("2027-01");
    expect(json.branches.map((b) => [b.branch, b.count, b.balance])).toEqual([
      ["城关支行", 2, 120.5],
      ["东城支行", 1, 300],
    ]);
    expect(json.branches[0]?.loans[0]).toEqual({
      key: "CG-1",
      customer: "甲公司",
      balance: 100,
      maturity: "2027-01-05",
      officer: "李四",
      class: "正常",
      // Disbursed 2025-06-01: a 19-month loan, so at most half its term (《贷款通则》第十二条).
      extensionLimit: 9.5,
    });
    expect(json.branches[0]?.loans[1]?.maturity).toBe("2027-01-31");
    expect(json.undecided).toEqual([]);
    expect(json.out).toBeUndefined();
  });

  it("takes the as-of date from the ledger's 统计日期 and lists the loan maturing in December", async () => {
    const { stdout } = await run(["notices", "城关支行.xlsx", "--json"]);
    const json = parsed(stdout);
    expect(json.asOf).toBe(realistic.asOf);
    expect(json.month).toBe("2026-12");
    const keys = json.branches.flatMap((b) => b.loans.map((l) => l.key));
    const planted = realistic.defects.find((d) => d.rule === "maturing-next-month");
    expect(keys).toContain(planted?.key);
    expect(json.branches.flatMap((b) => b.loans).every((l) => l.maturity.startsWith("2026-12"))).toBe(true);
  });
});

describe("postloan notices --out", () => {
  it("writes the notices to a copy with working drop-downs and leaves the input untouched", async () => {
    const before = readFileSync(tmp.path("全辖.xlsx"));
    const { code, stdout } = await run(["notices", "全辖.xlsx", "--as-of", "2026-12-31", "--out", "到期提示.xlsx"]);
    expect(code).toBe(0);
    expect(stdout).toContain("城关支行：2 笔，余额 120.50");
    expect(stdout).toContain("到期提示.xlsx");
    expect(readFileSync(tmp.path("全辖.xlsx")).equals(before)).toBe(true);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(tmp.path("到期提示.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(["台账", "到期提示-城关支行", "到期提示-东城支行", "到期提示汇总"]),
    );
    const ws = book.getWorksheet("到期提示-东城支行");
    if (ws === undefined) throw new Error("no notice");
    const first = cellAddress(scheduleRows(1).first, noticeColumn("handling"));
    expect(dataValidationsOf(ws).model[first]?.formulae?.[0]).toBe(`"${HANDLING_METHODS.join(",")}"`);
  });

  it("lists, a month later, the loans that matured with no 处理方式 chosen", async () => {
    await run(["notices", "全辖.xlsx", "--as-of", "2026-12-31", "--out", "一月.xlsx"]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(tmp.path("一月.xlsx"));
    const ws = book.getWorksheet("到期提示-城关支行");
    const cell = ws?.getCell(cellAddress(scheduleRows(2).first, noticeColumn("handling")));
    if (cell) cell.value = "按期收回";
    await book.xlsx.writeFile(tmp.path("一月.xlsx"));

    const { code, stdout } = await run([
      "notices",
      "一月.xlsx",
      "--as-of",
      "2027-01-31",
      "--json",
      "--out",
      "二月.xlsx",
    ]);
    expect(code).toBe(0);
    const json = parsed(stdout);
    expect(json.month).toBe("2027-02");
    expect(json.undecided.map((u) => [u.key, u.branch, u.maturity])).toEqual([
      ["DC-1", "东城支行", "2027-01-20"],
      ["CG-2", "城关支行", "2027-01-31"],
    ]);
    expect(existsSync(tmp.path("二月.xlsx"))).toBe(true);
  });
});

describe("postloan notices errors", () => {
  it.each([
    [["notices"], /没有指定|文件/],
    [["notices", "无此文件.xlsx"], /无此文件\.xlsx/],
    [["notices", "全辖.xlsx", "--as-of", "明天"], /明天/],
    [["notices", "全辖.xlsx", "城关支行.xlsx"], /一次处理一个文件/],
    [["notices", "全辖.xlsx", "--out", "全辖.xlsx"], /全辖\.xlsx/],
  ])("exits 2 with a Chinese message for %j", async (argv, pattern) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("exits 2 with the problem in JSON for a workbook without a ledger", async () => {
    writeFileSync(tmp.path("空.xlsx"), "");
    const wb = XlsxWorkbook.create();
    await wb.writeSheet({ name: "说明", rows: [["这里没有台账"]] });
    await wb.save(tmp.path("无台账.xlsx"));
    const { code, stdout, stderr } = await run(["notices", "无台账.xlsx", "--json"]);
    expect(code).toBe(2);
    expect(parsed(stdout).error?.code).toBe("no-sheet");
    expect(stderr).toContain("无台账.xlsx");
    expect(statSync(tmp.path("空.xlsx")).size).toBe(0);
  });

  it("exits 1 when the ledger check finds errors, as every command does", async () => {
    const { code } = await run(["notices", "城关支行.xlsx", "--json"]);
    expect(code).toBe(1);
  });
});

describe("postloan help", () => {
  it("lists the notices command", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toContain("notices");
    const own = await run(["notices", "--help"]);
    expect(own.stdout).toContain("--out");
  });
});
