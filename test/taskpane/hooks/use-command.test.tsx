/** @jest-environment jsdom */
import { ProblemError } from "../../../src/usecases";
import { act, renderHook } from "@testing-library/react";
import { problemFromError, SingleFlight, useCommand } from "../../../src/taskpane/hooks/use-command";

const busy = { code: "busy", message: "Excel 正忙，请稍后再试", hint: "先按 Enter 结束单元格编辑" } as const;

/** A task that finishes when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("SingleFlight", () => {
  it("runs a second command started while one runs not at all", async () => {
    const flight = new SingleFlight();
    const gate = deferred<string>();
    const second = jest.fn(async () => "second");
    const first = flight.run("write", () => gate.promise, "zh-CN");
    const skipped = await flight.run("write", second, "zh-CN");
    gate.resolve("first");
    expect(skipped).toEqual({ status: "skipped" });
    expect(second).not.toHaveBeenCalled();
    expect(await first).toEqual({ status: "done", value: "first" });
  });

  it("runs the next command once the last has finished, even after a failure", async () => {
    const flight = new SingleFlight();
    await flight.run("mark", () => Promise.reject(new Error("boom")), "zh-CN");
    expect(await flight.run("mark", async () => 1, "zh-CN")).toEqual({ status: "done", value: 1 });
  });

  it("reports the running command's name, then null", async () => {
    const changes: (string | null)[] = [];
    const flight = new SingleFlight((running) => changes.push(running));
    const gate = deferred<void>();
    const run = flight.run("clear", () => gate.promise, "zh-CN");
    expect(flight.running).toBe("clear");
    gate.resolve();
    await run;
    expect(flight.running).toBeNull();
    expect(changes).toEqual(["clear", null]);
  });

  it("turns a thrown ProblemError into a failed result with its message", async () => {
    const flight = new SingleFlight();
    const result = await flight.run("write", () => Promise.reject(new ProblemError(busy)), "zh-CN");
    expect(result).toEqual({ status: "failed", problem: { message: busy.message, hint: busy.hint } });
  });
});

describe("problemFromError", () => {
  it.each([
    ["a ProblemError", new ProblemError(busy), busy.message],
    ["a Problem thrown as data", busy, busy.message],
  ])("keeps the message of %s", (_name, error, message) => {
    expect(problemFromError(error, "zh-CN").message).toBe(message);
  });

  it("says Excel is busy when the adapter gave up retrying", () => {
    const error = Object.assign(new Error("busy"), { code: "excel-busy" });
    expect(problemFromError(error, "zh-CN").message).toContain("Excel 正忙");
  });

  it("uses the words of an adapter error that can say itself in the locale", () => {
    const error = Object.assign(new Error("Request too large"), {
      code: "RequestPayloadSizeLimitExceeded",
      localized: (locale: string) => (locale === "zh-CN" ? "请求数据过大" : "Request too large"),
    });
    expect(problemFromError(error, "zh-CN").message).toBe("请求数据过大");
    expect(problemFromError(error, "en-US").message).toBe("Request too large");
  });

  it("says an unexpected error calmly in Chinese, with one line of detail and no stack", () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'values')");
    const shown = problemFromError(error, "zh-CN");
    expect(shown.message).toBe("操作未完成：出现了意外错误。");
    expect(shown.hint).toContain("TypeError: Cannot read properties of undefined");
    expect(shown.hint).not.toContain("    at ");
    expect(error.stack).toContain("    at ");
  });

  it("says it in English for en-US", () => {
    expect(problemFromError("weird", "en-US").message).toBe(
      "The command did not finish because of an unexpected error.",
    );
  });

  it("cuts a long detail", () => {
    const shown = problemFromError(new Error("x".repeat(500)), "zh-CN");
    expect(shown.hint.length).toBeLessThan(300);
  });
});

describe("useCommand", () => {
  it("shows the running command and runs a second one started meanwhile not at all", async () => {
    const { result } = renderHook(() => useCommand("zh-CN"));
    const gate = deferred<number>();
    const second = jest.fn(async () => 2);
    let first: Promise<unknown> = Promise.resolve();
    let skipped: unknown;
    await act(async () => {
      first = result.current.run("write", () => gate.promise);
      skipped = await result.current.run("write", second);
    });
    expect(result.current.running).toBe("write");
    expect(skipped).toEqual({ status: "skipped" });
    await act(async () => {
      gate.resolve(1);
      await first;
    });
    expect(result.current.running).toBeNull();
    expect(second).not.toHaveBeenCalled();
  });
});
