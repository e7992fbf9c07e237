import { excelError } from "../../../src/core/values/cell-value";
import { displayText, isDateFormat } from "../../../src/preview/grid/format-cell";

describe("displayText", () => {
  it.each([
    [null, undefined, ""],
    ["台账", undefined, "台账"],
    [true, undefined, "TRUE"],
    [excelError("#N/A"), undefined, "#N/A"],
    [42, undefined, "42"],
    [0.1 + 0.2, undefined, "0.3"],
    [1234567.891, "General", "1234567.891"],
    [123456789012, undefined, "1.23457E+11"],
    [46326, "yyyy-mm-dd", "2026-10-31"],
    [46326, "yyyy/m/d", "2026/10/31"],
    [46300, 'yyyy"年"m"月"d"日"', "2026年10月5日"],
    [46300, "[$-804]yyyy年m月d日", "2026年10月5日"],
    [0.31857, "0.00%", "31.86%"],
    [1199000, "#,##0.00", "1,199,000.00"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [-1234.5, "#,##0.00;(#,##0.00)", "-1,234.50"],
    [3.14159, "0.00", "3.14"],
    [12, "@", "12"],
  ])("%p in %p shows %p", (value, format, expected) => {
    expect(displayText(value, format)).toBe(expected);
  });

  it("reads serials of the 1904 date system when the workbook uses it", () => {
    expect(displayText(44864, "yyyy-mm-dd", true)).toBe("2026-10-31");
  });
});

describe("isDateFormat", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["m/d/yy", true],
    ["h:mm", false],
    ["0.00", false],
    ['"月"0', false],
    ["#,##0", false],
  ])("%s → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
