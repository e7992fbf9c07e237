import type { SeedSheet, WorkbookSeed } from "../../adapters/memory/memory-seed";
import { cellAddress, columnLetters } from "../../core/sheet-model/a1";
import type { CellValue } from "../../core/values/cell-value";
import { dayFromYmd, dayToExcelSerial, dayToIso, ymdFromDay, type Day } from "../../core/values/day";
import { demoLedger, type DemoLedger } from "./demo-ledger";

/**
 * The workbook the preview opens with: a county bank's 贷后管理台账 of about
 * 2,000 loans across five branches (demo-ledger.ts, with its defects), a
 * 分类测算 sheet where the DH.* custom functions classify a set of loans and
 * total the NPL ratio and deviation, and a sheet of filling instructions.
 */
export const DEMO_SEED = 20_261_130;
export const DEMO_LOANS = 2_000;
export const LEDGER_SHEET = "贷后管理台账";
export const CALC_SHEET = "分类测算";
export const NOTES_SHEET = "填表说明";

const HEADER_FILL = "#DDEBF7";
const TITLE_FILL = "#BDD7EE";
const DATE_FORMAT = "yyyy-mm-dd";

export interface DemoWorkbookOptions {
  /** The ledger's 统计日期. */
  readonly asOf: Day;
  readonly loans?: number;
  readonly seed?: number;
}

/** The as-of date of the demo: the last day of the month before `today`, as a monthly ledger is drawn up. */
export function demoAsOf(today: Day): Day {
  const { year, month } = ymdFromDay(today);
  return (dayFromYmd(year, month, 1) as Day) - 1;
}

export function demoWorkbookSeed(options: DemoWorkbookOptions): WorkbookSeed {
  const ledger = demoLedger({
    loans: options.loans ?? DEMO_LOANS,
    seed: options.seed ?? DEMO_SEED,
    asOf: options.asOf,
  });
  return { sheets: [ledgerSheet(ledger), calcSheet(options.asOf), notesSheet()] };
}

function ledgerSheet(ledger: DemoLedger): SeedSheet {
  const numberFormats: Record<string, string> = {};
  const width = ledger.values[ledger.headerRow - 1]?.length ?? 0;
  ledger.values.forEach((row, r) => {
    for (const c of ledger.dateColumns) {
      if (typeof row[c] === "number") numberFormats[cellAddress(r + 1, c)] = DATE_FORMAT;
    }
  });
  const fills: Record<string, string> = {};
  for (let c = 0; c < width; c++) fills[cellAddress(ledger.headerRow, c)] = HEADER_FILL;
  fills.A1 = TITLE_FILL;
  const classColumn = ledger.columns.class ?? "U";
  const remarkColumn = ledger.columns.remark ?? "AF";
  const firstLoanRow = ledger.headerRow + 1;
  return {
    name: LEDGER_SHEET,
    values: ledger.values,
    merges: ledger.merges,
    fills,
    notes: {
      [`${classColumn}${ledger.headerRow}`]:
        "本期五级分类，按《商业银行金融资产风险分类办法》（2023）认定，逾期超过90天至少为次级。",
      [`${remarkColumn}${firstLoanRow + 2}`]: "客户承诺下月底前归还欠息，已电话核实。",
    },
    numberFormats,
  };
}

/** One loan of the 测算 sheet: days overdue, asset type, conditions, ECL ratio, recorded class, balance (元), days since the last inspection. */
type CalcLoan = readonly [string, string, number, string, string, string | number | null, string, number, number];

const CALC_LOANS: readonly CalcLoan[] = [
  ["CG202511000101", "张建国", 0, "零售", "", null, "正常", 50_000, 40],
  ["CG202504000214", "清河县丰禾农业发展有限公司", 0, "非零售", "", null, "正常", 1_200_000, 75],
  ["DC202508000322", "刘桂兰", 5, "零售", "技术性逾期", null, "正常", 80_000, 20],
  ["DC202507000418", "陈志强", 5, "零售", "", null, "正常", 60_000, 25],
  ["XG202509000503", "周丽", 30, "零售", "", null, "关注", 120_000, 12],
  ["XG202406000611", "东关县粮油购销有限公司", 60, "非零售", "", null, "正常", 300_000, 50],
  ["NH202403000720", "孙伟", 95, "非零售", "", null, "次级", 450_000, 15],
  ["NH202502000815", "赵秀英", 95, "零售", "", null, "关注", 90_000, 18],
  ["BS202409000902", "信用卡客户甲", 120, "信用卡", "", null, "次级", 20_000, 28],
  ["BS202311001007", "南湖县建材商贸有限公司", 150, "非零售", "", null, "次级", 260_000, 9],
  ["CG202312001112", "吴春梅", 200, "零售", "挪用", null, "次级", 50_000, 14],
  ["CG202305001208", "石桥县机械制造有限公司", 280, "非零售", "", null, "可疑", 700_000, 21],
  ["DC202304001316", "郑德胜", 300, "非零售", "", null, "次级", 180_000, 26],
  ["DC202210001405", "王满仓", 400, "零售", "", null, "损失", 30_000, 7],
  ["XG202406001510", "柳林县物流有限公司", 0, "非零售", "重组", null, "关注", 900_000, 33],
  ["XG202401001620", "白沙县纺织有限公司", 0, "非零售", "减值", "55%", "次级", 400_000, 11],
  ["NH202308001717", "金台县酒店管理有限公司", 0, "非零售", "减值", 0.95, "可疑", 100_000, 16],
  ["NH202510001803", "冯玉兰", 10, "零售", "", null, "关注", 40_000, 22],
  ["BS202509001911", "何小红", 0, "零售", "", null, "正常", 35_000, 95],
  ["BS202407002014", "青龙县果蔬种植农民专业合作社", 45, "非零售", "他行不良", null, "关注", 250_000, 19],
  ["CG202505002122", "双河县建筑安装有限公司", 0, "非零售", "", null, "正常", 1_500_000, 60],
  ["CG202310002208", "马铁柱", 365, "非零售", "", null, "可疑", 150_000, 27],
  ["DC202412002301", "梁秋菊", 91, "零售", "", null, "次级", 70_000, 8],
  ["DC202503002419", "龙泉县养殖有限公司", 0, "零售", "借新还旧", null, "正常", 200_000, 44],
  ["XG202502002507", "许国庆", 75, "非零售", "", null, "关注", 330_000, 29],
];

const CALC_HEADERS = [
  "借据号",
  "客户名称",
  "逾期天数",
  "资产类型",
  "风险情形",
  "预期损失比例",
  "已录入分类",
  "贷款余额（元）",
  "最近检查日期",
  "分类底线",
  "分类依据",
  "分类检查",
  "参考准备金（元）",
  "下次应检日期",
];
const CALC_HEADER_ROW = 3;
const SPILL_COLUMN = CALC_HEADERS.length + 1; // one blank column, then the spilled block

function calcSheet(asOf: Day): SeedSheet {
  const first = CALC_HEADER_ROW + 1;
  const last = CALC_HEADER_ROW + CALC_LOANS.length;
  const values: CellValue[][] = [];
  const formulas: Record<string, { formula: string; result: CellValue }> = {};
  const numberFormats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  const f = (a1: string, formula: string): void => {
    formulas[a1] = { formula, result: null };
  };

  const title: CellValue[] = [`五级分类测算（DH 自定义函数，测算日期 ${dayToIso(asOf)}）`];
  values.push(title, ["说明：蓝色列为函数计算结果，修改左侧数据即可重新测算。"], [...CALC_HEADERS]);
  for (let c = 0; c < CALC_HEADERS.length; c++) fills[cellAddress(CALC_HEADER_ROW, c)] = HEADER_FILL;

  CALC_LOANS.forEach(([loanNo, customer, overdue, assetType, conditions, ecl, recorded, balance, sinceCheck], i) => {
    const r = first + i;
    values.push([
      loanNo,
      customer,
      overdue,
      assetType,
      conditions === "" ? null : conditions,
      ecl,
      recorded,
      balance,
      dayToExcelSerial(asOf - sinceCheck),
    ]);
    numberFormats[`H${r}`] = "#,##0.00";
    numberFormats[`I${r}`] = DATE_FORMAT;
    f(`J${r}`, `=DH.CLASSIFY(C${r},D${r},E${r},F${r})`);
    f(`K${r}`, `=DH.CLASSIFY_REASON(C${r},D${r},E${r},F${r})`);
    f(`L${r}`, `=DH.CLASS_CHECK(G${r},C${r},D${r},E${r},F${r})`);
    f(`M${r}`, `=DH.PROVISION(H${r},J${r})`);
    numberFormats[`M${r}`] = "#,##0.00";
    f(`N${r}`, `=DH.NEXT_CHECK(I${r},G${r})`);
    numberFormats[`N${r}`] = DATE_FORMAT;
    for (const col of ["J", "K", "L", "M", "N"]) fills[`${col}${r}`] = "#E8F1FB";
  });

  // Totals under the table: labels in B, figures in H and M or beside the label.
  const totals: readonly (readonly [string, string, string, string | null])[] = [
    ["合计", `H`, `=SUM(H${first}:H${last})`, "#,##0.00"],
    ["参考准备金合计", `M`, `=SUM(M${first}:M${last})`, "#,##0.00"],
    ["不良贷款率（按已录入分类）", "C", `=DH.NPL_RATIO(G${first}:G${last},H${first}:H${last})`, "0.00%"],
    ["不良贷款率（按分类底线）", "C", `=DH.NPL_RATIO(J${first}:J${last},H${first}:H${last})`, "0.00%"],
    ["不良贷款偏离度", "C", `=DH.DEVIATION(C${first}:C${last},G${first}:G${last},H${first}:H${last})`, "0.00%"],
  ];
  values.push([]);
  let r = last + 2;
  for (const [label, column, formula, format] of totals) {
    values.push([null, label]);
    f(`${column}${r}`, formula);
    if (format !== null) numberFormats[`${column}${r}`] = format;
    r++;
  }

  // One formula over the whole column, spilling down as a dynamic array does in Excel 365.
  const spill = columnLetters(SPILL_COLUMN);
  values[CALC_HEADER_ROW - 1]?.push(null, "批量测算（整列溢出）");
  fills[`${spill}${CALC_HEADER_ROW}`] = HEADER_FILL;
  f(`${spill}${first}`, `=DH.CLASSIFY(C${first}:C${last})`);

  return {
    name: CALC_SHEET,
    values,
    merges: [`A1:${columnLetters(CALC_HEADERS.length - 1)}1`, `A2:${columnLetters(CALC_HEADERS.length - 1)}2`],
    formulas,
    numberFormats,
    fills,
    notes: {
      [`J${CALC_HEADER_ROW}`]: "=DH.CLASSIFY(逾期天数, 资产类型, 风险情形, 预期损失比例)：监管要求的最低分类。",
      [`L${CALC_HEADER_ROW}`]: "=DH.CLASS_CHECK(已录入分类, …)：已录入分类低于底线时给出偏离说明，一致时为空。",
    },
  };
}

function notesSheet(): SeedSheet {
  return {
    name: NOTES_SHEET,
    values: [
      ["填表说明"],
      ["1. 本台账按月更新，统计日期写在第二行；金额单位为万元。"],
      ["2. 日期请写成 2026-03-05 或 2026年3月5日，也可以直接输入日期。"],
      ["3. 五级分类填写 正常、关注、次级、可疑、损失；不良贷款须填写处置方式。"],
      ["4. 首次跟踪检查应在贷款发放后30天内完成；正常类贷款每季度至少检查一次，其余每月至少一次。"],
      ["5. 每个支行、信用社的贷款之后写一行小计，表末写合计。"],
    ],
  };
}
