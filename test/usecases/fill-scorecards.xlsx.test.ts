import { dataValidationsOf } from "../../src/adapters/xlsx/exceljs-internals";
import { XlsxWorkbook } from "../../src/adapters/xlsx/xlsx-workbook";
import { CARD_COL, CARD_HEADER_ROW } from "../../src/core/scorecard/scorecard-sheet";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { fillScorecards, type ScorecardsResult } from "../../src/usecases/fill-scorecards";
import { AS_OF } from "../support/ledger-builder";
import { branchLedgerFile, loadExcel, recalculateFile } from "../support/scorecard-xlsx";
import { valueAt } from "../core/scorecard/fixtures";

/** The scorecards written into an .xlsx file and reopened: what a colleague without the add-in gets. */
async function generate(bytes: Uint8Array): Promise<{ bytes: Uint8Array; result: ScorecardsResult }> {
  const wb = await XlsxWorkbook.open(bytes);
  const outcome = await fillScorecards(wb, { today: AS_OF + 3, asOf: AS_OF });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return { bytes: await wb.toBuffer(), result: outcome };
}

// Writing a dozen sheets through ExcelJS and reading them back takes a few seconds.
jest.setTimeout(30_000);

const MANUAL = cellAddress(CARD_HEADER_ROW + 7, CARD_COL.occurrences);

describe("scorecards in an .xlsx file", () => {
  it("recalculate on opening to the totals, grades and penalties of the result", async () => {
    const { bytes, result } = await generate(await branchLedgerFile());
    const values = recalculateFile(await loadExcel(bytes));
    for (const b of result.branches) {
      const card = values[b.sheets.scorecard];
      expect([valueAt(card, "K13"), valueAt(card, "C15"), valueAt(card, "I15")]).toEqual([
        b.score.total,
        b.score.grade,
        b.score.penalty,
      ]);
    }
    const summary = values["评分汇总"] ?? [];
    expect(summary.slice(3, 7).map((r) => [r[1], r[2]])).toEqual(result.branches.map((b) => [b.branch, b.score.total]));
  });

  it("keep the 剔除 drop-down, the print setup and the hidden records", async () => {
    const book = await loadExcel((await generate(await branchLedgerFile())).bytes);
    const evidence = book.getWorksheet("评分依据-西关信用社");
    const card = book.getWorksheet("评分表-西关信用社");
    if (evidence === undefined || card === undefined) throw new Error("sheets");
    expect(dataValidationsOf(evidence).model["I4"]).toMatchObject({ type: "list", formulae: ['"是"'] });
    expect(card.pageSetup).toMatchObject({ paperSize: 9, orientation: "portrait", printTitlesRow: "5:5" });
    expect(card.pageSetup.printArea).toMatch(/^A1:L\d+$/);
    expect(book.getWorksheet("贷后助手评分记录")?.state).toBe("hidden");
  });

  it("keep what the inspector typed into the file when generated again", async () => {
    const first = await generate(await branchLedgerFile());
    const book = await loadExcel(first.bytes);
    const card = book.getWorksheet("评分表-东城支行");
    const evidence = book.getWorksheet("评分依据-东城支行");
    if (card === undefined || evidence === undefined) throw new Error("sheets");
    card.getCell(MANUAL).value = 2;
    card.getCell("B3").value = "张检查";
    evidence.getCell("I4").value = "是";
    evidence.getCell("J4").value = "已核实";
    const typed = new Uint8Array(await book.xlsx.writeBuffer());

    const again = await generate(typed);
    const reopened = await loadExcel(again.bytes);
    expect(reopened.worksheets.map((w) => w.name)).toEqual(
      (await loadExcel(first.bytes)).worksheets.map((w) => w.name),
    );
    expect(reopened.getWorksheet("评分表-东城支行")?.getCell(MANUAL).value).toBe(2);
    expect(reopened.getWorksheet("评分表-东城支行")?.getCell("B3").value).toBe("张检查");
    expect(reopened.getWorksheet("评分依据-东城支行")?.getCell("I4").value).toBe("是");
    expect(reopened.getWorksheet("评分依据-东城支行")?.getCell("J4").value).toBe("已核实");
    const dongcheng = again.result.branches.find((b) => b.branch === "东城支行");
    const values = recalculateFile(reopened);
    expect(valueAt(values["评分表-东城支行"], "K13")).toBe(dongcheng?.score.total);
    expect(dongcheng?.score.total).toBe(92 - 4 + 1);
  });
});
