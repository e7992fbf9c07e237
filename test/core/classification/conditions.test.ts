import { CONDITIONS, parseConditions } from "../../../src/core/classification/conditions";

describe("parseConditions", () => {
  it.each([[null], [undefined], [""], ["   "], ["\u3000\n"], ["，、；"]])("reads %p as no conditions", (text) => {
    expect(parseConditions(text)).toEqual({ ok: true, conditions: [] });
  });

  it.each(CONDITIONS.map((c) => [c]))("knows %s by its own name", (c) => {
    expect(parseConditions(c)).toEqual({ ok: true, conditions: [c] });
  });

  it.each([
    ["挪用,重组"],
    ["挪用，重组"],
    ["挪用、重组"],
    ["挪用;重组"],
    ["挪用；重组"],
    ["挪用 重组"],
    ["挪用\t重组"],
    ["挪用\u3000重组"],
    ["挪用\n重组"],
    ["挪用\r\n重组"],
    [" 挪用 ，、 重组；"],
  ])("splits %p into two conditions", (text) => {
    expect(parseConditions(text)).toEqual({ ok: true, conditions: ["挪用", "重组"] });
  });

  it.each([
    ["信用减值", "减值"],
    ["已减值", "减值"],
    ["技术逾期", "技术性逾期"],
    ["破产", "破产清算"],
    ["逃废", "逃废债"],
    ["他行逾期超过20%", "他行逾期超20%"],
    ["他行逾期超２０％", "他行逾期超20%"],
    ["他行逾期超过２０%", "他行逾期超20%"],
  ])("reads %s as %s", (text, condition) => {
    expect(parseConditions(text)).toEqual({ ok: true, conditions: [condition] });
  });

  it("collapses duplicates and synonyms of the same condition", () => {
    expect(parseConditions("减值、信用减值，减值；已减值")).toEqual({ ok: true, conditions: ["减值"] });
  });

  it("returns conditions in CONDITIONS order whatever the input order", () => {
    expect(parseConditions("破产清算、挪用、技术性逾期")).toEqual({
      ok: true,
      conditions: ["技术性逾期", "挪用", "破产清算"],
    });
  });

  it.each([
    ["挪用、欺诈", "欺诈"],
    ["担保不足", "担保不足"],
    ["挪用，重 组", "重"],
    ["破产清", "破产清"],
    ["他行逾期超30%", "他行逾期超30%"],
    ["constructor", "constructor"],
    ["toString", "toString"],
  ])("reports the unknown word in %p instead of ignoring it", (text, unknown) => {
    expect(parseConditions(text)).toEqual({ ok: false, unknown });
  });

  it("reports the word as typed, full-width and all", () => {
    expect(parseConditions("他行逾期超３０％")).toEqual({ ok: false, unknown: "他行逾期超３０％" });
  });
});
