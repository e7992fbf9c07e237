import { normalizeFormula } from "../../../src/preview/formula/normalize-formula";

const IDS = new Map([
  ["DH.五级分类", "DH.CLASSIFY"],
  ["DH.不良贷款率", "DH.NPL_RATIO"],
]);

describe("normalizeFormula", () => {
  it.each([
    ["=SUM(A1:A3)", "=SUM(A1:A3)"],
    ["=检查结果!A1", "='检查结果'!A1"],
    ['=COUNTIF(检查结果!$H$5:$H$99,"错误")', "=COUNTIF('检查结果'!$H$5:$H$99,\"错误\")"],
    ["='检查结果'!A1", "='检查结果'!A1"],
    ["='it''s'!A1", "='it''s'!A1"],
    ["=Sheet1!A1+Sheet_2!B2", "=Sheet1!A1+Sheet_2!B2"],
    ["=评分依据-城关支行!A1", "=评分依据-'城关支行'!A1"],
    ['="台账!A1"&B1', '="台账!A1"&B1'],
    ["=DH.五级分类(C4)", "=DH.CLASSIFY(C4)"],
    ["=dh.五级分类 (C4)", "=DH.CLASSIFY (C4)"],
    ["=DH.CLASSIFY(C4)", "=DH.CLASSIFY(C4)"],
    ['=IF(A1>0,DH.不良贷款率(G4:G9,H4:H9),"DH.五级分类(")', '=IF(A1>0,DH.NPL_RATIO(G4:G9,H4:H9),"DH.五级分类(")'],
    ["=A1*1.5E3", "=A1*1.5E3"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeFormula(input, IDS)).toBe(expected);
  });
});
