import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import type { SeedSheet } from "../../../src/adapters/memory/memory-seed";
import type { ColumnKey } from "../../../src/core/ledger/ledger-types";
import { columnLetters } from "../../../src/core/sheet-model/a1";
import type { CellValue } from "../../../src/core/values/cell-value";
import type { WorkbookPort } from "../../../src/usecases/workbook-port";
import { day, VALID_CREDIT_CODE, VALID_RESIDENT_ID } from "../../support/ledger-builder";

/**
 * A 贷后管理台账 as a branch keeps one, as plain values for the memory
 * workbook: a title row, a 统计日期 line with the unit, headers with line
 * breaks and synonyms (借款人, 借据编号, 五级\n分类), dates as text in several
 * forms and as serials, a blank row inside the data, a 合计 row, and one
 * planted defect per listed row. The stated as-of date is 2026-11-30.
 */
export const LEDGER = "贷款台账";
export const STATED_AS_OF = day("2026-11-30");
export const HEADER_ROW = 3;

const COLUMNS: readonly (readonly [ColumnKey, string])[] = [
  ["seq", "序号"],
  ["branch", "机构名称"],
  ["customer", "借款人"],
  ["idNumber", "证件号码\n（身份证/统一社会信用代码）"],
  ["customerType", "客户类型"],
  ["contractNo", "合同编号"],
  ["loanNo", "借据编号"],
  ["product", "贷款品种"],
  ["purpose", "贷款用途"],
  ["amount", "贷款金额\n（万元）"],
  ["balance", "贷款余额\n（万元）"],
  ["disbursed", "发放日期"],
  ["maturity", "到期日期"],
  ["rate", "执行利率"],
  ["guarantee", "担保方式"],
  ["overdueDays", "逾期天数"],
  ["class", "五级\n分类"],
  ["officer", "管户客户经理"],
  ["firstInspection", "首次检查日期"],
  ["lastInspection", "最近一次检查日期"],
  ["inspectionMethod", "检查方式"],
  ["disposal", "处置方式"],
  ["remark", "备注"],
];

export function colOf(key: ColumnKey): string {
  const i = COLUMNS.findIndex(([k]) => k === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return columnLetters(i);
}

export function cellOf(key: ColumnKey, row: number): string {
  return `${colOf(key)}${row}`;
}

type Loan = Partial<Record<ColumnKey, CellValue>>;

/** A loan with nothing wrong as of 2026-11-30. */
function clean(n: number, over: Loan = {}): Loan {
  return {
    seq: n,
    branch: "城关支行",
    customer: `客户${n}`,
    idNumber: n % 2 === 0 ? VALID_CREDIT_CODE : VALID_RESIDENT_ID,
    customerType: n % 2 === 0 ? "企业" : "个人",
    contractNo: `HT2025${String(n).padStart(4, "0")}`,
    loanNo: `JJ2025${String(n).padStart(4, "0")}`,
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
    lastInspection: "2026-11-01",
    inspectionMethod: "现场",
    ...over,
  };
}

/** Where each planted defect is, by the rule that must find it. */
export const DEFECTS = {
  "balance-exceeds-amount": { row: 6, cell: cellOf("balance", 6) },
  "required-missing": { row: 8, cell: cellOf("customer", 8) },
  "inspection-overdue": { row: 9, cell: cellOf("lastInspection", 9) },
  "type-error": { row: 10, cell: cellOf("disbursed", 10) },
} as const;
export const CLEAN_ROWS = [4, 5] as const;
export const BLANK_ROW = 7;
export const TOTAL_ROW = 11;

function rowValues(loan: Loan): CellValue[] {
  return COLUMNS.map(([k]) => loan[k] ?? null);
}

export interface LedgerValuesOptions {
  /** Write the 统计日期 line (default true). */
  readonly statedAsOf?: boolean;
  /** Clean loans appended after the 合计 row's place is taken by them (for size tests); default 0. */
  readonly extraLoans?: number;
}

export function ledgerValues(options: LedgerValuesOptions = {}): CellValue[][] {
  const width = COLUMNS.length;
  const line = (...cells: CellValue[]): CellValue[] => [...cells, ...Array<CellValue>(width - cells.length).fill(null)];
  const rows: CellValue[][] = [
    line("城关支行贷后管理台账"),
    options.statedAsOf === false
      ? line("单位：万元")
      : line("统计日期：2026年11月30日", null, null, null, "单位：万元"),
    COLUMNS.map(([, header]) => header),
    // Dates as ISO text, as serials, and as 年月日 text.
    rowValues(clean(1)),
    rowValues(
      clean(2, {
        disbursed: 45809, // 2025-06-01
        maturity: 46539, // 2027-06-01
        firstInspection: "2025年6月20日",
        lastInspection: "2026/11/01",
      }),
    ),
    rowValues(clean(3, { balance: 120 })),
    line(),
    rowValues(clean(4, { customer: null })),
    rowValues(clean(5, { lastInspection: "2026-05-01" })),
    rowValues(clean(6, { disbursed: "2025-13-45" })),
  ];
  for (let i = 0; i < (options.extraLoans ?? 0); i++) rows.push(rowValues(clean(7 + i)));
  const total = line("合计");
  total[COLUMNS.findIndex(([k]) => k === "balance")] = 480;
  rows.push(total);
  return rows;
}

export function ledgerSheet(over: Partial<SeedSheet> = {}): SeedSheet {
  return { name: LEDGER, values: ledgerValues(), ...over };
}

export function workbookWith(...sheets: SeedSheet[]): MemoryWorkbook {
  return MemoryWorkbook.from({ sheets });
}

/** Every cell of a sheet's used area: value, formula, fill, note, style and link, to compare whole sheets. */
export function snapshotSheet(book: MemoryWorkbook, sheet: string): unknown[][] {
  const view = book.sheet(sheet);
  const rows: unknown[][] = [];
  for (let r = 1; r <= view.rowCount; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < view.columnCount; c++) row.push(view.cell(r, c));
    rows.push(row);
  }
  return rows;
}

export interface PortCall {
  readonly method: keyof WorkbookPort;
  readonly args: readonly unknown[];
}

/** The port with every call recorded, to count round trips and see what was asked. */
export function recordingPort(inner: WorkbookPort): { port: WorkbookPort; calls: PortCall[] } {
  const calls: PortCall[] = [];
  const port = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push({ method: prop as keyof WorkbookPort, args });
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port, calls };
}

export const TODAY = day("2026-12-15");
export { day };
