import { parseLoanClass } from "../../../src/core/classification/parse-loan-class";
import { excelError } from "../../../src/core/values/cell-value";

describe("parseLoanClass", () => {
  it.each([
    ["正常", "正常"],
    ["关注", "关注"],
    ["次级", "次级"],
    ["可疑", "可疑"],
    ["损失", "损失"],
    ["正常类", "正常"],
    ["关注类", "关注"],
    ["次级类", "次级"],
    ["可疑类", "可疑"],
    ["损失类", "损失"],
    [" 正 常 ", "正常"],
    ["正常\n", "正常"],
    ["\u3000关注类\u3000", "关注"],
    ["正常一级", "正常"],
    ["正常1", "正常"],
    ["正常一", "正常"],
    ["正常二级", "正常"],
    ["正常3", "正常"],
    ["正常３", "正常"],
    ["正常1级", "正常"],
    ["正常三级", "正常"],
    ["关注一", "关注"],
    ["关注2", "关注"],
    ["关注二", "关注"],
    ["关注三级", "关注"],
    ["关注3", "关注"],
    ["次级1", "次级"],
    ["次级二", "次级"],
    ["次级一级", "次级"],
    ["可疑1", "可疑"],
    ["可疑二", "可疑"],
    ["可疑2级", "可疑"],
    ["Normal", "正常"],
    ["NORMAL", "正常"],
    ["Special mention", "关注"],
    ["special  mention", "关注"],
    ["Special-mention", "关注"],
    ["Watch", "关注"],
    ["Substandard", "次级"],
    ["Sub-standard", "次级"],
    ["Doubtful", "可疑"],
    ["Loss", "损失"],
    ["ｌｏｓｓ", "损失"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseLoanClass(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    "逾期",
    "呆滞",
    "呆账",
    "不良",
    "正常4",
    "正常四",
    "次级3",
    "可疑三",
    "损失1",
    "正常/关注",
    "正常关注",
    "非正常",
    "Pass",
    "Lost",
    "A",
    "1",
    "#N/A",
    "类",
  ])("rejects %p", (text) => {
    expect(parseLoanClass(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });

  it.each([[1], [true], [new Date(0)]])("rejects the non-text %p", (value) => {
    expect(parseLoanClass(value)).toEqual({ ok: false, reason: "invalid", raw: value });
  });

  it.each([[null], [undefined], [""], ["  "]])("reads %p as empty", (value) => {
    expect(parseLoanClass(value)).toEqual({ ok: false, reason: "empty" });
  });

  it("reads an Excel error as an error value", () => {
    const err = excelError("#N/A");
    expect(parseLoanClass(err)).toEqual({ ok: false, reason: "error-value", raw: err });
  });
});
