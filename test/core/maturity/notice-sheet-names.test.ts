import { isNoticeSheetName, noticeSheetNames } from "../../../src/core/maturity/notice-sheet-names";

describe("noticeSheetNames", () => {
  it("prefixes the branch and makes it a name Excel accepts", () => {
    const names = noticeSheetNames(["城关支行", "东城/西区[一部]"]);
    expect(names.get("城关支行")).toBe("到期提示-城关支行");
    expect(names.get("东城/西区[一部]")).toBe("到期提示-东城／西区［一部］");
  });

  it("leaves room for a rename suffix within 31 characters and tells apart names cut the same", () => {
    const long = "某某省某某市某某县农村信用合作联社城关信用社第一营业部";
    const names = noticeSheetNames([`${long}甲`, `${long}乙`]);
    const [a, b] = [names.get(`${long}甲`) ?? "", names.get(`${long}乙`) ?? ""];
    expect(a.length).toBeLessThanOrEqual(28);
    expect(b.length).toBeLessThanOrEqual(28);
    expect(a).not.toBe(b);
    expect(b.endsWith("~2")).toBe(true);
  });

  it("tells apart names that differ only in case", () => {
    const names = noticeSheetNames(["abc", "ABC"]);
    expect(names.get("ABC")).toBe("到期提示-ABC~2");
  });
});

describe("isNoticeSheetName", () => {
  it.each([
    ["到期提示-城关支行", true],
    ["到期提示-城关支行(2)", true],
    ["到期提示汇总", false],
    ["检查结果", false],
  ])("%s → %p", (name, expected) => {
    expect(isNoticeSheetName(name)).toBe(expected);
  });
});
