import { branchSheetNames } from "../../../src/core/scorecard/branch-sheet-names";

describe("branchSheetNames", () => {
  it("prefixes each branch's three sheets", () => {
    expect(branchSheetNames(["城关支行"]).get("城关支行")).toEqual({
      scorecard: "评分表-城关支行",
      evidence: "评分依据-城关支行",
      notice: "限期整改通知书-城关支行",
    });
  });

  it("makes names Excel accepts, with room for a (2)", () => {
    const long = "某某省某某市某某县农村信用合作联社城关信用社/营业部";
    const names = branchSheetNames([long]).get(long);
    for (const name of Object.values(names ?? {})) {
      expect(name.length).toBeLessThanOrEqual(28);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
  });

  it("tells apart branches whose names become the same", () => {
    const a = "某某省某某市某某县农村信用合作联社城关信用社营业部甲";
    const b = "某某省某某市某某县农村信用合作联社城关信用社营业部乙";
    const names = branchSheetNames([a, b, "Abc", "ABC"]);
    expect(names.get(a)?.notice).not.toBe(names.get(b)?.notice);
    expect(names.get(b)?.notice).toMatch(/~2$/);
    expect(names.get("ABC")?.scorecard).toBe("评分表-ABC~2");
  });
});
