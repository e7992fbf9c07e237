import { problemFromPortError, ProblemError, viaPort, type Problem } from "../../src/usecases/problem";

const aProblem: Problem = { code: "busy", message: "忙", hint: "稍后" };

describe("ProblemError", () => {
  it("carries its problem and uses the problem's message", () => {
    const e = new ProblemError(aProblem);
    expect(e.problem).toBe(aProblem);
    expect(e.message).toBe("忙");
  });

  it.each([
    ["a ProblemError", new ProblemError(aProblem), true],
    [
      "one from another copy of the module",
      Object.assign(new Error("忙"), { name: "ProblemError", problem: aProblem }),
      true,
    ],
    ["an Error named so without a problem", Object.assign(new Error("x"), { name: "ProblemError" }), false],
    ["a plain Error", new Error("x"), false],
    ["a problem-shaped object", { problem: aProblem }, false],
    ["null", null, false],
  ])("is() recognises %s: %s", (_, e, expected) => {
    expect(ProblemError.is(e)).toBe(expected);
  });
});

describe("problemFromPortError", () => {
  it.each([
    [{ code: "sheet-protected", sheet: "台账" }, "protected", "台账"],
    [{ code: "AccessDenied" }, "protected", "默认表"],
    [{ code: "sheet-not-found", sheet: "旧表" }, "sheet-not-found", "旧表"],
    [{ code: "ItemNotFound" }, "sheet-not-found", "默认表"],
    [{ code: "excel-busy" }, "busy", "Excel"],
    [{ code: "InvalidOperationInCellEditMode" }, "busy", "Excel"],
  ])("turns %j into %s", (error, code, words) => {
    const p = problemFromPortError(error, "默认表", "zh-CN");
    expect(p?.code).toBe(code);
    expect(p?.message).toContain(words);
    expect(p?.hint).not.toBe("");
  });

  it.each([[new TypeError("bug")], [{ code: "RequestPayloadSizeLimitExceeded" }], ["text"], [undefined]])(
    "leaves %j alone",
    (error) => {
      expect(problemFromPortError(error, "台账", "zh-CN")).toBeNull();
    },
  );

  it("passes a ProblemError's own problem through", () => {
    expect(problemFromPortError(new ProblemError(aProblem), "台账", "zh-CN")).toBe(aProblem);
  });
});

describe("viaPort", () => {
  it("turns an adapter's error the user can act on into a ProblemError", async () => {
    const error = await viaPort("台账", "en-US", () => Promise.reject({ code: "sheet-protected" })).catch(
      (e: unknown) => e,
    );
    expect(ProblemError.is(error) && error.problem).toMatchObject({
      code: "protected",
      message: expect.stringMatching(/^Sheet “台账” is protected/),
    });
  });

  it("rethrows anything else as it is", async () => {
    const bug = new RangeError("bad");
    await expect(viaPort("台账", "zh-CN", () => Promise.reject(bug))).rejects.toBe(bug);
  });
});
