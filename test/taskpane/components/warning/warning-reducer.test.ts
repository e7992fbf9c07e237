import {
  initialWarningState,
  warningReducer,
  type Created,
  type WarningState,
} from "../../../../src/taskpane/components/warning/warning-reducer";

const plan = { ok: true, written: false, forms: [], skipped: [], notes: [] } as unknown as Created;
const made = { ...plan, written: true } as Created;

describe("warningReducer", () => {
  it("drops a preview when another source is chosen (it must be previewed again before creating)", () => {
    const s: WarningState = { ...initialWarningState, plan };
    expect(warningReducer(s, { type: "source-chosen", source: "signals" })).toMatchObject({
      source: "signals",
      plan: null,
    });
  });

  it("replaces the preview with what was made", () => {
    const s: WarningState = { ...initialWarningState, plan, running: "create" };
    expect(warningReducer(s, { type: "created", created: made })).toMatchObject({
      plan: null,
      created: made,
      running: null,
    });
  });

  it("clears a problem when a command starts, and the notice unless it only lists", () => {
    const s: WarningState = { ...initialWarningState, problem: { message: "x", hint: "" }, notice: "done" };
    expect(warningReducer(s, { type: "started", command: "list" })).toMatchObject({ problem: null, notice: "done" });
    expect(warningReducer(s, { type: "started", command: "status" })).toMatchObject({ problem: null, notice: null });
  });

  it("closes the pending change once the status changed", () => {
    const s: WarningState = { ...initialWarningState, pending: { number: "〔2026〕第001号", action: "void" } };
    expect(warningReducer(s, { type: "status-changed", notice: "ok" })).toMatchObject({ pending: null, notice: "ok" });
  });

  it("keeps the state on a failure but stops running", () => {
    const s: WarningState = { ...initialWarningState, plan, running: "preview" };
    expect(warningReducer(s, { type: "failed", problem: { message: "m", hint: "h" } })).toMatchObject({
      plan,
      running: null,
      problem: { message: "m", hint: "h" },
    });
  });
});
