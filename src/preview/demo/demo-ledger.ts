import type { RuleId } from "../../core/findings/finding";
import type { ColumnKey } from "../../core/ledger/ledger-types";
import { columnLetters } from "../../core/sheet-model/a1";
import type { CellValue } from "../../core/values/cell-value";
import type { Day } from "../../core/values/day";

/**
 * A seeded generator of a realistic 贷后管理台账 the way a county bank keeps
 * one across its branches: two title rows (the second with the 统计日期 and
 * unit, both merged), a header with line breaks, full-width brackets and
 * synonyms (and without 检查方式, which many ledgers leave out), loans grouped
 * by branch with a 小计 row after each branch, a few blank rows, a 合计 row at
 * the bottom; dates as serials and as text in several forms, amounts
 * sometimes as text or in full-width digits; and about 8% of loans with a
 * defect, across every rule id of the ledger check. Each defect is recorded
 * with the cell the check must point at.
 *
 * The same seed gives the same sheet. The benchmark reuses it at 500,000
 * rows, so the loop writes straight into row arrays: no object per loan,
 * names from pools built once, date texts cached per day.
 */
export interface DemoLedgerOptions {
  readonly loans: number;
  readonly branches?: readonly string[];
  readonly seed?: number;
  /** The 统计日期 the sheet states and the loans are generated around. */
  readonly asOf: Day;
}

export interface PlantedDefect {
  readonly rule: RuleId;
  /** 1-based sheet row (the header row for header-missing). */
  readonly row: number;
  /** Column letter of the cell the finding points at; "" for header-missing (the column is absent). */
  readonly column: string;
  /** A1 address, null for header-missing. */
  readonly cell: string | null;
  /** The row's 借据号, null for header-missing. */
  readonly key: string | null;
}

export interface DemoLedger {
  /** Rows from A1, every row as long as the header. */
  readonly values: CellValue[][];
  readonly merges: string[];
  readonly planted: PlantedDefect[];
  readonly headerRow: number;
  /** Column letter of each column the sheet has. */
  readonly columns: Readonly<Partial<Record<ColumnKey, string>>>;
  /** 0-based indexes of the date columns (their number cells are date serials, to be formatted as dates). */
  readonly dateColumns: readonly number[];
  /** 1-based rows of 小计 and 合计. */
  readonly totalRows: readonly number[];
  readonly blankRows: readonly number[];
  /** 1-based rows of loans. */
  readonly dataRows: number;
}

export const DEMO_BRANCHES: readonly string[] = ["城关支行", "东城支行", "西关信用社", "南湖信用社", "北山分理处"];
const BRANCH_CODES: Readonly<Record<string, string>> = {
  城关支行: "CG",
  东城支行: "DC",
  西关信用社: "XG",
  南湖信用社: "NH",
  北山分理处: "BS",
};
/** Bigger branches carry more loans. */
const BRANCH_WEIGHTS = [0.3, 0.24, 0.18, 0.16, 0.12];

/** The sheet's columns, in order, with the headers as the bank writes them. */
const LAYOUT: readonly (readonly [ColumnKey | null, string])[] = [
  ["seq", "序号"],
  ["branch", "经营机构"],
  ["customer", "借款人\n名称"],
  ["idNumber", "身份证号/统一社会信用代码"],
  ["customerType", "客户\n类别"],
  ["industry", "行业投向"],
  ["contractNo", "借款合同号"],
  ["loanNo", "借据编号"],
  ["product", "业务品种"],
  ["purpose", "借款用途"],
  ["amount", "发放金额\n（万元）"],
  ["balance", "贷款余额\n（万元）"],
  ["disbursed", "借款日期"],
  ["maturity", "到期日期"],
  ["termMonths", "贷款期限\n（月）"],
  ["rate", "执行年利率\n（％）"],
  ["guarantee", "担保方式"],
  ["overduePrincipal", "逾期本金\n（万元）"],
  ["overdueDays", "逾期\n天数"],
  ["overdueInterest", "欠息\n（元）"],
  ["class", "五级分类\n（本期）"],
  [null, "上期\n五级分类"],
  ["rating", "信用等级"],
  ["officer", "管户\n客户经理"],
  ["firstInspection", "首次跟踪\n检查日期"],
  ["lastInspection", "最近一次\n检查日期"],
  ["warningSignal", "风险预警信号"],
  ["warningLevel", "预警级别"],
  ["disposal", "不良处置方式"],
  ["problem", "存在问题"],
  ["rectification", "整改落实情况"],
  ["remark", "备注"],
];
const WIDTH = LAYOUT.length;
const HEADER_ROW = 3;

function indexOf(key: ColumnKey): number {
  return LAYOUT.findIndex(([k]) => k === key);
}
const C = {
  seq: indexOf("seq"),
  branch: indexOf("branch"),
  customer: indexOf("customer"),
  idNumber: indexOf("idNumber"),
  customerType: indexOf("customerType"),
  industry: indexOf("industry"),
  contractNo: indexOf("contractNo"),
  loanNo: indexOf("loanNo"),
  product: indexOf("product"),
  purpose: indexOf("purpose"),
  amount: indexOf("amount"),
  balance: indexOf("balance"),
  disbursed: indexOf("disbursed"),
  maturity: indexOf("maturity"),
  termMonths: indexOf("termMonths"),
  rate: indexOf("rate"),
  guarantee: indexOf("guarantee"),
  overduePrincipal: indexOf("overduePrincipal"),
  overdueDays: indexOf("overdueDays"),
  overdueInterest: indexOf("overdueInterest"),
  class: indexOf("class"),
  previousClass: LAYOUT.findIndex(([, h]) => h.startsWith("上期")),
  rating: indexOf("rating"),
  officer: indexOf("officer"),
  firstInspection: indexOf("firstInspection"),
  lastInspection: indexOf("lastInspection"),
  warningSignal: indexOf("warningSignal"),
  warningLevel: indexOf("warningLevel"),
  disposal: indexOf("disposal"),
  problem: indexOf("problem"),
  rectification: indexOf("rectification"),
  remark: indexOf("remark"),
} as const;
const DATE_COLUMNS = [C.disbursed, C.maturity, C.firstInspection, C.lastInspection];
const LETTERS: readonly string[] = LAYOUT.map((_, i) => columnLetters(i));

// ---- random numbers: mulberry32, one 32-bit state ----

function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- calendar arithmetic without Date objects (days since 1970-01-01) ----

/** Days from civil date (H. Hinnant's algorithm); month 1–12. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date packed as yyyymmdd. */
function civilFromDays(z: number): number {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day before the same date `months` later (a loan of 12 months from 3-10 matures 3-09), clamped to month ends. */
function addMonths(day: number, months: number): number {
  const c = civilFromDays(day);
  const y0 = Math.floor(c / 10000);
  const m0 = Math.floor(c / 100) % 100;
  const d0 = c % 100;
  const total = m0 - 1 + months;
  const y = y0 + Math.floor(total / 12);
  const m = (total % 12) + 1;
  const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 1 : 0;
  const d = Math.min(d0, (DAYS_IN_MONTH[m - 1] ?? 31) + leap);
  return daysFromCivil(y, m, d) - 1;
}

/** Excel's 1900-system serial of a day (all demo dates are after 1900-03-01). */
const toSerial = (day: number): number => day + 25_569;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The ways ledgers write a date, cached per day: most are real dates (serials), the rest text. */
const enum DateForm {
  Serial,
  Iso,
  Slash,
  Chinese,
  Dotted,
  Compact,
  FullWidth,
}

function formatDate(day: number, form: DateForm): string {
  const c = civilFromDays(day);
  const y = Math.floor(c / 10000);
  const m = Math.floor(c / 100) % 100;
  const d = c % 100;
  switch (form) {
    case DateForm.Iso:
      return `${y}-${pad2(m)}-${pad2(d)}`;
    case DateForm.Slash:
      return `${y}/${m}/${d}`;
    case DateForm.Chinese:
      return `${y}年${m}月${d}日`;
    case DateForm.Dotted:
      return `${y}.${pad2(m)}.${pad2(d)}`;
    case DateForm.Compact:
      return `${y}${pad2(m)}${pad2(d)}`;
    default:
      return toFullWidth(`${y}-${pad2(m)}-${pad2(d)}`);
  }
}

/** Full-width digits and ASCII punctuation, as an IME in full-width mode types them. */
function toFullWidth(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 0x21 && code <= 0x7e ? String.fromCharCode(code + 0xfee0) : text[i];
  }
  return out;
}

// ---- pools ----

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = [
  "建国",
  "建华",
  "国强",
  "志强",
  "秀英",
  "桂英",
  "秀兰",
  "玉兰",
  "桂兰",
  "明",
  "伟",
  "芳",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "超",
  "秀珍",
  "春梅",
  "海燕",
  "德胜",
  "福林",
  "长青",
  "红梅",
  "金凤",
  "玉梅",
  "永刚",
  "文华",
  "俊峰",
  "晓东",
  "小红",
  "国庆",
  "卫东",
  "爱华",
  "振华",
  "玉珍",
  "凤英",
  "满仓",
  "铁柱",
  "丰收",
  "立新",
  "学军",
  "春生",
  "秋菊",
  "冬梅",
  "家旺",
  "有才",
];
const PLACES = [
  "清河",
  "东关",
  "南湖",
  "北山",
  "西岭",
  "石桥",
  "柳林",
  "杏花",
  "白沙",
  "青龙",
  "金台",
  "双河",
  "马庄",
  "梨园",
  "龙泉",
];
const TRADES = [
  ["农业发展", "农业"],
  ["粮油购销", "批发和零售业"],
  ["食品加工", "制造业"],
  ["建材", "批发和零售业"],
  ["机械制造", "制造业"],
  ["物流", "交通运输业"],
  ["养殖", "农业"],
  ["商贸", "批发和零售业"],
  ["建筑安装", "建筑业"],
  ["酒店管理", "住宿和餐饮业"],
  ["纺织", "制造业"],
  ["果蔬种植", "农业"],
] as const;
const COMPANY_SUFFIXES = ["有限公司", "有限责任公司", "农民专业合作社", "商贸有限公司"];
const OFFICERS = [
  "李明",
  "王芳",
  "赵强",
  "刘洋",
  "陈静",
  "杨帆",
  "黄磊",
  "周敏",
  "吴刚",
  "郑伟",
  "孙丽",
  "马超",
  "朱婷",
  "胡斌",
  "郭勇",
  "何军",
  "高峰",
  "林涛",
  "罗娟",
  "梁宇",
];
const REGIONS = ["411523", "411524", "411521", "411502", "411525", "411526"];

/** Customer kinds and their share, with the products, purposes and terms each takes. */
interface Kind {
  readonly label: readonly string[];
  readonly share: number;
  readonly company: boolean;
  readonly products: readonly string[];
  readonly purposes: readonly string[];
  readonly industries: readonly string[];
  readonly terms: readonly number[];
  /** Amount range in 万元. */
  readonly amount: readonly [number, number];
}
const KINDS: readonly Kind[] = [
  {
    label: ["农户", "农户", "农户", "农民"],
    share: 0.4,
    company: false,
    products: ["农户小额信用贷款", "农户联保贷款", "农户经营性贷款"],
    purposes: ["购买化肥种子", "养殖", "种植", "购买农机", "大棚建设"],
    industries: ["农业"],
    terms: [12, 12, 24, 36],
    amount: [1, 30],
  },
  {
    label: ["个人", "个人", "自然人"],
    share: 0.25,
    company: false,
    products: ["个人消费贷款", "个人经营性贷款", "个人住房装修贷款"],
    purposes: ["装修", "购车", "经营周转", "进货", "教育支出"],
    industries: ["居民服务业", "批发和零售业"],
    terms: [12, 24, 36, 60],
    amount: [2, 50],
  },
  {
    label: ["个体工商户", "个体户", "个体工商户"],
    share: 0.15,
    company: false,
    products: ["个人经营性贷款", "个体工商户经营贷款"],
    purposes: ["进货", "经营周转", "店面装修", "购置设备"],
    industries: ["批发和零售业", "住宿和餐饮业", "居民服务业"],
    terms: [12, 24, 36],
    amount: [5, 100],
  },
  {
    label: ["小微企业", "小微", "小微企业"],
    share: 0.12,
    company: true,
    products: ["流动资金贷款", "小微企业经营贷款"],
    purposes: ["收购粮食", "购买原材料", "经营周转", "支付货款"],
    industries: [],
    terms: [12, 24, 36],
    amount: [50, 500],
  },
  {
    label: ["企业", "公司", "企业"],
    share: 0.08,
    company: true,
    products: ["流动资金贷款", "固定资产贷款", "项目贷款"],
    purposes: ["购买原材料", "厂房建设", "设备更新", "流动资金周转"],
    industries: [],
    terms: [12, 36, 60],
    amount: [200, 3000],
  },
];
const GUARANTEES = ["信用", "保证", "保证", "抵押", "抵押", "质押", "联保", "抵押+保证", "保证贷款"];
const RATINGS = ["AAA", "AA", "AA", "A", "A", "BBB", "BB", "优秀", "较好", "一般"];
const DISPOSALS = ["清收", "依法起诉", "诉讼", "以资抵债", "重组", "催收", "核销"];
const SIGNALS = ["逾期欠息", "经营困难，销售下滑", "涉及诉讼", "担保人代偿能力下降", "挪用贷款资金", "他行逾期"];
const LEVELS = ["黄", "橙", "红", "蓝"];
const PROBLEMS: readonly (readonly [string, string])[] = [
  ["资金用途检查记录不全", "已补充检查记录"],
  ["贷后检查报告未签字", "已补签"],
  ["抵押物保险到期未续保", "已督促续保"],
  ["借款人联系电话变更未登记", "已更新"],
];

// ---- the checksums of IDs ----

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function residentId(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (RESIDENT_WEIGHTS[i] ?? 0);
  return first17 + "10X98765432"[sum % 11];
}

function creditCode(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i] ?? "0") * (CREDIT_WEIGHTS[i] ?? 0);
  return first17 + CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
}

/** The same ID with a wrong check character. */
function spoiled(id: string): string {
  const last = id.charAt(id.length - 1);
  return id.slice(0, -1) + (last === "1" ? "2" : "1");
}

// ---- defects ----

/** Row-level rules, in the order the first defects cycle through them so every one appears early. */
const ROW_RULES: readonly RuleId[] = [
  "required-missing",
  "type-error",
  "enum-invalid",
  "id-invalid",
  "duplicate-key",
  "date-order",
  "balance-exceeds-amount",
  "class-below-floor",
  "inspection-overdue",
  "first-inspection-late",
  "npl-no-disposal",
  "maturing-next-month",
];
const DEFECT_SHARE = 0.08;
const NPL_CLASSES = ["次级", "可疑", "损失"];

/** The class a loan overdue `days` must at least have (2023 Measures; no conditions, not a card). */
function floorClass(days: number): string {
  if (days > 360) return "损失";
  if (days > 270) return "可疑";
  if (days > 90) return "次级";
  if (days > 0) return "关注";
  return "正常";
}

/** How a ledger writes a class: mostly plain, sometimes with 类 or a sub-grade. */
function writtenClass(cls: string, r: number): string {
  if (r < 0.8) return cls;
  if (r < 0.92) return `${cls}类`;
  if (cls === "损失") return cls;
  return `${cls}${r < 0.96 ? "一" : "2"}`;
}

export function demoLedger(options: DemoLedgerOptions): DemoLedger {
  const random = makeRandom(options.seed ?? 20261130);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

  const asOf = options.asOf;
  const asOfCivil = civilFromDays(asOf);
  const asOfYear = Math.floor(asOfCivil / 10000);
  const asOfMonth = Math.floor(asOfCivil / 100) % 100;
  // The calendar month after the as-of date: maturities there are the 到期提示 list.
  const nextMonthStart = addMonths(asOf - (asOfCivil % 100) + 1, 1) + 1;
  const nextMonthEnd = addMonths(nextMonthStart, 1);

  const branches = options.branches ?? DEMO_BRANCHES;
  const weights = branches.map((_, i) => BRANCH_WEIGHTS[i] ?? 0.1);
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const perBranch = weights.map((w) => Math.floor((options.loans * w) / weightSum));
  perBranch[0] = (perBranch[0] ?? 0) + options.loans - perBranch.reduce((s, n) => s + n, 0);

  // Pools built once.
  const surnames = Array.from(SURNAMES);
  const personNames: string[] = [];
  for (let i = 0; i < 2048; i++) personNames.push(pick(surnames) + pick(GIVEN));
  const companies: (readonly [string, string])[] = [];
  for (let i = 0; i < 512; i++) {
    const [trade, industry] = pick(TRADES);
    companies.push([`${pick(PLACES)}县${pick(PLACES)}${trade}${pick(COMPANY_SUFFIXES)}`, industry]);
  }
  const dateCache: (string | undefined)[][] = [[], [], [], [], [], [], []];
  const minDay = asOf - 4000;
  const dateCell = (day: number): CellValue => {
    const r = random();
    const form =
      r < 0.55
        ? DateForm.Serial
        : r < 0.75
          ? DateForm.Iso
          : r < 0.85
            ? DateForm.Slash
            : r < 0.93
              ? DateForm.Chinese
              : r < 0.97
                ? DateForm.Dotted
                : r < 0.99
                  ? DateForm.Compact
                  : DateForm.FullWidth;
    if (form === DateForm.Serial) return toSerial(day);
    const cache = dateCache[form] as (string | undefined)[];
    const slot = day - minDay;
    const known = cache[slot];
    if (known !== undefined) return known;
    const text = formatDate(day, form);
    if (slot >= 0) cache[slot] = text;
    return text;
  };
  /** An amount as ledgers hold it: a number, sometimes text, now and then in full-width digits. */
  const amountCell = (n: number): CellValue => {
    const r = random();
    if (r < 0.9) return n;
    if (r < 0.98) return n.toFixed(2);
    return toFullWidth(String(n));
  };

  const values: CellValue[][] = [];
  const merges: string[] = [];
  const planted: PlantedDefect[] = [];
  const totalRows: number[] = [];
  const blankRows: number[] = [];
  const emptyRow = (): CellValue[] => new Array<CellValue>(WIDTH).fill(null);
  const last = LETTERS[WIDTH - 1] as string;

  // Title rows.
  const title = emptyRow();
  title[0] = `清河县农村商业银行贷后管理台账（${asOfYear}年${asOfMonth}月）`;
  values.push(title);
  merges.push(`A1:${last}1`);
  const stated = emptyRow();
  stated[0] = `填报单位：信贷管理部    统计日期：${asOfYear}年${asOfMonth}月${asOfCivil % 100}日`;
  stated[WIDTH - 4] = "金额单位：万元";
  values.push(stated);
  merges.push("A2:H2", `${LETTERS[WIDTH - 4]}2:${last}2`);
  values.push(LAYOUT.map(([, header]) => header));
  // The sheet has no 检查方式 column: the check reports it once, on the header row.
  planted.push({ rule: "header-missing", row: HEADER_ROW, column: "", cell: null, key: null });

  let seq = 0;
  let defectsSoFar = 0;
  let loanCounter = 0;
  let firstLoanNo: string | null = null;
  let grandAmount = 0;
  let grandBalance = 0;

  for (let b = 0; b < branches.length; b++) {
    const branch = branches[b] as string;
    const code = BRANCH_CODES[branch] ?? `B${b + 1}`;
    const officers = [
      OFFICERS[(b * 4) % OFFICERS.length],
      OFFICERS[(b * 4 + 1) % OFFICERS.length],
      OFFICERS[(b * 4 + 2) % OFFICERS.length],
      OFFICERS[(b * 4 + 3) % OFFICERS.length],
    ] as string[];
    let branchAmount = 0;
    let branchBalance = 0;
    const count = perBranch[b] ?? 0;
    for (let n = 0; n < count; n++) {
      // Now and then a blank row, as where someone deleted a loan's contents.
      if (random() < 0.006) {
        values.push(emptyRow());
        blankRows.push(values.length);
      }
      const row = emptyRow();
      const sheetRow = values.length + 1;
      seq++;
      loanCounter++;

      // ---- whether this loan gets a defect, decided first: some defects need a loan with money out and a history ----
      let rule: RuleId | null = null;
      if (random() < DEFECT_SHARE) {
        rule = defectsSoFar < ROW_RULES.length ? (ROW_RULES[defectsSoFar] as RuleId) : pick(ROW_RULES);
        if (rule === "duplicate-key" && firstLoanNo === null) rule = "id-invalid";
        defectsSoFar++;
      }
      const needsHistory = rule === "inspection-overdue" || rule === "class-below-floor" || rule === "npl-no-disposal";
      const needsOutstanding =
        needsHistory ||
        rule === "first-inspection-late" ||
        rule === "maturing-next-month" ||
        rule === "balance-exceeds-amount";

      // ---- a clean loan ----
      const kr = random();
      let acc = 0;
      let kind = KINDS[KINDS.length - 1] as Kind;
      for (const k of KINDS) {
        acc += k.share;
        if (kr < acc) {
          kind = k;
          break;
        }
      }
      const disbursed =
        asOf -
        (needsHistory ? between(400, 1400) : rule === "first-inspection-late" ? between(120, 1400) : between(8, 1500));
      const dc = civilFromDays(disbursed);
      // Five years from any disbursement here ends well after the month after next.
      const term = needsOutstanding ? 60 : pick(kind.terms);
      let maturity = addMonths(disbursed, term);
      const amount = Math.round(kind.amount[0] + random() * (kind.amount[1] - kind.amount[0])) || 1;
      let balance = Math.round(amount * (0.15 + random() * 0.85) * 100) / 100;
      let overdue = 0;
      if (maturity < asOf) {
        // Most matured loans are repaid; a few are still out, overdue since maturity.
        if (random() < 0.9) balance = 0;
        else overdue = asOf - maturity;
      } else if (random() < 0.03) {
        // An instalment in arrears on a loan not yet mature.
        overdue = between(5, 200);
      }
      // A loan maturing next month is information (到期提示), planted on purpose below, not by chance.
      if (balance > 0 && maturity >= nextMonthStart && maturity <= nextMonthEnd) maturity = addMonths(maturity, 2);
      let cls = floorClass(overdue);
      if (cls === "正常" && balance > 0 && random() < 0.04) cls = "关注";
      const classText = writtenClass(cls, random());
      const interval = cls === "正常" ? 90 : 30;

      let first: number | null = disbursed + between(3, 28);
      if (first > asOf) first = null;
      let lastCheck: number | null = null;
      if (first !== null) {
        lastCheck =
          balance > 0
            ? Math.max(first, asOf - between(0, interval - 4))
            : Math.max(first, Math.min(maturity, asOf) - between(0, 60));
        if (lastCheck < first) lastCheck = first;
      }

      const person = !kind.company;
      let idNumber: string;
      let customer: string;
      let industry: string;
      if (person) {
        const birth = civilFromDays(asOf - between(22 * 365, 62 * 365));
        idNumber = residentId(`${pick(REGIONS)}${birth}${String(between(100, 999))}`);
        customer = personNames[loanCounter % personNames.length] as string;
        industry = pick(kind.industries);
      } else {
        const company = companies[loanCounter % companies.length] as readonly [string, string];
        customer = company[0];
        industry = company[1];
        idNumber = creditCode(
          `91${pick(REGIONS)}MA${String(between(10000000, 99999999)).slice(0, 7)}${pick(["A", "B", "C", "D", "E"])}`.slice(
            0,
            17,
          ),
        );
      }
      const loanNo = `${code}${Math.floor(dc / 100)}${String(loanCounter).padStart(6, "0")}`;
      firstLoanNo ??= loanNo;

      row[C.seq] = seq;
      row[C.branch] = branch;
      row[C.customer] = customer;
      row[C.idNumber] = idNumber;
      row[C.customerType] = pick(kind.label);
      row[C.industry] = industry;
      row[C.contractNo] = `${code}HT${Math.floor(dc / 10000)}-${String(loanCounter).padStart(5, "0")}`;
      row[C.loanNo] = loanNo;
      row[C.product] = pick(kind.products);
      row[C.purpose] = pick(kind.purposes);
      row[C.termMonths] = term;
      row[C.rate] = Math.round((3.45 + random() * 3.8) * 100) / 100;
      row[C.guarantee] = pick(GUARANTEES);
      row[C.overdueDays] = overdue;
      row[C.overduePrincipal] = overdue > 0 ? Math.round(balance * (0.2 + random() * 0.8) * 100) / 100 : 0;
      row[C.overdueInterest] = overdue > 0 ? Math.round(balance * 10000 * 0.05 * (overdue / 365) * 100) / 100 : 0;
      row[C.class] = classText;
      row[C.previousClass] = cls === "正常" || random() < 0.5 ? cls : floorClass(Math.max(0, overdue - 30));
      row[C.rating] = pick(RATINGS);
      row[C.officer] = officers[Math.floor(random() * officers.length)] as string;
      if (cls !== "正常") {
        if (random() < 0.6) {
          row[C.warningSignal] = pick(SIGNALS);
          row[C.warningLevel] = pick(LEVELS);
        }
      }
      if (NPL_CLASSES.includes(cls)) row[C.disposal] = pick(DISPOSALS);
      if (random() < 0.06) {
        const [problem, fix] = pick(PROBLEMS);
        row[C.problem] = problem;
        row[C.rectification] = fix;
      }
      if (balance === 0) row[C.remark] = "已结清";

      // ---- maybe one defect ----
      let defect: { rule: RuleId; column: number } | null = null;
      if (rule !== null) {
        switch (rule) {
          case "required-missing": {
            const column = pick([C.officer, C.officer, C.guarantee, C.idNumber]);
            row[column] = null;
            defect = { rule, column };
            break;
          }
          case "type-error":
            if (random() < 0.6) {
              defect = { rule, column: C.amount };
            } else {
              defect = { rule, column: C.disbursed };
            }
            break;
          case "enum-invalid": {
            const column = pick([C.guarantee, C.guarantee, C.class]);
            row[column] = column === C.class ? "正长" : pick(["房子", "见合同", "人情担保"]);
            defect = { rule, column };
            break;
          }
          case "id-invalid":
            idNumber = spoiled(idNumber);
            row[C.idNumber] = idNumber;
            defect = { rule, column: C.idNumber };
            break;
          case "duplicate-key":
            row[C.loanNo] = firstLoanNo;
            defect = { rule, column: C.loanNo };
            break;
          case "date-order":
            maturity = disbursed - between(10, 300);
            defect = { rule, column: C.maturity };
            break;
          case "balance-exceeds-amount":
            balance = Math.round(amount * 1.2 * 100) / 100 + 1;
            defect = { rule, column: C.balance };
            break;
          case "class-below-floor": {
            overdue = between(95, 250);
            maturity = asOf - overdue;
            row[C.overdueDays] = overdue;
            row[C.class] = pick(["正常", "关注"]);
            row[C.disposal] = null;
            lastCheck = asOf - between(0, 20);
            defect = { rule, column: C.class };
            break;
          }
          case "inspection-overdue": {
            const due = cls === "正常" ? 90 : 30;
            lastCheck = asOf - due - between(10, 200);
            if (first !== null && lastCheck < first) lastCheck = first;
            defect = { rule, column: C.lastInspection };
            break;
          }
          case "first-inspection-late":
            first = disbursed + between(40, 90);
            if (lastCheck === null || lastCheck < first) lastCheck = Math.min(asOf, Math.max(first, asOf - 20));
            defect = { rule, column: C.firstInspection };
            break;
          case "npl-no-disposal": {
            overdue = between(100, 300);
            maturity = asOf - overdue;
            row[C.overdueDays] = overdue;
            row[C.class] = floorClass(overdue);
            row[C.disposal] = null;
            lastCheck = asOf - between(0, 20);
            defect = { rule, column: C.disposal };
            break;
          }
          case "maturing-next-month":
            maturity = between(nextMonthStart, nextMonthEnd);
            defect = { rule, column: C.maturity };
            break;
          default:
            break;
        }
      }

      row[C.amount] = defect?.rule === "type-error" && defect.column === C.amount ? `约${amount}` : amountCell(amount);
      row[C.balance] = amountCell(balance);
      row[C.disbursed] =
        defect?.rule === "type-error" && defect.column === C.disbursed
          ? `${Math.floor(dc / 10000)}-02-30`
          : dateCell(disbursed);
      row[C.maturity] = dateCell(maturity);
      row[C.firstInspection] = first === null ? null : dateCell(first);
      row[C.lastInspection] = lastCheck === null ? null : dateCell(lastCheck);

      if (defect !== null) {
        const letter = LETTERS[defect.column] as string;
        planted.push({
          rule: defect.rule,
          row: sheetRow,
          column: letter,
          cell: `${letter}${sheetRow}`,
          key: row[C.loanNo] as string,
        });
      }
      branchAmount += amount;
      branchBalance += balance;
      values.push(row);
    }

    const subtotal = emptyRow();
    subtotal[C.seq] = "小计";
    subtotal[C.branch] = branch;
    subtotal[C.amount] = Math.round(branchAmount * 100) / 100;
    subtotal[C.balance] = Math.round(branchBalance * 100) / 100;
    values.push(subtotal);
    totalRows.push(values.length);
    grandAmount += branchAmount;
    grandBalance += branchBalance;
  }

  values.push(emptyRow());
  blankRows.push(values.length);
  const total = emptyRow();
  total[0] = "合计";
  total[C.amount] = Math.round(grandAmount * 100) / 100;
  total[C.balance] = Math.round(grandBalance * 100) / 100;
  values.push(total);
  totalRows.push(values.length);
  // The 合计 label spans 序号 to 借款人名称, as bank templates merge it.
  merges.push(`A${values.length}:C${values.length}`);

  const columns: Partial<Record<ColumnKey, string>> = {};
  LAYOUT.forEach(([key], i) => {
    if (key !== null) columns[key] = LETTERS[i] as string;
  });
  return {
    values,
    merges,
    planted,
    headerRow: HEADER_ROW,
    columns,
    dateColumns: DATE_COLUMNS,
    totalRows,
    blankRows,
    dataRows: seq,
  };
}
