import { readFileSync, writeFileSync } from "node:fs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { parseKeys } from "../../../src/cli/commands/warn";
import { formCell } from "../../../src/core/warning/form-layout";
import { REGISTER_SHEET } from "../../../src/usecases/warning-workbook";
import { xlsxBytesFromSeed } from "../../adapters/xlsx/xlsx-seed";
import { day } from "../../support/ledger-builder";
import { warningLedgerSeed } from "../../support/warning-ledger";
import { runMain, STACK_TRACE, tempFolder } from "../harness";

interface FormsJson {
  forms: {
    number: string;
    sheet: string;
    key: string | null;
    customer: string | null;
    level: string | null;
    category: string | null;
    deadline: string;
  }[];
  skipped: { reason: string; key: string | null; row: number | null; message: string }[];
  written: boolean;
  out: string | null;
}

const tmp = tempFolder("postloan-warn-");
const TODAY = day("2026-03-06");
const run = (argv: string[]) => runMain(argv, { cwd: tmp.dir, today: TODAY });
const LEDGER = "城关支行台账.xlsx";

beforeAll(async () => {
  writeFileSync(tmp.path(LEDGER), await xlsxBytesFromSeed(warningLedgerSeed()));
});

afterAll(() => tmp.remove());

function parse(stdout: string): FormsJson {
  return JSON.parse(stdout) as FormsJson;
}

describe("postloan warn", () => {
  it("previews the forms of every loan with a 预警信号 without writing anything", async () => {
    const before = readFileSync(tmp.path(LEDGER));
    const r = await run(["warn", LEDGER, "--signals", "--json"]);
    expect(r.code).toBe(0);
    const json = parse(r.stdout);
    expect(json.written).toBe(false);
    expect(json.out).toBeNull();
    expect(json.forms).toEqual([
      {
        number: "〔2026〕第001号",
        sheet: "预警2026-001",
        key: "JJ2025120007",
        customer: "信阳市丰禾农业发展有限公司",
        level: "橙",
        category: "财务",
        deadline: "2026-03-20",
      },
      expect.objectContaining({ number: "〔2026〕第002号", key: "JJ2025100013", level: "红", category: null }),
      expect.objectContaining({ number: "〔2026〕第003号", key: "JJ2024020021", level: null }),
    ]);
    expect(readFileSync(tmp.path(LEDGER))).toEqual(before);
  });

  it("writes the forms and the register to a copy, leaving the input untouched", async () => {
    const before = readFileSync(tmp.path(LEDGER));
    const r = await run(["warn", LEDGER, "--keys", "JJ2025120007，JJ2026010002", "--out", "预警.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("〔2026〕第001号");
    expect(r.stdout).toContain("已写入");
    expect(readFileSync(tmp.path(LEDGER))).toEqual(before);
    const copy = await XlsxWorkbook.open(tmp.path("预警.xlsx"));
    const names = (await copy.listSheets()).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["预警2026-001", "预警2026-002", REGISTER_SHEET]));
    const [row] = await copy.readValues("预警2026-002", 8, 1, 2);
    expect(formCell("customer")).toBe("B8");
    expect(row?.[1]).toBe("@刘桂兰");
  });

  it("carries the numbering on when run on its own output, and does not duplicate open forms", async () => {
    await run(["warn", LEDGER, "--keys", "JJ2025120007", "--out", "第一次.xlsx"]);
    const r = await run(["warn", "第一次.xlsx", "--signals", "--json", "--out", "第二次.xlsx"]);
    expect(r.code).toBe(0);
    const json = parse(r.stdout);
    expect(json.written).toBe(true);
    expect(json.forms.map((f) => [f.number, f.key])).toEqual([
      ["〔2026〕第002号", "JJ2025100013"],
      ["〔2026〕第003号", "JJ2024020021"],
    ]);
    expect(json.skipped.map((s) => [s.reason, s.key])).toEqual([["open-form", "JJ2025120007"]]);
  });

  it("numbers by the filing date's year (--as-of)", async () => {
    const r = await run(["warn", LEDGER, "--keys", "JJ2025120007", "--as-of", "2027-01-04", "--json"]);
    expect(parse(r.stdout).forms.map((f) => [f.number, f.deadline])).toEqual([["〔2027〕第001号", "2027-01-18"]]);
  });

  it("exits 1 and names the 借据号 that are not in the ledger", async () => {
    const r = await run(["warn", LEDGER, "--keys", "JJ2025120007,JJ404"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("JJ404");
    expect(r.stdout).toContain("〔2026〕第001号");
  });

  it.each([
    [["warn", LEDGER], "--keys"],
    [["warn", LEDGER, "--keys", "A", "--signals"], "只能选一个"],
    [["warn", LEDGER, "--keys", " , "], "没有借据号"],
    [["warn", "--signals"], "请指定台账文件"],
    [["warn", LEDGER, "第二个.xlsx", "--signals"], "一次只能处理一个文件"],
    [["warn", LEDGER, "--signals", "--as-of", "明天"], "明天"],
    [["warn", LEDGER, "--signals", "--out", LEDGER], LEDGER],
    [["warn", "没有这个文件.xlsx", "--signals"], "没有这个文件.xlsx"],
  ])("exits 2 with a Chinese message for %p", async (argv, text) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("prints its help", async () => {
    const r = await run(["warn", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("--signals");
    expect(r.stdout).toContain("--keys");
  });

  it("speaks English with --lang en-US", async () => {
    const r = await run(["warn", LEDGER, "--signals", "--lang", "en-US"]);
    expect(r.stdout).toContain("This is a preview");
  });
});

describe("parseKeys", () => {
  it.each([
    ["JJ1,JJ2", ["JJ1", "JJ2"]],
    ["JJ1， JJ2、JJ3；JJ4", ["JJ1", "JJ2", "JJ3", "JJ4"]],
    [" , ", []],
  ])("%s → %p", (text, keys) => {
    expect(parseKeys(text)).toEqual(keys);
  });
});
