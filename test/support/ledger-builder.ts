import type { Finding, RuleId } from "../../src/core/findings/finding";
import { checkLedger, type CheckLedgerOptions } from "../../src/core/ledger/check-ledger";
import { COLUMN_CATALOGUE } from "../../src/core/ledger/column-catalogue";
import { COLUMN_KEYS, type ColumnKey, type Ledger } from "../../src/core/ledger/ledger-types";
import { readLedger } from "../../src/core/ledger/read-ledger";
import { parseMergeArea } from "../../src/core/ledger/data-merges";
import { columnLetters } from "../../src/core/sheet-model/a1";
import type { CellValue } from "../../src/core/values/cell-value";
import { dayFromYmd, type Day } from "../../src/core/values/day";

/** The raw cells of one ledger row, by column; a key left out is an empty cell. */
export type RowValues = Partial<Record<ColumnKey, CellValue>>;

/** The as-of date the ledger tests use unless a test says otherwise. */
export const AS_OF: Day = day("2026-03-31");

export function day(iso: string): Day {
  const [y, m, d] = iso.split("-").map(Number);
  const result = dayFromYmd(y ?? NaN, m ?? NaN, d ?? NaN);
  if (result === null) throw new Error(`bad test date ${iso}`);
  return result;
}

/** A valid resident ID and a valid 统一社会信用代码 (the published examples). */
export const VALID_RESIDENT_ID = "11010519491231002X";
export const VALID_CREDIT_CODE = "91350100M000100Y43";

/**
 * A loan with nothing wrong with it as of AS_OF: every required cell filled,
 * 正常 and not overdue, inspected within the quarter, maturing in 2027.
 */
export function aLoan(over: RowValues = {}): RowValues {
  return {
    seq: 1,
    branch: "城关支行",
    customer: "张三",
    idNumber: VALID_RESIDENT_ID,
    customerType: "企业",
    contractNo: "HT001",
    loanNo: "JJ001",
    product: "流动资金贷款",
    purpose: "购货",
    amount: 100,
    balance: 80,
    disbursed: "2025-06-01",
    maturity: "2027-06-01",
    rate: 0.0435,
    guarantee: "保证",
    overdueDays: 0,
    class: "正常",
    officer: "李四",
    firstInspection: "2025-06-20",
    lastInspection: "2026-03-01",
    inspectionMethod: "现场",
    ...over,
  };
}

type Line = { kind: "row"; values: RowValues } | { kind: "blank" } | { kind: "total" } | { kind: "header" };

/**
 * Builds a ledger the way the add-in sees one: a header row written with the
 * catalogue's labels on sheet row 1, rows below it, read by readLedger.
 */
export class LedgerBuilder {
  private columns: ColumnKey[] = [...COLUMN_KEYS];
  private readonly lines: Line[] = [];
  private readonly merges: string[] = [];
  private autoKey = 0;

  /** Only these columns, in this order. */
  withColumns(...keys: ColumnKey[]): this {
    this.columns = keys;
    return this;
  }

  withoutColumns(...keys: ColumnKey[]): this {
    this.columns = this.columns.filter((k) => !keys.includes(k));
    return this;
  }

  /** A valid loan with the given cells changed; each gets its own 借据号 unless one is given. */
  withLoan(over: RowValues = {}): this {
    this.autoKey++;
    const loanNo = `JJ${String(this.autoKey).padStart(3, "0")}`;
    return this.withRow(aLoan({ loanNo, seq: this.autoKey, ...over }));
  }

  /** Exactly these cells, nothing filled in. */
  withRow(values: RowValues): this {
    this.lines.push({ kind: "row", values });
    return this;
  }

  withBlankRow(): this {
    this.lines.push({ kind: "blank" });
    return this;
  }

  withTotalRow(): this {
    this.lines.push({ kind: "total" });
    return this;
  }

  /** The header written again, as when two tables are pasted one under the other. */
  withHeaderRow(): this {
    this.lines.push({ kind: "header" });
    return this;
  }

  /**
   * Merges a column's cells from one sheet row to another, as Excel does: the
   * top cell keeps its value, the others are emptied. Returns the area ("Q2:Q4").
   */
  withMerge(key: ColumnKey, fromRow: number, toRow: number, lastKey: ColumnKey = key): this {
    this.merges.push(`${this.cellOf(key, fromRow)}:${this.cellOf(lastKey, toRow)}`);
    return this;
  }

  /** The merged areas added with withMerge. */
  mergeAreas(): readonly string[] {
    return this.merges;
  }

  /** The sheet row of the n-th line added (1-based), counting blank and total lines. */
  rowOf(n: number): number {
    return n + 1;
  }

  /** The A1 address of a column's cell on a sheet row. */
  cellOf(key: ColumnKey, sheetRow: number): string {
    const index = this.columns.indexOf(key);
    if (index < 0) throw new Error(`column ${key} is not in this ledger`);
    return `${columnLetters(index)}${sheetRow}`;
  }

  /** The header written for a column. */
  headerOf(key: ColumnKey): string {
    return COLUMN_CATALOGUE[key].label;
  }

  values(): CellValue[][] {
    const header: CellValue[] = this.columns.map((k) => COLUMN_CATALOGUE[k].label);
    const body = this.lines.map((line): CellValue[] => {
      if (line.kind === "blank") return this.columns.map(() => null);
      if (line.kind === "header") return this.columns.map((k) => COLUMN_CATALOGUE[k].label);
      if (line.kind === "total") return this.columns.map((k, i) => (i === 0 ? "合计" : k === "balance" ? 1000 : null));
      return this.columns.map((k) => line.values[k] ?? null);
    });
    const values = [header, ...body];
    for (const text of this.merges) {
      const area = parseMergeArea(text);
      if (area === null) throw new Error(`bad merge ${text}`);
      for (let r = area.top; r <= area.bottom; r++) {
        const row = values[r - 1];
        for (let c = area.left; c <= area.right; c++) if (row && (r > area.top || c > area.left)) row[c] = null;
      }
    }
    return values;
  }

  build(): Ledger {
    const read = readLedger(this.values(), { sheet: "台账", firstRow: 1, date1904: false, merges: this.merges });
    if (!read.ok) throw new Error(`test ledger unreadable: ${JSON.stringify(read)}`);
    return read.ledger;
  }
}

export function aLedger(): LedgerBuilder {
  return new LedgerBuilder();
}

/** The findings of one rule on a ledger, as of AS_OF unless the options say otherwise. */
export function findingsOf(ledger: Ledger, rule: RuleId, options: Partial<CheckLedgerOptions> = {}): Finding[] {
  return checkLedger(ledger, { asOf: AS_OF, ...options, rules: [rule] }).findings;
}

/** The facts tests assert on: not the message text, which may be reworded. */
export function brief(f: Finding): Pick<Finding, "rule" | "severity" | "row" | "cell"> {
  return { rule: f.rule, severity: f.severity, row: f.row, cell: f.cell };
}
