import type { Finding } from "../../../src/core/findings/finding";
import {
  allowedFilters,
  formatRuleSources,
  parseRuleSources,
  sourceMatches,
  sourceText,
} from "../../../src/core/scorecard/rule-source";

function finding(rule: Finding["rule"], data?: Finding["data"]): Finding {
  return {
    rule,
    severity: "error",
    sheet: "台账",
    row: 2,
    column: null,
    cell: null,
    key: null,
    value: null,
    message: "",
    hint: "",
    ...(data === undefined ? {} : { data }),
  };
}

describe("parseRuleSources", () => {
  it.each([
    ["inspection-overdue", ["inspection-overdue"]],
    ["inspection-overdue, first-inspection-late", ["inspection-overdue", "first-inspection-late"]],
    [
      "inspection-overdue，first-inspection-late、npl-no-disposal；date-order",
      ["inspection-overdue", "first-inspection-late", "npl-no-disposal", "date-order"],
    ],
    ["inspection-overdue\nfirst-inspection-late", ["inspection-overdue", "first-inspection-late"]],
    ["required-missing:officer", ["required-missing:officer"]],
    ["required-missing：officer", ["required-missing:officer"]],
    ["required-missing:管户客户经理", ["required-missing:officer"]],
    ["required-missing:OFFICER", ["required-missing:officer"]],
    ["Class-Below-Floor:NPL", ["class-below-floor:npl"]],
    ["class-below-floor, class-below-floor:npl", ["class-below-floor", "class-below-floor:npl"]],
    ["date-order, date-order", ["date-order"]],
    ["", []],
  ])("reads %j", (text, expected) => {
    const parsed = parseRuleSources(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.sources.map(sourceText)).toEqual(expected);
  });

  it("marks a flag filter as special and a column filter as not", () => {
    const { sources } = parseRuleSources("class-below-floor:npl, required-missing:officer");
    expect(sources.map((s) => s.special)).toEqual([true, false]);
  });

  it.each([
    ["inspection-late", "unknown-rule"],
    ["required-missing:nosuchcolumn", "unknown-filter"],
    ["class-below-floor:hidden", "unknown-filter"],
    ["inspection-overdue:officer", "no-filter"],
  ])("reports %j as %s, keeping the sources it can read", (token, kind) => {
    const parsed = parseRuleSources(`date-order, ${token}`);
    expect(parsed.sources.map(sourceText)).toEqual(["date-order"]);
    expect(parsed.errors).toEqual([expect.objectContaining({ token, kind })]);
  });
});

describe("formatRuleSources", () => {
  it("writes what parseRuleSources reads back", () => {
    const text = "inspection-overdue, required-missing:officer, class-below-floor:npl";
    expect(formatRuleSources(parseRuleSources(text).sources)).toBe(text);
  });
});

describe("allowedFilters", () => {
  it("lets column rules pick a column, class-below-floor a flag, the others nothing", () => {
    expect(allowedFilters("required-missing")).toContain("officer");
    expect(allowedFilters("class-below-floor")).toEqual(["npl"]);
    expect(allowedFilters("date-order")).toEqual([]);
  });
});

describe("sourceMatches", () => {
  const [officer, npl, bare] = parseRuleSources(
    "required-missing:officer, class-below-floor:npl, required-missing",
  ).sources;
  it.each([
    ["a bare source: every finding of its rule", bare, finding("required-missing", { columnKey: "customer" }), true],
    ["a bare source: not another rule's", bare, finding("type-error", { columnKey: "customer" }), false],
    ["a column source: its column", officer, finding("required-missing", { columnKey: "officer" }), true],
    ["a column source: not another column", officer, finding("required-missing", { columnKey: "customer" }), false],
    ["a column source: not a finding without data", officer, finding("required-missing"), false],
    ["a flag source: the flag set", npl, finding("class-below-floor", { npl: 1 }), true],
    ["a flag source: the flag true", npl, finding("class-below-floor", { npl: true }), true],
    ["a flag source: the flag clear", npl, finding("class-below-floor", { npl: 0 }), false],
  ])("%s", (_, source, f, expected) => {
    if (source === undefined) throw new Error("source");
    expect(sourceMatches(source, f)).toBe(expected);
  });
});
