import { readFileSync, statSync, writeFileSync } from "node:fs";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { fillScorecards } from "../../../src/usecases/fill-scorecards";
import { runMain, STACK_TRACE, tempFolder } from "../harness";
import { AS_OF } from "../../support/ledger-builder";
import { branchLedgerFile, loadExcel, recalculateFile } from "../../support/scorecard-xlsx";
import { valueAt } from "../../core/scorecard/fixtures";

/** `postloan score` through main(), on .xlsx files in a temporary folder. */
jest.setTimeout(30_000);

interface JsonBranch {
  branch: string;
  score: number;
  grade: string;
  penalty: number;
  items: { category: string; item: string; points: number; deduction: number; score: number }[];
}

let tmp: ReturnType<typeof tempFolder>;
let ledger: string;
beforeEach(async () => {
  tmp = tempFolder();
  ledger = tmp.path("全辖台账.xlsx");
  writeFileSync(ledger, await branchLedgerFile());
});
afterEach(() => tmp.remove());

function parse(stdout: string): { branches: JsonBranch[] } {
  return JSON.parse(stdout) as { branches: JsonBranch[] };
}

describe("postloan score", () => {
  it("writes the scorecards into a copy whose formulas agree with the JSON, leaving the input untouched", async () => {
    const before = readFileSync(ledger);
    const out = tmp.path("评分.xlsx");
    const run = await runMain(["score", ledger, "--as-of", "2026-03-31", "--json", "--out", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1); // the ledger check found errors: the contract of every command
    const json = parse(run.stdout);
    expect(json.branches.map((b) => b.branch)).toEqual(["城关支行", "未填机构", "东城支行", "西关信用社"]);
    expect(Object.keys(json.branches[0] ?? {})).toEqual(["branch", "score", "grade", "penalty", "items"]);
    expect(Object.keys(json.branches[0]?.items[0] ?? {})).toEqual(["category", "item", "points", "deduction", "score"]);

    const values = recalculateFile(await loadExcel(readFileSync(out)));
    for (const b of json.branches) {
      const card = values[`评分表-${b.branch}`];
      expect([valueAt(card, "K13"), valueAt(card, "C15"), valueAt(card, "I15")]).toEqual([b.score, b.grade, b.penalty]);
      b.items.forEach((item, i) => {
        expect([valueAt(card, `J${6 + i}`), valueAt(card, `K${6 + i}`)]).toEqual([item.deduction, item.score]);
      });
    }
    const notices = Object.keys(values).filter((n) => n.startsWith("限期整改通知书-"));
    expect(notices).toEqual(json.branches.filter((b) => b.score < 80).map((b) => `限期整改通知书-${b.branch}`));
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });

  it("prints a readable ranking, and writes nothing without --out", async () => {
    const run = await runMain(["score", ledger, "--as-of", "2026-03-31"], { cwd: tmp.dir });
    expect(run.stdout).toContain("4 个机构（台账“台账”，统计日期 2026-03-31）");
    expect(run.stdout).toContain("4. 西关信用社　65 分　合格　扣罚 300 元　失分最多：贷后检查(-25)、管户责任落实(-10)");
    expect(run.stdout).toContain("未指定 --out，未写入任何文件");
    expect(statSync(tmp.dir).isDirectory()).toBe(true);
  });

  it("scores one branch with --branch", async () => {
    const run = await runMain(["score", ledger, "--as-of", "2026-03-31", "--json", "--branch", "东城支行"]);
    expect(parse(run.stdout).branches.map((b) => [b.branch, b.score])).toEqual([["东城支行", 92]]);
  });

  it("names a copy after the input when --out is a folder", async () => {
    const run = await runMain(["score", "全辖台账.xlsx", "--as-of", "2026-03-31", "--out", "."], { cwd: tmp.dir });
    expect(run.stdout).toContain("全辖台账.评分.xlsx");
    expect(statSync(tmp.path("全辖台账.评分.xlsx")).isFile()).toBe(true);
  });

  it("lists the problems of an invalid 评分标准 sheet and exits 2", async () => {
    const wb = await XlsxWorkbook.open(ledger);
    await fillScorecards(wb, { today: AS_OF, asOf: AS_OF });
    await wb.save(ledger);
    const book = await loadExcel(readFileSync(ledger));
    const standard = book.getWorksheet("评分标准");
    if (standard === undefined) throw new Error("no 评分标准");
    standard.getCell("E5").value = -1;
    writeFileSync(ledger, new Uint8Array(await book.xlsx.writeBuffer()));

    const run = await runMain(["score", ledger, "--as-of", "2026-03-31", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("“评分标准”表有 1 处需要修改，暂不能评分");
    expect(run.stderr).toContain("  - “评分标准”表第 5 行 E5：“每次扣分”为 -1，不能为负数：请改为 0 或正数");
    const error = JSON.parse(run.stdout) as { error: { code: string; problems: string[] } };
    expect(error.error.code).toBe("settings-invalid");
    expect(error.error.problems).toHaveLength(1);
  });

  it.each([
    [["score"], "请指定要评分的台账文件"],
    [["score", "a.xlsx", "b.xlsx"], "score 一次只处理一个文件（收到 2 个）"],
    [["score", "没有这个文件.xlsx"], "找不到文件：没有这个文件.xlsx"],
    [["score", "LEDGER", "--as-of", "明天"], "无法识别的统计日期：明天"],
    [["score", "LEDGER", "--out", "评分.txt"], "--out 的文件名应以 .xlsx 结尾"],
    [["score", "LEDGER", "--out", "LEDGER"], "--out 不能是输入文件本身"],
    [["score", "LEDGER", "--as-of", "2026-03-31", "--branch", "北山分理处"], "台账中没有机构“北山分理处”的贷款"],
  ])("exits 2 with a Chinese message: %j", async (args, message) => {
    const run = await runMain(
      args.map((a) => (a === "LEDGER" ? ledger : a)),
      { cwd: tmp.dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it("speaks English with --lang en-US", async () => {
    const run = await runMain(["score", ledger, "--as-of", "2026-03-31", "--lang", "en-US"]);
    expect(run.stdout).toContain("4 unit(s) (ledger 台账, as of 2026-03-31)");
  });

  it("is listed in the help", async () => {
    const run = await runMain(["--help"]);
    expect(run.stdout).toContain("score");
    expect(run.stdout).toContain("按评分标准为各机构生成检查评分表");
  });
});
