import {
  initialNoticeState,
  noticeReducer,
  type NoticeState,
} from "../../../../src/taskpane/components/notices/notice-reducer";
import type { MaturityNoticePlan, MaturityNoticesResult } from "../../../../src/usecases/create-maturity-notices";

const PLAN = { ok: true, notices: [] } as unknown as MaturityNoticePlan;
const RESULT = { plan: PLAN, notices: [] } as unknown as MaturityNoticesResult;

describe("noticeReducer", () => {
  it("shows a preview, then what was written in its place", () => {
    let s: NoticeState = noticeReducer(initialNoticeState, { type: "started", command: "plan" });
    expect(s.running).toBe("plan");
    s = noticeReducer(s, { type: "planned", plan: PLAN });
    expect([s.running, s.plan]).toEqual([null, PLAN]);
    s = noticeReducer(noticeReducer(s, { type: "started", command: "write" }), { type: "written", result: RESULT });
    expect([s.plan, s.result]).toEqual([null, RESULT]);
  });

  it("drops the preview when cancelled or when the as-of date changes", () => {
    const planned = noticeReducer(initialNoticeState, { type: "planned", plan: PLAN });
    expect(noticeReducer(planned, { type: "cancelled" }).plan).toBeNull();
    expect(noticeReducer(planned, { type: "as-of-set", asOf: 5 })).toMatchObject({ plan: null, asOf: 5 });
  });

  it("keeps the preview when writing fails, so the user can try again", () => {
    const planned = noticeReducer(initialNoticeState, { type: "planned", plan: PLAN });
    const failed = noticeReducer(noticeReducer(planned, { type: "started", command: "write" }), {
      type: "failed",
      problem: { message: "m", hint: "h" },
    });
    expect(failed).toMatchObject({ plan: PLAN, running: null, problem: { message: "m" } });
    expect(noticeReducer(failed, { type: "dismissed" }).problem).toBeNull();
  });

  it("ignores progress when nothing runs", () => {
    expect(noticeReducer(initialNoticeState, { type: "progress", fraction: 0.5 })).toBe(initialNoticeState);
  });
});
