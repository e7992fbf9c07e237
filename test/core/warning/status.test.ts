import {
  applyStatusChange,
  isOpenStatus,
  parseWarningStatus,
  type StatusChange,
  type StatusFacts,
  type WarningStatus,
} from "../../../src/core/warning/status";
import { day } from "../../support/ledger-builder";

const FILED = day("2026-03-06");
const form = (status: WarningStatus): StatusFacts => ({
  status,
  filedOn: FILED,
  releasedOn: null,
  voidReason: null,
  voidedOn: null,
});

describe("applyStatusChange", () => {
  it.each<[WarningStatus, StatusChange, WarningStatus]>([
    ["生效", { to: "处理中" }, "处理中"],
    ["生效", { to: "已解除", releasedOn: FILED + 20 }, "已解除"],
    ["处理中", { to: "已解除", releasedOn: FILED + 20 }, "已解除"],
    ["生效", { to: "作废", reason: "重复登记", on: FILED + 1 }, "作废"],
    ["处理中", { to: "作废", reason: "重复登记", on: FILED + 1 }, "作废"],
  ])("%s → %p gives %s", (from, change, to) => {
    const r = applyStatusChange(form(from), change);
    expect(r.ok && r.value.status).toBe(to);
  });

  it("records the release date and the void reason and date", () => {
    const released = applyStatusChange(form("处理中"), { to: "已解除", releasedOn: FILED + 9 });
    expect(released.ok && released.value.releasedOn).toBe(FILED + 9);
    const voided = applyStatusChange(form("生效"), { to: "作废", reason: "  客户名称录错  ", on: FILED + 2 });
    expect(voided.ok && [voided.value.voidReason, voided.value.voidedOn]).toEqual(["客户名称录错", FILED + 2]);
  });

  it.each<[WarningStatus, StatusChange, string]>([
    ["已解除", { to: "处理中" }, "final"],
    ["作废", { to: "已解除", releasedOn: FILED }, "final"],
    ["已解除", { to: "作废", reason: "x", on: FILED }, "final"],
    ["处理中", { to: "处理中" }, "same"],
    ["生效", { to: "作废", reason: "   ", on: FILED }, "no-reason"],
    ["生效", { to: "已解除", releasedOn: FILED - 1 }, "release-before-filing"],
  ])("refuses %s → %p (%s)", (from, change, reason) => {
    expect(applyStatusChange(form(from), change)).toEqual({ ok: false, reason });
  });

  it("keeps the other fields of the record", () => {
    const record = { ...form("生效"), customer: "张三" };
    const r = applyStatusChange(record, { to: "处理中" });
    expect(r.ok && r.value.customer).toBe("张三");
  });
});

describe("isOpenStatus", () => {
  it.each<[WarningStatus, boolean]>([
    ["生效", true],
    ["处理中", true],
    ["已解除", false],
    ["作废", false],
  ])("%s → %p", (s, open) => {
    expect(isOpenStatus(s)).toBe(open);
  });
});

describe("parseWarningStatus", () => {
  it.each<[string, WarningStatus | null]>([
    ["生效", "生效"],
    ["处理中", "处理中"],
    [" 已 解除 ", "已解除"],
    ["销号", "已解除"],
    ["已作废", "作废"],
    ["草稿", null],
    ["", null],
  ])("%s → %p", (text, s) => {
    expect(parseWarningStatus(text)).toBe(s);
  });
});
