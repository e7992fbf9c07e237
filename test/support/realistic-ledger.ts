import ExcelJS from "exceljs";
import type { RuleId } from "../../src/core/findings/finding";
import type { ColumnKey } from "../../src/core/ledger/ledger-types";
import { columnLetters } from "../../src/core/sheet-model/a1";

/**
 * A 贷后管理台账 the way a branch really keeps one, written as an .xlsx by
 * ExcelJS: two title rows merged across (the second with the 统计日期 and
 * unit), headers with line breaks, full-width brackets and synonyms, dates as
 * real dates, serials and text in several forms, amounts as text and with
 * full-width digits, a blank row inside the data, a 合计 row with formulas, a
 * hidden column, and a second sheet of notes. By default it holds clean
 * loans plus one planted defect per rule (header-missing aside), each on
 * its own row and each recorded with its cell, so that tests can assert that
 * every defect is found where it is and that nothing is reported on the clean
 * rows. The as-of date is the sheet's 统计日期, 2026-11-30.
 */

export const REALISTIC_AS_OF = "2026-11-30";

export interface PlantedDefect {
  readonly rule: RuleId;
  /** The A1 address the finding must point at. */
  readonly cell: string;
  readonly row: number;
  /** The row's 借据号. */
  readonly key: string;
  /** What was planted, for test names. */
  readonly what: string;
}

export interface RealisticLedger {
  readonly sheetName: string;
  /** 1-based sheet row of the header. */
  readonly headerRow: number;
  readonly asOf: string;
  readonly defects: readonly PlantedDefect[];
  /** Sheet rows of loans with nothing wrong (no error or warning; info allowed only where listed in defects). */
  readonly cleanRows: readonly number[];
  readonly blankRows: readonly number[];
  readonly totalRow: number;
  /** Every data row (clean and defective). */
  readonly dataRows: readonly number[];
  /** Column letter of each column the sheet has. */
  readonly columns: Readonly<Partial<Record<ColumnKey, string>>>;
  /** The header cell's text as written, per column. */
  readonly headers: Readonly<Partial<Record<ColumnKey, string>>>;
}

export interface RealisticLedgerOptions {
  /** Plant the defects (default true); false gives a ledger of clean loans only. */
  readonly defects?: boolean;
  readonly branch?: string;
  readonly sheetName?: string;
  /** Leave these columns out of the sheet (for header-missing). */
  readonly omitColumns?: readonly ColumnKey[];
  /** Write the 统计日期 line (default true). */
  readonly statedAsOf?: boolean;
}

/** The sheet's columns in order, with the headers as a branch writes them. */
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
  ["rate", "执行利率\n（%）"],
  ["guarantee", "担保方式"],
  ["overdueDays", "逾期天数"],
  ["class", "五级\n分类"],
  ["officer", "管户客户经理"],
  ["firstInspection", "首次检查\n日期"],
  ["lastInspection", "最近一次检查日期"],
  ["inspectionMethod", "检查方式"],
  ["disposal", "处置方式"],
  ["remark", "备注"],
];

type Raw = string | number | Date | null;
type Loan = Partial<Record<ColumnKey, Raw>>;

// ---- values as ledgers hold them ----

/** A real date cell (ExcelJS stores a Date at UTC midnight as the date's serial). */
function date(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** The date's Excel serial, as a number cell (what a pasted column of dates often becomes). */
function serial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
}

/** Full-width digits and punctuation, as an IME in full-width mode types them. */
function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

function isoPlus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A resident ID with its GB 11643 check character computed. */
export function residentId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (RESIDENT_WEIGHTS[i] ?? 0);
  return first17 + "10X98765432"[sum % 11];
}

/** A 统一社会信用代码 with its GB 32100 check character computed. */
export function creditCode(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i] ?? "") * (CREDIT_WEIGHTS[i] ?? 0);
  return first17 + CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The same ID with a wrong check character. */
function spoiled(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, -1) + (last === "1" ? "2" : "1");
}

// ---- the loans ----

function cleanLoans(branch: string, asOf: string): Loan[] {
  return [
    {
      customer: "张建国",
      idNumber: residentId("41152319780312451"),
      customerType: "农户",
      contractNo: "HT2026-0311",
      loanNo: "JJ2026030001",
      product: "农户小额信用贷款",
      purpose: "购买化肥种子",
      amount: 5,
      balance: 3.2,
      disbursed: date("2026-03-10"),
      maturity: date("2027-03-09"),
      rate: 4.35,
      guarantee: "信用",
      overdueDays: 0,
      class: "正常",
      officer: "李明",
      firstInspection: date("2026-03-25"),
      lastInspection: date("2026-10-20"),
      inspectionMethod: "现场",
    },
    {
      // An enterprise: text dates in three forms, amounts as text, a guarantee mix.
      customer: "信阳市丰禾农业发展有限公司",
      idNumber: creditCode("91411500MA44L7Q2X"),
      customerType: "企业",
      contractNo: "HT2025-1215",
      loanNo: "JJ2025120007",
      product: "流动资金贷款",
      purpose: "收购粮食",
      amount: "200",
      balance: "150.00",
      disbursed: "2025/12/15",
      maturity: "2027年6月14日",
      rate: "4.75",
      guarantee: "抵押+保证",
      overdueDays: 0,
      class: "正常",
      officer: "王芳",
      firstInspection: "2026-01-05",
      lastInspection: fullWidth("2026-10-08"),
      inspectionMethod: "现场检查",
    },
    {
      // 关注 and 30 days overdue: the floor is 关注, inspected monthly.
      customer: "刘桂兰",
      idNumber: residentId("41152319650804202"),
      customerType: "个体工商户",
      contractNo: "HT2025-1031",
      loanNo: "JJ2025100013",
      product: "个人经营性贷款",
      purpose: "进货",
      amount: 30,
      balance: 12.5,
      disbursed: date("2025-10-31"),
      maturity: date(isoPlus(asOf, -30)),
      rate: 5.6,
      guarantee: "保证",
      overdueDays: 30,
      class: "关注",
      officer: "李明",
      firstInspection: date("2025-11-20"),
      lastInspection: date("2026-11-15"),
      inspectionMethod: "上门走访",
    },
    {
      // 可疑 at 300 days overdue, with a disposal plan (a synonym) and a recent inspection.
      customer: "陈志强",
      idNumber: residentId("41152319700101331"),
      customerType: "个人",
      contractNo: "HT2024-0205",
      loanNo: "JJ2024020021",
      product: "个人经营性贷款",
      purpose: "养殖",
      amount: 20,
      balance: 18,
      disbursed: date("2024-02-05"),
      maturity: date(isoPlus(asOf, -300)),
      rate: 6.1,
      guarantee: "抵押",
      overdueDays: 300,
      class: "可疑",
      officer: "赵强",
      firstInspection: date("2024-02-26"),
      lastInspection: date("2026-11-10"),
      inspectionMethod: "现场",
      disposal: "诉讼",
    },
    {
      // Serial-number dates, full-width digits in the amount, 正常类 and 电话回访 as written.
      customer: "周丽",
      idNumber: residentId("41152319880919662"),
      customerType: "个人",
      contractNo: "HT2026-0801",
      loanNo: "JJ2026080002",
      product: "个人消费贷款",
      purpose: "装修",
      amount: fullWidth("12"),
      balance: 11,
      disbursed: serial("2026-08-01"),
      maturity: serial("2028-07-31"),
      rate: 5.2,
      guarantee: "质押",
      overdueDays: 0,
      class: "正常类",
      officer: "王芳",
      firstInspection: serial("2026-08-20"),
      lastInspection: serial("2026-11-02"),
      inspectionMethod: "电话回访",
    },
    {
      // Settled (balance 0) after maturity: no inspection is due on it any more.
      customer: "孙伟",
      idNumber: residentId("41152319790228121"),
      customerType: "农户",
      contractNo: "HT2025-0630",
      loanNo: "JJ2025060009",
      product: "农户联保贷款",
      purpose: "种植",
      amount: 8,
      balance: 0,
      disbursed: date("2025-06-30"),
      maturity: date("2026-06-30"),
      rate: 4.9,
      guarantee: "联保",
      overdueDays: 0,
      class: "正常",
      officer: "赵强",
      firstInspection: date("2025-07-18"),
      lastInspection: date("2026-03-01"),
      inspectionMethod: "现场",
      remark: "已结清",
    },
  ].map((l) => ({ branch, ...l }));
}

/** A clean loan to plant one defect in. */
function base(n: number, branch: string): Loan {
  const seq = String(n).padStart(2, "0");
  return {
    branch,
    customer: `测试借款人${seq}`,
    idNumber: residentId(`41152319800115${seq}1`),
    customerType: "个人",
    contractNo: `HT2026-90${seq}`,
    loanNo: `JJ20260900${seq}`,
    product: "个人经营性贷款",
    purpose: "经营周转",
    amount: 50,
    balance: 40,
    disbursed: date("2026-04-01"),
    maturity: date("2028-03-31"),
    rate: 5,
    guarantee: "保证",
    overdueDays: 0,
    class: "正常",
    officer: "李明",
    firstInspection: date("2026-04-20"),
    lastInspection: date("2026-11-05"),
    inspectionMethod: "现场",
  };
}

interface Plant {
  readonly rule: RuleId;
  readonly column: ColumnKey;
  readonly what: string;
  readonly loan: (b: Loan, asOf: string) => Loan;
}

/** One defect per rule, each on a loan that is otherwise clean. */
const PLANTS: readonly Plant[] = [
  { rule: "required-missing", column: "officer", what: "管户客户经理为空", loan: (b) => ({ ...b, officer: null }) },
  { rule: "type-error", column: "amount", what: "贷款金额写成“约50”", loan: (b) => ({ ...b, amount: "约50" }) },
  { rule: "enum-invalid", column: "guarantee", what: "担保方式“房子”", loan: (b) => ({ ...b, guarantee: "房子" }) },
  {
    rule: "id-invalid",
    column: "idNumber",
    what: "身份证号校验位错误",
    loan: (b) => ({ ...b, idNumber: spoiled(String(b.idNumber)) }),
  },
  {
    rule: "duplicate-key",
    column: "loanNo",
    what: "借据号与第一笔贷款重复",
    loan: (b) => ({ ...b, loanNo: "JJ2026030001" }),
  },
  {
    rule: "date-order",
    column: "maturity",
    what: "到期日早于发放日",
    loan: (b) => ({ ...b, disbursed: date("2026-05-20"), maturity: "2026-04-20", firstInspection: date("2026-06-05") }),
  },
  {
    rule: "balance-exceeds-amount",
    column: "balance",
    what: "余额大于贷款金额",
    loan: (b) => ({ ...b, amount: 100, balance: 120 }),
  },
  {
    rule: "class-below-floor",
    column: "class",
    what: "逾期95天仍为正常",
    loan: (b, asOf) => ({ ...b, maturity: date(isoPlus(asOf, -95)), overdueDays: 95, class: "正常" }),
  },
  {
    rule: "inspection-overdue",
    column: "lastInspection",
    what: "正常类贷款半年未检查",
    loan: (b) => ({ ...b, lastInspection: "2026年5月10日" }),
  },
  {
    rule: "first-inspection-late",
    column: "firstInspection",
    what: "发放后两个半月才首次检查",
    loan: (b) => ({ ...b, disbursed: date("2026-06-01"), firstInspection: date("2026-08-15") }),
  },
  {
    rule: "npl-no-disposal",
    column: "disposal",
    what: "次级贷款未填处置方式",
    loan: (b, asOf) => ({
      ...b,
      maturity: date(isoPlus(asOf, -120)),
      overdueDays: 120,
      class: "次级",
      lastInspection: date("2026-11-20"),
    }),
  },
  {
    rule: "maturing-next-month",
    column: "maturity",
    what: "12月15日到期",
    loan: (b) => ({ ...b, maturity: date("2026-12-15") }),
  },
];

// ---- the workbook ----

/**
 * Builds the workbook in memory. Rows: 1 title, 2 统计日期 and unit,
 * 3 header, then the loans (a blank row after the first three), one more
 * blank row and the 合计 row.
 */
export function buildRealisticLedger(options: RealisticLedgerOptions = {}): {
  workbook: ExcelJS.Workbook;
  ledger: RealisticLedger;
} {
  const branch = options.branch ?? "城关支行";
  const sheetName = options.sheetName ?? "贷后台账";
  const asOf = REALISTIC_AS_OF;
  const omit = new Set(options.omitColumns ?? []);
  const columns = COLUMNS.filter(([key]) => !omit.has(key));
  const letterOf = new Map<ColumnKey, string>(columns.map(([key], i) => [key, columnLetters(i)]));
  const last = columnLetters(columns.length - 1);

  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheetName);
  const notes = workbook.addWorksheet("填表说明");
  notes.getCell("A1").value = "本台账按月更新，金额单位为万元，日期写成 2026-03-05 或 2026年3月5日。";

  ws.getCell("A1").value = `${branch}贷后管理台账`;
  ws.mergeCells(`A1:${last}1`);
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  if (options.statedAsOf ?? true) {
    ws.getCell("A2").value = "统计日期：2026年11月30日";
    ws.mergeCells("A2:F2");
  }
  ws.getCell(`${columnLetters(columns.length - 3)}2`).value = "单位：万元";

  const headerRow = 3;
  columns.forEach(([, header], i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = header;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.font = { bold: true };
  });

  const loans: { loan: Loan; plant: Plant | null }[] = cleanLoans(branch, asOf).map((loan) => ({ loan, plant: null }));
  if (options.defects ?? true) {
    PLANTS.forEach((plant, i) => loans.push({ loan: plant.loan(base(i + 1, branch), asOf), plant }));
  }

  const defects: PlantedDefect[] = [];
  const cleanRows: number[] = [];
  const blankRows: number[] = [];
  const dataRows: number[] = [];
  let row = headerRow + 1;
  loans.forEach(({ loan, plant }, i) => {
    if (i === 3) blankRows.push(row++);
    const values: Loan = { seq: i + 1, ...loan };
    columns.forEach(([key], c) => {
      const v = values[key];
      if (v !== undefined && v !== null) ws.getCell(row, c + 1).value = v;
    });
    // Dates stored as dates get a date format, as they would in Excel.
    for (const key of ["disbursed", "maturity", "firstInspection", "lastInspection"] as const) {
      const letter = letterOf.get(key);
      if (letter !== undefined && values[key] instanceof Date) ws.getCell(`${letter}${row}`).numFmt = "yyyy-mm-dd";
    }
    dataRows.push(row);
    if (plant === null) {
      cleanRows.push(row);
    } else {
      const letter = letterOf.get(plant.column);
      if (letter !== undefined) {
        defects.push({ rule: plant.rule, cell: `${letter}${row}`, row, key: String(loan.loanNo), what: plant.what });
      }
    }
    row++;
  });
  blankRows.push(row++);

  const totalRow = row;
  ws.getCell(totalRow, 1).value = "合计";
  for (const key of ["amount", "balance"] as const) {
    const letter = letterOf.get(key);
    if (letter === undefined) continue;
    const sum = loans.reduce((s, { loan }) => {
      const v = loan[key];
      const n = typeof v === "number" ? v : Number(v);
      return Number.isFinite(n) ? s + n : s;
    }, 0);
    ws.getCell(`${letter}${totalRow}`).value = {
      formula: `SUM(${letter}${headerRow + 1}:${letter}${totalRow - 1})`,
      result: sum,
    };
  }

  ws.columns.forEach((col, i) => {
    col.width = i === 2 || i === 3 ? 24 : 12;
  });
  const remark = letterOf.get("remark");
  if (remark !== undefined) ws.getColumn(remark).hidden = true;
  ws.views = [{ state: "frozen", ySplit: headerRow }];

  const headers: Partial<Record<ColumnKey, string>> = {};
  for (const [key, header] of columns) headers[key] = header;
  return {
    workbook,
    ledger: {
      sheetName,
      headerRow,
      asOf,
      defects,
      cleanRows,
      blankRows,
      totalRow,
      dataRows,
      columns: Object.fromEntries(letterOf) as Partial<Record<ColumnKey, string>>,
      headers,
    },
  };
}

/** Writes the realistic ledger to `path` and says what is in it. */
export async function writeRealisticLedger(
  path: string,
  options: RealisticLedgerOptions = {},
): Promise<RealisticLedger> {
  const { workbook, ledger } = buildRealisticLedger(options);
  await workbook.xlsx.writeFile(path);
  return ledger;
}
