import { computeScores } from "../../../src/core/scorecard/compute-scores";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { buildEvidenceSheet } from "../../../src/core/scorecard/evidence-sheet";
import { buildScorecardSheet } from "../../../src/core/scorecard/scorecard-sheet";
import { readScorecardInputs } from "../../../src/core/scorecard/scorecard-inputs";
import type { Locale } from "../../../src/core/messages/message";
import { excelError } from "../../../src/core/values/cell-value";
import { modelValues } from "../../support/model-values";
import { AS_OF } from "../../support/ledger-builder";
import { edited } from "./standard-values";

function card(locale: Locale = "zh-CN") {
  const ev = buildEvidenceSheet({ name: "评分依据-甲", branch: "甲", ledgerSheet: "台账", entries: [], locale });
  const score = computeScores(DEFAULT_STANDARD, "甲", new Map([["催收与诉讼时效", { normal: 2, special: 0 }]]));
  return buildScorecardSheet({
    name: "评分表-甲",
    branch: "甲",
    standard: DEFAULT_STANDARD,
    score,
    evidenceSheet: "评分依据-甲",
    evidence: ev.ranges,
    header: { unit: "甲支行营业部", date: 46100, inspectors: "王五" },
    ledgerSheet: "台账",
    asOf: AS_OF,
    loans: 3,
    locale,
  }).model;
}

describe("readScorecardInputs", () => {
  it.each(["zh-CN", "en-US"] as const)(
    "reads back the unit, date, inspectors and counts a %s scorecard holds",
    (locale) => {
      const inputs = readScorecardInputs(modelValues(card(locale)));
      expect(inputs).toMatchObject({ unit: "甲支行营业部", date: 46100, inspectors: "王五" });
      expect(inputs.counts.get("催收与诉讼时效")).toEqual({ occurrences: 2, special: null });
      expect(inputs.counts.get("五级分类准确性")).toEqual({ occurrences: null, special: null });
      expect(inputs.counts.size).toBe(DEFAULT_STANDARD.items.length);
    },
  );

  it("keeps what the inspector typed over the defaults, and drops error values", () => {
    const values = edited(modelValues(card()), { B3: "赵六、钱七", I2: excelError("#VALUE!"), H12: "3" });
    const inputs = readScorecardInputs(values);
    expect(inputs).toMatchObject({ inspectors: "赵六、钱七", date: null });
    expect(inputs.counts.get("催收与诉讼时效")?.occurrences).toBe("3");
  });

  it("finds the table below rows the inspector inserted", () => {
    const values = modelValues(card());
    const shifted = [values[0] ?? [], ["（插入的说明）"], ...values.slice(1)];
    expect(readScorecardInputs(shifted).counts.get("催收与诉讼时效")?.occurrences).toBe(2);
  });

  it("reads nothing from a sheet that is not a scorecard", () => {
    const inputs = readScorecardInputs([["随便"], ["写写"]]);
    expect(inputs.counts.size).toBe(0);
    expect(inputs.unit).toBeUndefined();
  });
});
