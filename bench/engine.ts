import { parseLoanClass } from "../src/core/classification/parse-loan-class";
import { parseDisposalMethod } from "../src/core/enums/disposal-method";
import { parseGuaranteeType } from "../src/core/enums/guarantee-type";
import { parseInspectionMethod } from "../src/core/enums/inspection-method";
import { checkLedger } from "../src/core/ledger/check-ledger";
import { COLUMN_CATALOGUE } from "../src/core/ledger/column-catalogue";
import { displayValue } from "../src/core/ledger/field-access";
import { findHeaderRow } from "../src/core/ledger/find-header-row";
import type { ColumnKey } from "../src/core/ledger/ledger-types";
import { readLedger } from "../src/core/ledger/read-ledger";
import { isBlank, isExcelError, type CellValue } from "../src/core/values/cell-value";
import { compactText, normalizeText } from "../src/core/values/normalize-text";
import { parseDate } from "../src/core/values/parse-date";
import { parseNumber } from "../src/core/values/parse-number";
import { parseRatio } from "../src/core/values/parse-ratio";
import type { Parsed } from "../src/core/values/parsed";
import { AS_OF, benchLedger, SHEET } from "./ledger";
import { startClock, timed } from "./probe";

type Parser = (raw: CellValue) => Parsed<unknown> | string | null;

/**
 * The parse floor: the core's own parser for each mapped column's kind,
 * called once on every mapped cell below the header — what any check must do
 * at least — with nothing kept: no Field, no row object, no memo.
 */
function floorParser(key: ColumnKey): Parser {
  if (key === "ecl" || key === "rate") return parseRatio;
  switch (COLUMN_CATALOGUE[key].kind) {
    case "date":
      return (raw) => parseDate(raw);
    case "number":
      return parseNumber;
    case "class":
      return parseLoanClass;
    case "guarantee":
      return parseGuaranteeType;
    case "inspectionMethod":
      return parseInspectionMethod;
    case "disposal":
      return parseDisposalMethod;
    case "id":
      return (raw) => (typeof raw === "string" ? compactText(raw) : displayValue(raw));
    case "text":
      return (raw) =>
        typeof raw === "string" && !isBlank(raw) ? normalizeText(raw) : isExcelError(raw) ? null : displayValue(raw);
  }
}

export async function engineFloor(loans: number): Promise<object> {
  const ledger = benchLedger(loans);
  const values = ledger.values;
  const { value: ok, timing } = await timed(() => {
    const found = findHeaderRow(values, 30);
    if (found === null) throw new Error("no header");
    const columns = found.bindings.map((b) => ({ index: b.index, parse: floorParser(b.key) }));
    let readable = 0;
    for (let r = found.rowIndex + 1; r < values.length; r++) {
      const row = values[r] ?? [];
      for (const { index, parse } of columns) {
        const p = parse(row[index] ?? null);
        if (p !== null && (typeof p === "string" || p.ok)) readable++;
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
