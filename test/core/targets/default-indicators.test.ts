import { DEFAULT_INDICATORS, defaultMonthlyTarget } from "../../../src/core/targets/default-indicators";

describe("DEFAULT_INDICATORS", () => {
  it("has the five indicators of the issue, weights adding up to 100", () => {
    expect(DEFAULT_INDICATORS.map((i) => i.name)).toEqual([
      "存款",
      "收回到期贷款本息",
      "清收不良",
      "新增不良率控制",
      "营销新增客户",
    ]);
    expect(DEFAULT_INDICATORS.reduce((a, i) => a + i.weight, 0)).toBe(100);
  });

  it("scores only the NPL-rate ceiling in reverse", () => {
    expect(DEFAULT_INDICATORS.filter((i) => i.direction === "反向").map((i) => i.name)).toEqual(["新增不良率控制"]);
  });
});

describe("defaultMonthlyTarget", () => {
  it.each<[unknown, number, number]>([
    ["万元", 1200, 100],
    ["户", 24, 2],
    ["%", 0.02, 0.02],
    [" %", 0.02, 0.02 / 12],
    [null, 60, 5],
  ])("gives %p with an annual %p a monthly %p", (unit, annual, monthly) => {
    expect(defaultMonthlyTarget(unit, annual)).toBeCloseTo(monthly, 12);
  });
});
