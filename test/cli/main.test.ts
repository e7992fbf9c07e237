import { generalHelp, packageVersion } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/commands";
import { runMain, STACK_TRACE } from "./harness";

describe("main", () => {
  it.each([["--help"], ["-h"], ["help"]])("prints the bilingual help with %s and exits 0", async (flag) => {
    const r = await runMain([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(`postloan ${packageVersion()} — 贷后助手命令行 / the Post-loan Assistant command line`);
    expect(r.stdout).toContain("用法 / Usage:");
    expect(r.stdout).toMatch(/check\s+检查贷后管理台账 \/ check post-loan ledgers/);
    expect(r.stdout).toMatch(/--as-of YYYY-MM-DD\s+统计日期；.* \/ as-of date;/);
    expect(r.stdout).toMatch(/2\s+文件无法读取或参数有误 \/ a file cannot be read, or the arguments are wrong/);
  });

  it.each([[["check", "--help"]], [["help", "check"]], [["check", "a.xlsx", "-h"]]])(
    "prints the command's help for %j",
    async (argv) => {
      const r = await runMain(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("postloan check — 检查贷后管理台账 / check post-loan ledgers");
      expect(r.stdout).toMatch(/--sheet 名称\|NAME\s+要检查的工作表/);
      expect(r.stdout).toMatch(/--limit N\s+每条规则最多列出的问题数，默认 10；0 表示全部/);
      expect(r.stdout).toContain("--out 路径|PATH");
      expect(r.stdout).toContain("示例 / Examples:");
    },
  );

  it.each([["--version"], ["-V"], ["check", "--version"]])("prints the version with %s", async (...argv) => {
    const r = await runMain(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`postloan ${packageVersion()}\n`);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("asks for a command when given none, with the help, exit 2", async () => {
    const r = await runMain([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("请指定命令，例如：postloan check 台账.xlsx");
    expect(r.stderr).toContain("用法 / Usage:");
  });

  it("names an unknown command and the known ones, exit 2", async () => {
    const r = await runMain(["chek", "a.xlsx"]);
    expect(r.code).toBe(2);
    const known = COMMANDS.map((c) => c.name).join("、");
    expect(known).toMatch(/^check/);
    expect(r.stderr).toBe(`未知命令：chek。可用命令：${known}。运行 postloan --help 查看用法。\n`);
  });

  it("suggests the command when the first argument is a file", async () => {
    const r = await runMain(["城关支行.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("请在文件名前写上命令，例如：postloan check 城关支行.xlsx\n");
  });

  it("finds the command after options that take a value", async () => {
    const r = await runMain(["--as-of", "2026-11-30", "--lang", "en-US", "check"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("Name the .xlsx file(s) to check, e.g. postloan check ledger.xlsx\n");
  });

  it.each([
    [["check", "a.xlsx", "--bogus"], "未知选项：--bogus。运行 postloan check --help 查看可用选项。\n"],
    [["check", "a.xlsx", "--lang", "fr"], "不支持的语言：fr。请使用 zh-CN 或 en-US。\n"],
    [["check", "a.xlsx", "--as-of"], "选项 --as-of 后面缺少取值，例如：--as-of 2026-11-30。\n"],
  ])("refuses %j with a Chinese message and exit 2", async (argv, message) => {
    const r = await runMain(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("lists every registered command in the help", () => {
    for (const c of COMMANDS) expect(generalHelp()).toContain(`  ${c.name} `);
  });
});
