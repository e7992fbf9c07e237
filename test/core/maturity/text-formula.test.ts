import { sentenceFormula } from "../../../src/core/maturity/text-formula";
import { recalculateSheets } from "../../../src/preview/formula-engine";

describe("sentenceFormula", () => {
  it("quotes the words and joins the expressions", () => {
    expect(sentenceFormula("共 {count} 笔，{period}", { count: { expr: "COUNT(A1:A3)" }, period: "2027年1月" })).toBe(
      '="共 "&COUNT(A1:A3)&" 笔，2027年1月"',
    );
  });

  it("doubles quotes in the words and leaves an unknown placeholder visible", () => {
    expect(sentenceFormula('说"{x}"{y}', { x: { expr: "1" } })).toBe('="说"""&1&"""{y}"');
  });

  it("gives a formula a real engine evaluates to the sentence", () => {
    const formula = sentenceFormula("共 {count} 笔，余额 {balance} 万元", {
      count: { expr: "COUNT(A1:A3)" },
      balance: { expr: 'TEXT(SUM(A1:A3),"0.00")' },
    });
    const out = recalculateSheets([{ name: "S", rows: [[1.5], [2], ["x"], [{ formula }]] }]);
    expect(out["S"]?.[3]?.[0]).toBe("共 2 笔，余额 3.50 万元");
  });
});
