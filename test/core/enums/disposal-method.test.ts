import { DISPOSAL_METHODS, parseDisposalMethod } from "../../../src/core/enums/disposal-method";

describe("DISPOSAL_METHODS", () => {
  it("lists the eight methods", () => {
    expect(DISPOSAL_METHODS).toEqual(["清收", "依法起诉", "盘活", "保全", "以资抵债", "核销", "重组", "批量转让"]);
  });
});

describe("parseDisposalMethod", () => {
  it.each([
    ["清收", "清收"],
    ["催收", "清收"],
    ["依法起诉", "依法起诉"],
    ["诉讼", "依法起诉"],
    ["起诉", "依法起诉"],
    ["诉讼执行", "依法起诉"],
    ["盘活", "盘活"],
    ["保全", "保全"],
    ["资产保全", "保全"],
    ["以资抵债", "以资抵债"],
    ["以物抵债", "以资抵债"],
    ["核销", "核销"],
    ["呆账核销", "核销"],
    ["重组", "重组"],
    ["债务重组", "重组"],
    ["批量转让", "批量转让"],
    ["债权转让", "批量转让"],
    ["转让", "批量转让"],
  ])("reads %p as %s", (text, expected) => {
    expect(parseDisposalMethod(text)).toEqual({ ok: true, value: expected });
  });

  it.each(["处置", "等待", "诉讼+核销", "其他"])("rejects %p", (text) => {
    expect(parseDisposalMethod(text)).toEqual({ ok: false, reason: "invalid", raw: text });
  });
});
