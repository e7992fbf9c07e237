import { findAmountUnit, findStatedAsOf } from "../../../src/core/ledger/stated-as-of";
import type { ColumnBinding } from "../../../src/core/ledger/ledger-types";
import type { CellValue } from "../../../src/core/values/cell-value";
import { dayToExcelSerial, dayToIso, dayFromYmd } from "../../../src/core/values/day";

const n = null;
const HEADER: CellValue[] = ["客户名称", "借据号", "贷款余额"];

function asOf(above: CellValue[][], date1904 = false): string | null {
  const day = findStatedAsOf([...above, HEADER], above.length, date1904);
  return day === null ? null : dayToIso(day);
}

const OCT_31 = dayFromYmd(2026, 10, 31) ?? 0;

describe("findStatedAsOf", () => {
  it.each<[string, CellValue[][], string | null]>([
    ["统计日期：2026年10月31日", [["统计日期：2026年10月31日"]], "2026-10-31"],
    ["full-width digits and colon", [["统计日期：２０２６年１０月３１日"]], "2026-10-31"],
    ["截至2026-10-31", [["截至2026-10-31"]], "2026-10-31"],
    ["数据日期: 2026/10/31", [["数据日期: 2026/10/31"]], "2026-10-31"],
    ["截止日期 2026.10.31", [["截止日期 2026.10.31"]], "2026-10-31"],
    ["报表日期：20261031", [["报表日期：20261031"]], "2026-10-31"],
    ["in a title, in brackets", [["城关支行贷后管理台账（截至2026年10月31日）"]], "2026-10-31"],
    ["统计截止日期 read whole", [["统计截止日期：2026-9-30"]], "2026-09-30"],
    ["spaces inside the date", [["统计日期： 2026 年 10 月 31 日"]], "2026-10-31"],
    ["a month end", [["截至2026年10月末"]], "2026-10-31"],
    ["the date in the next cell as a serial", [["统计日期：", n, dayToExcelSerial(OCT_31)]], "2026-10-31"],
    ["the date in the next cell as text", [["数据日期", "", "2026-10-31"]], "2026-10-31"],
    ["a note in brackets, the date in the next cell", [["截至日期（年月日）", "2026/10/31"]], "2026-10-31"],
    ["the second row above", [["台账"], ["制表：信贷部", "统计日期：2026-10-31"]], "2026-10-31"],
    ["no such line", [["贷后管理台账"], ["制表人：张三"]], null],
    ["the words with no date", [["统计日期：待定"]], null],
    ["the words and an unreadable next cell", [["统计日期", "十月底"]], null],
    ["an impossible date", [["统计日期：2026-02-30"]], null],
    ["a year Excel cannot hold", [["截至1899-12-31"]], null],
  ])("reads %s", (_what, above, want) => {
    expect(asOf(above)).toBe(want);
  });

  it("reads a serial in the 1904 date system when the workbook uses it", () => {
    expect(asOf([["统计日期", dayToExcelSerial(OCT_31, true)]], true)).toBe("2026-10-31");
  });

  it("looks only above the header", () => {
    const values: CellValue[][] = [HEADER, ["统计日期：2026-10-31"]];
    expect(findStatedAsOf(values, 0, false)).toBeNull();
  });
});

function binding(key: ColumnBinding["key"], header: string, index = 0): ColumnBinding {
  return { key, index, header };
}

describe("findAmountUnit", () => {
  it.each<[string, ColumnBinding[], CellValue[][], "元" | "万元" | null]>([
    ["（万元） in the balance header", [binding("balance", "贷款余额\n（万元）")], [], "万元"],
    ["(元) in the amount header", [binding("amount", "贷款金额(元)")], [], "元"],
    ["（万） in the amount header", [binding("amount", "贷款金额（万）")], [], "万元"],
    ["【人民币万元】", [binding("amount", "贷款金额【人民币万元】")], [], "万元"],
    [
      "the amount header before the balance header",
      [binding("balance", "余额(元)"), binding("amount", "金额(万元)")],
      [],
      "万元",
    ],
    ["a 单位 line above", [binding("balance", "贷款余额")], [["贷后台账", n, "单位：万元"]], "万元"],
    ["金额单位:元", [binding("balance", "贷款余额")], [["金额单位:元"]], "元"],
    ["单位：人民币万元", [], [["单位：人民币万元"]], "万元"],
    ["the header before a 单位 line", [binding("balance", "贷款余额（元）")], [["单位：万元"]], "元"],
    ["nothing said", [binding("balance", "贷款余额")], [["贷后台账"]], null],
    ["a unit in an unrelated header", [binding("rate", "利率(%)"), binding("overdueDays", "逾期天数(天)")], [], null],
  ])("reads %s", (_what, bindings, above, want) => {
    expect(findAmountUnit([...above, HEADER], above.length, bindings)).toBe(want);
  });
});
