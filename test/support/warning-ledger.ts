import type { WorkbookSeed } from "../../src/adapters/memory/memory-seed";
import { dayToExcelSerial } from "../../src/core/values/day";
import type { CellValue } from "../../src/core/values/cell-value";
import { day } from "./ledger-builder";

/**
 * A ledger with the warning columns (预警信号, 预警级别) as a branch keeps
 * one: a title row, a 统计日期 line stating 万元, the header, loans with and
 * without signals, a customer whose name begins with "=" and one with "@",
 * a loan with blanks where the ledger knows nothing, and a 合计 row. Values
 * are what Excel hands the add-in (dates as serials), so the same rows seed a
 * MemoryWorkbook and an .xlsx file.
 */
export const WARNING_LEDGER_SHEET = "贷后台账";
export const WARNING_AS_OF = "2026-03-06"; // a Friday
export const WARNING_HEADER_ROW = 3;

export const WARNING_HEADERS = [
  "序号",
  "机构",
  "客户名称",
  "证件号码",
  "所属行业",
  "信用等级",
  "合同编号",
  "借据号",
  "贷款品种",
  "贷款用途",
  "贷款金额",
  "贷款余额",
  "发放日期",
  "到期日期",
  "执行利率(%)",
  "担保方式",
  "逾期天数",
  "逾期本金",
  "欠息金额",
  "五级分类",
  "管户客户经理",
  "首次检查日期",
  "最近检查日期",
  "检查方式",
  "预警信号",
  "预警级别",
] as const;

function serial(iso: string): number {
  return dayToExcelSerial(day(iso));
}

/** One loan: values in header order. */
export interface WarningLoan {
  readonly branch: string;
  readonly customer: CellValue;
  readonly idNumber: CellValue;
  readonly industry: CellValue;
  readonly rating: CellValue;
  readonly contractNo: CellValue;
  readonly loanNo: string;
  readonly product: CellValue;
  readonly purpose: CellValue;
  readonly amount: CellValue;
  readonly balance: CellValue;
  readonly disbursed: CellValue;
  readonly maturity: CellValue;
  readonly rate: CellValue;
  readonly guarantee: CellValue;
  readonly overdueDays: CellValue;
  readonly overduePrincipal: CellValue;
  readonly overdueInterest: CellValue;
  readonly class: CellValue;
  readonly officer: CellValue;
  readonly firstInspection: CellValue;
  readonly lastInspection: CellValue;
  readonly inspectionMethod: CellValue;
  readonly signal: CellValue;
  readonly level: CellValue;
}

export const WARNING_LOANS: readonly WarningLoan[] = [
  {
    branch: "城关支行",
    customer: "信阳市丰禾农业发展有限公司",
    idNumber: "91411500MA44L7Q2XA",
    industry: "农业",
    rating: "A",
    contractNo: "HT2025-1215",
    loanNo: "JJ2025120007",
    product: "流动资金贷款",
    purpose: "收购粮食",
    amount: 200,
    balance: 150.25,
    disbursed: serial("2025-12-15"),
    maturity: serial("2027-06-14"),
    rate: 4.75,
    guarantee: "抵押+保证",
    overdueDays: 0,
    overduePrincipal: 0,
    overdueInterest: 0,
    class: "正常",
    officer: "王芳",
    firstInspection: serial("2026-01-05"),
    lastInspection: serial("2026-02-20"),
    inspectionMethod: "现场",
    signal: "【财务】资产负债率升至92%",
    level: "橙色",
  },
  {
    branch: "城关支行",
    customer: '=HYPERLINK("http://x","点我")',
    idNumber: "411523197803124510",
    industry: "零售",
    rating: "BBB",
    contractNo: "HT2025-1031",
    loanNo: "JJ2025100013",
    product: "个人经营性贷款",
    purpose: "进货",
    amount: 30,
    balance: 12.5,
    disbursed: serial("2025-10-31"),
    maturity: serial("2026-02-04"),
    rate: 5.6,
    guarantee: "保证",
    overdueDays: 30,
    overduePrincipal: 12.5,
    overdueInterest: 0.35,
    class: "关注",
    officer: "李明",
    firstInspection: serial("2025-11-20"),
    lastInspection: serial("2026-02-25"),
    inspectionMethod: "现场",
    signal: "保证人涉诉，账户被冻结",
    level: "红",
  },
  {
    branch: "城关支行",
    customer: "@刘桂兰",
    idNumber: "41152319650804202X",
    industry: null,
    rating: null,
    contractNo: null,
    loanNo: "JJ2026010002",
    product: "农户小额信用贷款",
    purpose: null,
    amount: 5,
    balance: 3.2,
    disbursed: serial("2026-01-10"),
    maturity: serial("2027-01-09"),
    rate: null,
    guarantee: "信用",
    overdueDays: null,
    overduePrincipal: null,
    overdueInterest: null,
    class: "正常",
    officer: "李明",
    firstInspection: serial("2026-01-25"),
    lastInspection: serial("2026-02-28"),
    inspectionMethod: "电话",
    signal: null,
    level: null,
  },
  {
    branch: "城关支行",
    customer: "-陈志强",
    idNumber: "411523197001013310",
    industry: "养殖",
    rating: "B",
    contractNo: "HT2024-0205",
    loanNo: "JJ2024020021",
    product: "个人经营性贷款",
    purpose: "养殖",
    amount: 20,
    balance: 18,
    disbursed: serial("2024-02-05"),
    maturity: serial("2025-05-10"),
    rate: 6.1,
    guarantee: "抵押",
    overdueDays: 300,
    overduePrincipal: 18,
    overdueInterest: 1.2,
    class: "可疑",
    officer: "赵强",
    firstInspection: serial("2024-02-26"),
    lastInspection: serial("2026-02-10"),
    inspectionMethod: "现场",
    signal: "停产半年，抵押物被法院查封",
    level: "重大",
  },
  {
    branch: "城关支行",
    customer: "+周丽",
    idNumber: "411523198809196620",
    industry: "服务",
    rating: "A",
    contractNo: "HT2026-0201",
    loanNo: "JJ2026020002",
    product: "个人消费贷款",
    purpose: "装修",
    amount: 12,
    balance: 11,
    disbursed: serial("2026-02-01"),
    maturity: serial("2028-01-31"),
    rate: 5.2,
    guarantee: "质押",
    overdueDays: 0,
    overduePrincipal: 0,
    overdueInterest: 0,
    class: "正常",
    officer: "王芳",
    firstInspection: serial("2026-02-20"),
    lastInspection: serial("2026-03-02"),
    inspectionMethod: "现场",
    signal: null,
    level: null,
  },
];

function loanRow(seq: number, l: WarningLoan): CellValue[] {
  return [
    seq,
    l.branch,
    l.customer,
    l.idNumber,
    l.industry,
    l.rating,
    l.contractNo,
    l.loanNo,
    l.product,
    l.purpose,
    l.amount,
    l.balance,
    l.disbursed,
    l.maturity,
    l.rate,
    l.guarantee,
    l.overdueDays,
    l.overduePrincipal,
    l.overdueInterest,
    l.class,
    l.officer,
    l.firstInspection,
    l.lastInspection,
    l.inspectionMethod,
    l.signal,
    l.level,
  ];
}

/** The ledger's values from A1; the first loan is on sheet row 4. */
export function warningLedgerValues(loans: readonly WarningLoan[] = WARNING_LOANS): CellValue[][] {
  const rows: CellValue[][] = [
    ["城关支行贷后管理台账"],
    ["统计日期：2026年3月6日", null, null, null, null, null, null, null, null, null, "单位：万元"],
    [...WARNING_HEADERS],
  ];
  loans.forEach((l, i) => rows.push(loanRow(i + 1, l)));
  rows.push(["合计", null, null, null, null, null, null, null, null, null, 267, 194.95]);
  return rows;
}

/** Sheet row of the i-th loan (0-based). */
export function loanSheetRow(i: number): number {
  return WARNING_HEADER_ROW + 1 + i;
}

export function warningLedgerSeed(loans: readonly WarningLoan[] = WARNING_LOANS): WorkbookSeed {
  return { sheets: [{ name: WARNING_LEDGER_SHEET, values: warningLedgerValues(loans) }] };
}
