import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { cellAddress } from "../../../src/core/sheet-model/a1";
import { monthCol, targetSheetLayout } from "../../../src/core/targets/target-layout";
import { parseYearOption } from "../../../src/cli/commands/targets";
import { aLedger } from "../../support/ledger-builder";
import { writeRealisticLedger, type RealisticLedger } from "../../support/realistic-ledger";
import { runMain, STACK_TRACE, tempFolder } from "../harness";

interface TargetsJson {
  year: number;
  officers: {
    officer: string;
    accounts: number;
    balance: number;
    nplBalance: number;
    nplRatio: number | null;
    sheet: string;
    monthScores?: (number | null)[];
    quarters?: ({ pay: number; grade: string } | null)[];
  }[];
  asOf: string;
  out?: string;
  notices?: string[];
  error?: { code: string; message: string };
}

const tmp = tempFolder("postloan-targets-");
let realistic: RealisticLedger;
const L = targetSheetLayout(5);

const LEDGER = aLedger()
  .withLoan({ officer: "张三", customer: "甲", idNumber: null, balance: 100 })
  .withLoan({ officer: "张三", customer: "乙", idNumber: null, balance: 50, class: "次级", overdueDays: 100 })
  .withLoan({ officer: "李四", customer: "丙", balance: 0 });

beforeAll(async () => {
  realistic = await writeRealisticLedger(tmp.path("城关支行.xlsx"));
  const wb = XlsxWorkbook.create();
  await wb.writeSheet({ name: "台账", rows: LEDGER.values() as (string | number | null)[][] });
  await wb.save(tmp.path("全辖.xlsx"));
});

afterAll(() => tmp.remove());

const run = (argv: string[]) => runMain(argv, { cwd: tmp.dir });
const parsed = (stdout: string): TargetsJson => JSON.parse(stdout) as TargetsJson;

describe("postloan targets --json", () => {
  it("prints the year and each officer's portfolio and sheet", async () => {
    const { code, stdout, stderr } = await run(["targets", "全辖.xlsx", "--as-of", "2026-03-31", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const json = parsed(stdout);
    expect(json.year).toBe(2026);
    expect(json.officers.map((o) => [o.officer, o.accounts, o.balance, o.nplBalance, o.nplRatio, o.sheet])).toEqual([
      ["张三", 2, 150, 50, 50 / 150, "目标责任书-张三"],
      ["李四", 0, 0, 0, null, "目标责任书-李四"],
    ]);
    expect(json.officers[0]?.monthScores).toBeUndefined();
    expect(json.out).toBeUndefined();
  });

  it("takes the year asked for", async () => {
    const { stdout } = await run(["targets", "全辖.xlsx", "--as-of", "2026-03-31", "--year", "2027", "--json"]);
    expect(parsed(stdout).year).toBe(2027);
  });

  it("reads a realistic ledger with its 统计日期, and exits 1 for its error findings as every command does", async () => {
    const { code, stdout } = await run(["targets", "城关支行.xlsx", "--json"]);
    const json = parsed(stdout);
    expect(json.asOf).toBe(realistic.asOf);
    expect(json.year).toBe(2026);
    expect(json.officers.length).toBeGreaterThan(0);
    expect(code).toBe(1);
  });
});

describe("postloan targets --out", () => {
  it("writes the sheets to a copy, leaves the input untouched, and reports the scores of actuals typed in it", async () => {
    const before = readFileSync(tmp.path("全辖.xlsx"));
    const first = await run(["targets", "全辖.xlsx", "--as-of", "2026-03-31", "--out", "目标责任书.xlsx"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("已写入");
    expect(first.stdout).toContain("张三");
    expect(readFileSync(tmp.path("全辖.xlsx")).equals(before)).toBe(true);

    // The officer types January's actuals (all on target) in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(tmp.path("目标责任书.xlsx"));
    const ws = book.getWorksheet("目标责任书-张三");
    if (ws === undefined) throw new Error("no sheet");
    [100, 50, 5, 0.02, 2].forEach((a, i) => (ws.getCell(cellAddress(L.firstActualRow + i, monthCol(1))).value = a));
    await book.xlsx.writeFile(tmp.path("已填写.xlsx"));

    const second = await run(["targets", "已填写.xlsx", "--as-of", "2026-04-30", "--json", "--out", "更新.xlsx"]);
    expect(second.code).toBe(0);
    const json = parsed(second.stdout);
    expect(json.officers[0]?.monthScores?.[0]).toBe(100);
    expect(json.officers[0]?.monthScores?.[1]).toBeNull();
    expect(json.officers[0]?.quarters).toEqual([null, null, null, null]);
    expect(json.officers[1]?.monthScores).toBeUndefined();

    const updated = new ExcelJS.Workbook();
    await updated.xlsx.readFile(tmp.path("更新.xlsx"));
    expect(updated.getWorksheet("目标责任书-张三")?.getCell(cellAddress(L.firstActualRow, monthCol(1))).value).toBe(
      100,
    );
  });
});

describe("postloan targets, wrong input", () => {
  it.each<[string, string[], RegExp]>([
    ["no file", ["targets"], /请指定一个台账文件/],
    ["two files", ["targets", "a.xlsx", "b.xlsx"], /一次处理一个文件/],
    ["a year that is not one", ["targets", "全辖.xlsx", "--year", "26"], /不是年份/],
    ["a missing file", ["targets", "没有.xlsx"], /没有.xlsx/],
    ["the copy on the input", ["targets", "全辖.xlsx", "--out", "全辖.xlsx"], /全辖/],
  ])("exits 2 with a Chinese message for %s", async (_, argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  it("prints the problem as JSON when no loan names its officer", async () => {
    const wb = XlsxWorkbook.create();
    await wb.writeSheet({
      name: "台账",
      rows: aLedger().withLoan({ officer: null }).values() as (string | number | null)[][],
    });
    await wb.save(tmp.path("无经理.xlsx"));
    const { code, stdout } = await run(["targets", "无经理.xlsx", "--json"]);
    expect(code).toBe(2);
    expect(parsed(stdout).error?.message).toContain("没有填写管户客户经理");
  });

  it("is listed in the help", async () => {
    const { stdout } = await run(["--help"]);
    expect(stdout).toContain("targets");
    const help = await run(["help", "targets"]);
    expect(help.stdout).toContain("--year");
  });
});

describe("parseYearOption", () => {
  it.each<[string, number | null]>([
    ["2026", 2026],
    [" 2027 ", 2027],
    ["26", null],
    ["2026年", null],
    ["1899", null],
  ])("reads %p as %p", (text, year) => {
    expect(parseYearOption(text)).toBe(year);
  });
});
