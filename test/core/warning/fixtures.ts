import type { WarningRecord } from "../../../src/core/warning/warning-record";
import { signalKey } from "../../../src/core/warning/warning-record";
import { day } from "../../support/ledger-builder";

/** A stored record with everything filled, for the register and reconcile tests. */
export function aRecord(seq: number, over: Partial<WarningRecord> = {}): WarningRecord {
  const loanNo = over.loanNo ?? `JJ00${seq}`;
  const signal = over.signal ?? `信号${seq}`;
  return {
    number: { year: 2026, seq },
    sheet: `预警2026-${String(seq).padStart(3, "0")}`,
    filedOn: day("2026-03-06"),
    deadline: day("2026-03-20"),
    branch: "城关支行",
    customer: `客户${seq}`,
    loanNo,
    balance: 10_000 * seq,
    class: "关注",
    category: "财务",
    signal,
    level: "黄",
    discoverer: "李明",
    status: "生效",
    releasedOn: null,
    voidReason: null,
    voidedOn: null,
    evidence: null,
    amountUnit: "万元",
    origin: "signal",
    ledger: { sheet: "贷后台账", row: 3 + seq },
    key: signalKey(loanNo, signal),
    ...over,
  };
}
