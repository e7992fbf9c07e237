import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { PAYLOAD_LIMIT } from "../support/excel-stand-in";
import { standInFromSeed } from "../adapters/excel/excel-under-test";
import { corpusFor, timeoutFor } from "./support/corpus";
import { expectOutcome } from "./support/observed";
import { checkCase, expectWritesAndMarks, observe } from "./support/port-checks";

/**
 * The hostile corpus through the Office.js adapter: each case's workbook
 * seeded into the Excel stand-in (which refuses what Excel refuses: reads of
 * unloaded properties, requests over 5 MB, writes to protected sheets), read
 * and written by ExcelWorkbook as inside Excel.
 */
describe("the hostile corpus through Office.js (Excel stand-in)", () => {
  describe.each(corpusFor("stand-in"))("%s", (_name, hostile) => {
    it(
      hostile.description,
      async () => {
        const input = await hostile.build("stand-in");
        if (input.kind !== "workbook") throw new Error("the stand-in path needs a workbook");
        const excel = standInFromSeed(input.workbook);
        const uninstall = excel.install();
        try {
          const port = new ExcelWorkbook({ sleep: () => Promise.resolve() });
          const expected = hostile.expected("stand-in");
          const outcome = await checkCase(port, hostile);
          expectOutcome(observe(outcome), expected);
          await expectWritesAndMarks(port, outcome, hostile, expected);
          // Whatever the sheet, no request went over what Excel on the web accepts.
          expect(excel.stats.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
          expect(excel.stats.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
        } finally {
          uninstall();
        }
      },
      timeoutFor(hostile),
    );
  });
});
