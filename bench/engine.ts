import { checkLedger } from "../src/core/ledger/check-ledger";
import { columnParser } from "../src/core/ledger/column-parser";
import { findHeaderRow } from "../src/core/ledger/find-header-row";
import { readLedger } from "../src/core/ledger/read-ledger";
import { AS_OF, benchLedger, SHEET } from "./ledger";
import { startClock, timed } from "./probe";

/**
 * The parse floor: the core's own parser for each mapped column (the one
 * readLedger uses), called once on every mapped cell below the header — what
 * any check must do at least — with nothing kept: no Field, no row object,
 * no memo.
 */
export async function engineFloor(loans: number): Promise<object> {
  const ledger = benchLedger(loans);
  const values = ledger.values;
  const { value: ok, timing } = await timed(() => {
    const found = findHeaderRow(values, 30);
    if (found === null) throw new Error("no header");
    const columns = found.bindings.map((b) => ({ index: b.index, parse: columnParser(b.key, false) }));
    let readable = 0;
    for (let r = found.rowIndex + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      for (const { index, parse } of columns) {
        if (parse(row[index] ?? null).ok) readable++;
      }
    }
    return readable;
  });
  return {
    task: "engine-floor",
    rows: values.length,
    cells: values.length * (values[2]?.length ?? 0),
    readable: ok,
    ...timing,
  };
}

export async function engineCheck(loans: number): Promise<object> {
  const ledger = benchLedger(loans);
  const clock = startClock();
  const read = readLedger(ledger.values, { sheet: SHEET });
  const readTiming = clock.stop();
  if (!read.ok) throw new Error(read.message);
  const checkClock = startClock();
  const result = checkLedger(read.ledger, { asOf: AS_OF });
  const checkTiming = checkClock.stop();
  const byRule: Record<string, number> = {};
  for (const f of result.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return {
    task: "engine-check",
    rows: ledger.values.length,
    findings: result.findings.length,
    byRule,
    planted: ledger.planted.length,
    read: readTiming,
    check: checkTiming,
    wallMs: readTiming.wallMs + checkTiming.wallMs,
    cpuMs: readTiming.cpuMs + checkTiming.cpuMs,
  };
}
