import { ledgerRuleMessages } from "../../../src/core/messages/ledger-rule-messages";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("ledgerRuleMessages", () => {
  it.each(Object.entries(ledgerRuleMessages))("%s has the same placeholders in zh-CN and en-US", (_id, text) => {
    expect(placeholders(text["en-US"])).toEqual(placeholders(text["zh-CN"]));
  });
});
