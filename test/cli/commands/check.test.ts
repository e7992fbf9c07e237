import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeRealisticLedger, type RealisticLedger } from "../../support/realistic-ledger";
import { runMain, STACK_TRACE, tempFolder } from "../harness";
import { dayToIso } from "../../../src/core/values/day";
import { TEST_TODAY } from "../harness";

const FINDING_FIELDS = ["rule", "severity", "sheet", "row", "column", "cell", "key", "value", "message", "hint"];

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  row: number;
  column: string | null;
  cell: string | null;
  key: string | null;
  value: string | null;
  message: string;
  hint: string;
}

interface JsonReport {
  file: string;
  findings: JsonFinding[];
  summary: Record<string, unknown> & { asOf: string; asOfSource: string; dataRows: number; verdict: string };
  out?: string;
  error?: { code: string; message: string; hint: string };
}

function jsonLines(stdout: string): JsonReport[] {
  return stdout
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as JsonReport);
}

const tmp = tempFolder("postloan-check-");
let ledger: RealisticLedger;
let clean: RealisticLedger;

beforeAll(async () => {
  ledger = await writeRealisticLedger(tmp.path("城关支行.xlsx"));
  clean = await writeRealisticLedger(tmp.path("南关支行.xlsx"), { defects: false, branch: "南关支行" });
  await writeRealisticLedger(tmp.path("无统计日期.xlsx"), { defects: false, statedAsOf: false });
  await writeRealisticLedger(tmp.path("缺列.xlsx"), { defects: false, omitColumns: ["officer"] });
  writeFileSync(tmp.path("导出.xlsx"), "客户名称,借据号,贷款余额\n张三,JJ001,100\n", "utf8");
  writeFileSync(tmp.path("空文件.xlsx"), "");
  mkdirSync(tmp.path("结果"));
  mkdirSync(tmp.path("目录.xlsx"));
});

afterAll(() => tmp.remove());

const run = (argv: string[]) => runMain(argv, { cwd: tmp.dir });

describe("postloan check --json on a realistic ledger", () => {
  let report: JsonReport;
  let code: number;
  let stderr: string;

  beforeAll(async () => {
    const r = await run(["check", "城关支行.xlsx", "--json"]);
    code = r.code;
    stderr = r.stderr;
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(1);
    report = lines[0] as JsonReport;
  });

  it("exits 1 because the ledger has error findings, and writes nothing on stderr", () => {
    expect(code).toBe(1);
    expect(stderr).toBe("");
  });

  it("prints one object with file, findings and summary, each finding with exactly the contract's fields", () => {
    expect(Object.keys(report)).toEqual(["file", "findings", "summary"]);
    expect(report.file).toBe("城关支行.xlsx");
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(FINDING_FIELDS);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(f.sheet).toBe(ledger.sheetName);
      expect(typeof f.row).toBe("number");
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each(
    // The table is built when the test runs; jest needs the rule names up front.
    [
      "required-missing",
      "type-error",
      "enum-invalid",
      "id-invalid",
      "duplicate-key",
      "date-order",
      "balance-exceeds-amount",
      "class-below-floor",
      "inspection-overdue",
      "first-inspection-late",
      "npl-no-disposal",
      "maturing-next-month",
    ],
  )("finds the planted %s defect at its cell, with its row, header and 借据号", (rule) => {
    const planted = ledger.defects.find((d) => d.rule === rule);
    expect(planted).toBeDefined();
    if (planted === undefined) return;
    const hit = report.findings.find((f) => f.rule === rule && f.cell === planted.cell);
    expect(hit).toEqual(
      expect.objectContaining({
        rule,
        row: planted.row,
        cell: planted.cell,
        key: planted.key,
        sheet: ledger.sheetName,
      }),
    );
    // `column` is the header as written in the sheet, line breaks and full-width brackets included.
    const letter = planted.cell.replace(/\d+$/, "");
    const key = Object.entries(ledger.columns).find(([, l]) => l === letter)?.[0] as keyof typeof ledger.headers;
    expect(hit?.column).toBe(ledger.headers[key]);
  });

  it("reports no error or warning on the clean rows", () => {
    const onClean = report.findings.filter((f) => ledger.cleanRows.includes(f.row) && f.severity !== "info");
    expect(onClean).toEqual([]);
  });

  it("reports nothing on the blank rows, the 合计 row or the title rows", () => {
    const elsewhere = report.findings.filter((f) => !ledger.dataRows.includes(f.row));
    // header-missing would sit on the header row; every column is present here.
    expect(elsewhere).toEqual([]);
  });

  it("reports nothing but the planted defects (a duplicate key also names the first row, not twice)", () => {
    const unexpected = report.findings.filter(
      (f) => !ledger.defects.some((d) => d.rule === f.rule && d.cell === f.cell),
    );
    expect(unexpected).toEqual([]);
  });

  it("summarises: as-of from the sheet's 统计日期, rows checked, counts by severity and rule, complete share", () => {
    const s = report.summary;
    expect(s.asOf).toBe(ledger.asOf);
    expect(s.asOfSource).toBe("sheet");
    expect(s["sheet"]).toBe(ledger.sheetName);
    expect(s.dataRows).toBe(ledger.dataRows.length);
    expect(s["blankRows"]).toBe(ledger.blankRows.length);
    expect(s["totalRows"]).toBe(1);
    expect(s.verdict).toBe("errors");
    const bySeverity = s["bySeverity"] as Record<string, number>;
    for (const severity of ["error", "warning", "info"]) {
      expect(bySeverity[severity]).toBe(report.findings.filter((f) => f.severity === severity).length);
    }
    const byRule = s["byRule"] as Record<string, number>;
    for (const d of ledger.defects) expect(byRule[d.rule]).toBeGreaterThanOrEqual(1);
    expect(s["completeShare"]).toBeGreaterThan(0);
    expect(s["completeShare"]).toBeLessThan(1);
  });
});

describe("postloan check (readable summary)", () => {
  it("prints the verdict, as-of date and source, counts, and each planted cell with its 借据号", async () => {
    const r = await run(["check", "城关支行.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("文件：城关支行.xlsx");
    expect(r.stdout).toContain(`工作表：${ledger.sheetName}`);
    expect(r.stdout).toMatch(/结论：未通过 —— 有 \d+ 处错误需要修改/);
    expect(r.stdout).toContain("统计日期：2026-11-30（取自表内的统计日期）");
    expect(r.stdout).toContain(`检查行数：${ledger.dataRows.length} 行`);
    expect(r.stdout).toMatch(/按级别：错误 \d+ · 警告 \d+ · 提示 1/);
    expect(r.stdout).toContain("完整行占比：");
    for (const d of ledger.defects) {
      expect(r.stdout).toMatch(new RegExp(`${d.cell}\\s+借据号 ${d.key}\\s+\\S`));
    }
    expect(r.stdout).toContain("【次月到期】maturing-next-month · 提示 1 处");
    expect(r.stdout).toContain("提示：加上 --out");
  });

  it("exits 0 on a clean ledger and says it passed", async () => {
    const r = await run(["check", "南关支行.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("结论：通过");
    expect(r.stdout).toContain(`检查行数：${clean.dataRows.length} 行`);
    expect(r.code).toBe(0);
  });

  it("speaks English with --lang en-US", async () => {
    const r = await run(["check", "城关支行.xlsx", "--lang", "en-US"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("File: 城关支行.xlsx");
    expect(r.stdout).toMatch(/Verdict: failed — \d+ errors to fix/);
    expect(r.stdout).toContain("As-of date: 2026-11-30 (stated in the sheet)");
  });
});

describe("postloan check --as-of", () => {
  it.each([
    ["2026-12-31", "2026-12-31"],
    ["2026/12/31", "2026-12-31"],
    ["2026年12月31日", "2026-12-31"],
  ])("uses %s over the sheet's 统计日期", async (text, iso) => {
    const r = await run(["check", "南关支行.xlsx", "--as-of", text, "--json"]);
    const [report] = jsonLines(r.stdout);
    expect(report?.summary.asOf).toBe(iso);
    expect(report?.summary.asOfSource).toBe("explicit");
  });

  it("checks as of today when the sheet states no 统计日期", async () => {
    const r = await run(["check", "无统计日期.xlsx", "--json"]);
    const [report] = jsonLines(r.stdout);
    expect(report?.summary.asOf).toBe(dayToIso(TEST_TODAY));
    expect(report?.summary.asOfSource).toBe("today");
  });

  it.each(["2026-13-45", "2026-02-30", "明天", "46356"])("refuses --as-of %s with exit 2", async (text) => {
    const r = await run(["check", "南关支行.xlsx", "--as-of", text]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `无法识别的统计日期：${text}。请写成 YYYY-MM-DD，例如 2026-11-30（也可写 2026/11/30 或 2026年11月30日）。\n`,
    );
  });
});

describe("postloan check on a ledger without a required column", () => {
  it("reports header-missing on the header row, with no cell, and exits 1", async () => {
    const r = await run(["check", "缺列.xlsx", "--json"]);
    expect(r.code).toBe(1);
    const [report] = jsonLines(r.stdout);
    const missing = report?.findings.filter((f) => f.rule === "header-missing") ?? [];
    expect(missing).toEqual([
      expect.objectContaining({ severity: "error", row: 3, cell: null, key: null, column: "管户客户经理" }),
    ]);
  });
});

describe("postloan check --out", () => {
  it("writes a copy with the 检查结果 sheet and the marks, leaving the input byte-identical", async () => {
    const input = tmp.path("城关支行.xlsx");
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    const r = await run(["check", "城关支行.xlsx", "--out", "城关支行-结果.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(
      /已另存副本：.*城关支行-结果\.xlsx（“检查结果”工作表列出 \d+ 处问题，标记 \d+ 个单元格；原文件未改动）/,
    );
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.path("城关支行-结果.xlsx"));
    const results = wb.getWorksheet("检查结果");
    expect(results).toBeDefined();
    const text: string[] = [];
    results?.eachRow((row) => row.eachCell((cell) => text.push(String(cell.text))));
    for (const d of ledger.defects) expect(text).toContain(d.cell);

    const sheet = wb.getWorksheet(ledger.sheetName);
    const officer = ledger.defects.find((d) => d.rule === "required-missing");
    const fill = sheet?.getCell(officer?.cell ?? "A1").fill as { fgColor?: { argb?: string } } | undefined;
    expect(fill?.fgColor?.argb?.toUpperCase()).toMatch(/FFC7CE$/);
    // Values are never changed: the planted amount text is still there.
    const amount = ledger.defects.find((d) => d.rule === "type-error");
    expect(sheet?.getCell(amount?.cell ?? "A1").value).toBe("约50");
  });

  it("checks the copy again the same way: the 检查结果 sheet and the marks are not taken for the ledger", async () => {
    const original = jsonLines((await run(["check", "城关支行.xlsx", "--json"])).stdout)[0];
    const again = await run(["check", "城关支行-结果.xlsx", "--json"]);
    expect(again.code).toBe(1);
    const [report] = jsonLines(again.stdout);
    expect(report?.summary["sheet"]).toBe(ledger.sheetName);
    expect(report?.findings).toEqual(original?.findings);
  });

  it("prints the copy's path in the JSON with --json", async () => {
    const r = await run(["check", "南关支行.xlsx", "--json", "--out", "结果"]);
    expect(r.code).toBe(0);
    const [report] = jsonLines(r.stdout);
    expect(report?.out).toBe(join(tmp.dir, "结果", "南关支行.检查结果.xlsx"));
    expect(existsSync(join(tmp.dir, "结果", "南关支行.检查结果.xlsx"))).toBe(true);
  });

  it.each([["城关支行.xlsx"], ["./城关支行.xlsx"], ["结果/../城关支行.xlsx"]])(
    "refuses --out %s, the input itself, before reading anything (exit 2)",
    async (out) => {
      const before = readFileSync(tmp.path("城关支行.xlsx"));
      const r = await run(["check", "城关支行.xlsx", "--out", out]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(
        /^--out 不能是输入文件本身（城关支行\.xlsx）：原文件保持不变，请为副本另取一个文件名，例如 城关支行\.检查结果\.xlsx。\n$/,
      );
      expect(readFileSync(tmp.path("城关支行.xlsx")).equals(before)).toBe(true);
    },
  );

  it("refuses an --out that is not an .xlsx name, or whose folder does not exist", async () => {
    const a = await run(["check", "南关支行.xlsx", "--out", "结果.csv"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toBe("--out 的文件名应以 .xlsx 结尾：结果.csv。\n");
    const b = await run(["check", "南关支行.xlsx", "--out", "没有的目录/结果.xlsx"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain("--out 所在的文件夹不存在：");
  });
});

describe("postloan check with several files", () => {
  it("gives each file a heading, a total line, and exits with the worst code", async () => {
    const r = await run(["check", "南关支行.xlsx", "城关支行.xlsx"]);
    expect(r.code).toBe(1);
    const first = r.stdout.indexOf("━━ 文件 1/2：南关支行.xlsx ━━");
    const second = r.stdout.indexOf("━━ 文件 2/2：城关支行.xlsx ━━");
    expect(first).toBeGreaterThanOrEqual(0);
    expect(second).toBeGreaterThan(first);
    expect(r.stdout.slice(first, second)).toContain("结论：通过");
    expect(r.stdout.slice(second)).toContain("结论：未通过");
    expect(r.stdout).toContain("共 2 个文件：1 个无错误，1 个有错误，0 个无法检查。");
  });

  it("prints one JSON object per line, each naming its file", async () => {
    const r = await run(["check", "南关支行.xlsx", "城关支行.xlsx", "--json"]);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(["南关支行.xlsx", "城关支行.xlsx"]);
    expect(lines.map((l) => l.summary.verdict)).toEqual(["pass", "errors"]);
  });

  it("checks the readable files, reports the unreadable one, and exits 2", async () => {
    const r = await run(["check", "南关支行.xlsx", "没有这个文件.xlsx", "城关支行.xlsx", "--json"]);
    expect(r.code).toBe(2);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual(["南关支行.xlsx", "没有这个文件.xlsx", "城关支行.xlsx"]);
    expect(lines[1]).toEqual({
      file: "没有这个文件.xlsx",
      error: { code: "not-found", message: expect.stringContaining("找不到文件：没有这个文件.xlsx"), hint: "" },
    });
    expect(r.stderr).toBe("找不到文件：没有这个文件.xlsx。请检查路径和文件名是否正确。\n");
  });

  it("writes <input-name>.检查结果.xlsx per file into the --out folder", async () => {
    const out = tmp.path("批量");
    mkdirSync(out);
    const r = await run(["check", "南关支行.xlsx", "城关支行.xlsx", "--out", "批量"]);
    expect(r.code).toBe(1);
    expect(existsSync(join(out, "南关支行.检查结果.xlsx"))).toBe(true);
    expect(existsSync(join(out, "城关支行.检查结果.xlsx"))).toBe(true);
  });

  it("refuses an --out that is not an existing folder (exit 2, nothing checked)", async () => {
    const r = await run(["check", "南关支行.xlsx", "城关支行.xlsx", "--out", "合并.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("同时检查多个文件时，--out 必须是一个已存在的文件夹：合并.xlsx");
  });

  it("refuses two inputs whose copies would have the same name", async () => {
    mkdirSync(tmp.path("另一个"), { recursive: true });
    copyFileSync(tmp.path("南关支行.xlsx"), tmp.path("另一个/南关支行.xlsx"));
    const r = await run(["check", "南关支行.xlsx", "另一个/南关支行.xlsx", "--out", "结果"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("的结果副本会同名");
  });
});

describe("postloan check on input it cannot use", () => {
  it.each([
    [["check"], /^请指定要检查的 \.xlsx 文件/],
    [["check", "没有这个文件.xlsx"], /^找不到文件：没有这个文件\.xlsx。请检查路径和文件名是否正确。/],
    [["check", "目录.xlsx"], /^目录\.xlsx 是一个文件夹，不是 \.xlsx 文件/],
    [["check", "导出.xlsx"], /^文件是 CSV 或纯文本格式，不是 Excel 工作簿：导出\.xlsx\n建议：/],
    [["check", "空文件.xlsx"], /：空文件\.xlsx\n建议：/],
    [["check", "南关支行.xlsx", "--sheet", "不存在的表"], /不存在的表/],
    [["check", "南关支行.xlsx", "--as-of", "2026-13-45"], /^无法识别的统计日期：2026-13-45/],
    [["check", "南关支行.xlsx", "--frobnicate"], /^未知选项：--frobnicate/],
    [["check", "南关支行.xlsx", "--limit", "many"], /^--limit 应为不小于 0 的整数：many。/],
  ])("%j exits 2 with a Chinese message and no stack trace", async (argv, pattern) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/\bError:|TypeError|undefined/);
  });

  it("says what to do about a CSV renamed .xlsx", async () => {
    const r = await run(["check", "导出.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("建议：");
  });
});
