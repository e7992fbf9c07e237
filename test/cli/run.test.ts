import { EventEmitter } from "node:events";
import { localToday, runCli, type CliProcess } from "../../src/cli/run";
import { dayFromYmd } from "../../src/core/values/day";

jest.mock("../../src/cli/main", () => ({
  main: jest.fn(async (argv: readonly string[]) => {
    if (argv[0] === "boom") throw new TypeError("Cannot read properties of undefined (reading 'x')");
    if (argv[0] === "exit1") return 1;
    return 0;
  }),
}));

function fakeProcess(args: string[], env: Record<string, string> = {}) {
  let err = "";
  const stdout = Object.assign(new EventEmitter(), { write: () => true });
  const proc = {
    argv: ["node", "postloan", ...args],
    env,
    stdout,
    stderr: { write: (t: string) => ((err += t), true) },
    cwd: () => "/",
    on: () => proc,
    exitCode: undefined as number | string | null | undefined,
  };
  return { proc: proc as unknown as CliProcess & { exitCode?: number }, stderr: () => err, stdout };
}

describe("runCli", () => {
  it("sets the exit code main returns", async () => {
    const p = fakeProcess(["exit1"]);
    await runCli(p.proc);
    expect(p.proc.exitCode).toBe(1);
    expect(p.stderr()).toBe("");
  });

  it("turns an unexpected error into 内部错误 with a request to report it, exit 3, no stack", async () => {
    const p = fakeProcess(["boom"]);
    await runCli(p.proc);
    expect(p.proc.exitCode).toBe(3);
    expect(p.stderr()).toBe(
      "内部错误：Cannot read properties of undefined (reading 'x')。这不是您的操作问题；请把这条信息和所用的命令报告给维护人员（设置环境变量 POSTLOAN_DEBUG=1 可显示详细信息）。\n",
    );
  });

  it("shows the stack with POSTLOAN_DEBUG=1", async () => {
    const p = fakeProcess(["boom"], { POSTLOAN_DEBUG: "1" });
    await runCli(p.proc);
    expect(p.stderr()).toMatch(/内部错误：[\s\S]*TypeError: Cannot read properties[\s\S]*\n\s+at /);
  });

  it("says it in English with --lang en-US", async () => {
    const p = fakeProcess(["boom", "--lang", "en-US"]);
    await runCli(p.proc);
    expect(p.stderr()).toMatch(/^Internal error: Cannot read properties/);
  });

  it("ignores a closed pipe on stdout", async () => {
    const p = fakeProcess(["exit1"]);
    await runCli(p.proc);
    p.stdout.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(p.stderr()).toBe("");
    expect(p.proc.exitCode).toBe(1);
  });
});

describe("localToday", () => {
  it("takes the calendar date on the user's clock", () => {
    expect(localToday(new Date(2026, 10, 30, 0, 30))).toBe(dayFromYmd(2026, 11, 30));
    expect(localToday(new Date(2026, 10, 30, 23, 59))).toBe(dayFromYmd(2026, 11, 30));
  });
});
