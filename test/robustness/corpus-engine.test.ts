import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { corpusFiles, corpusFor, timeoutFor } from "./support/corpus";
import { expectOutcome } from "./support/observed";
import { checkCase, expectWritesAndMarks, observe } from "./support/port-checks";

/**
 * The hostile corpus through the engine: each case's workbook in the memory
 * adapter, checked by checkLedgerSheet as the task pane checks it, then
 * 检查结果 written and the ledger marked and unmarked.
 */
describe("the hostile corpus through the engine (memory workbook)", () => {
  it("has the cases the robustness issue lists", () => {
    expect(corpusFiles().length).toBeGreaterThanOrEqual(20);
  });

  describe.each(corpusFor("engine"))("%s", (_name, hostile) => {
    it(
      hostile.description,
      async () => {
        const input = await hostile.build("engine");
        if (input.kind !== "workbook") throw new Error("the engine path needs a workbook");
        const book = MemoryWorkbook.from(input.workbook);
        const expected = hostile.expected("engine");
        const outcome = await checkCase(book, hostile);
        expectOutcome(observe(outcome), expected);
        await expectWritesAndMarks(book, outcome, hostile, expected);
      },
      timeoutFor(hostile),
    );
  });
});
