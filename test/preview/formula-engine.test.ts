import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { classify, classifyReason, gradeFn, nplRatioFn } from "../../src/functions/functions";
import { excelError, type CellValue } from "../../src/core/values/cell-value";
import type { SheetModel } from "../../src/core/sheet-model/sheet-model";
import { attachFormulaEngine, FormulaEngine, recalculateSheets } from "../../src/preview/formula-engine";
import { installStandInRuntime, shown } from "../support/custom-functions-stand-in";

const f = (formula: string) => ({ formula });

/** What the top-left cell of a custom function's result shows (value, or error code and message). */
function topLeft(result: unknown[][]): unknown {
  return (shown(result) as unknown[][])[0]?.[0];
}

/** The value of one formula placed in B1 of a sheet whose column A holds `column`. */
function evaluate(formula: string, column: readonly CellValue[] = []): CellValue {
  const rows = column.map((v, i) => (i === 0 ? [v, f(formula)] : [v]));
  if (rows.length === 0) rows.push([null, f(formula)]);
  return recalculateSheets([{ name: "S", rows }]).S?.[0]?.[1] ?? null;
}

describe("recalculateSheets", () => {
  it("evaluates native formulas, across sheets, with Chinese sheet names unquoted as Excel writes them", () => {
    const out = recalculateSheets([
      { name: "台账", rows: [[10], [20], [30]] },
      {
        name: "汇总",
        rows: [[f("=SUM(台账!A1:A3)"), f("=COUNTIF('台账'!A1:A3,\">15\")"), f('=IF(A1>50,"多","少")')]],
      },
    ]);
    expect(out["汇总"]).toEqual([[60, 2, "多"]]);
  });

  it("keeps text as text, even when it looks like a number, a date, a boolean or a formula", () => {
    const texts = ["2024-01-05", "1,200", "=1+1", "TRUE", "'quoted", "50%", "#N/A"];
    const out = recalculateSheets([{ name: "S", rows: [texts, texts.map((_, i) => f(`=ISTEXT(${"ABCDEFG"[i]}1)`))] }]);
    expect(out.S?.[0]).toEqual(texts);
    expect(out.S?.[1]).toEqual(texts.map(() => true));
  });

  it("takes error values as errors and gives errors back as error values", () => {
    const out = recalculateSheets([{ name: "S", rows: [[excelError("#N/A"), f("=ISNA(A1)"), f("=1/0")]] }]);
    expect(out.S?.[0]).toEqual([excelError("#N/A"), true, excelError("#DIV/0!")]);
  });

  it("reads a SheetModel's rows as they are: formula cells, link cells as their text, plain values", () => {
    const model: SheetModel = {
      name: "检查结果",
      rows: [
        ["工作表", "单元格", "级别"],
        ["台账", { text: "B5", link: { sheet: "台账", cell: "B5" } }, "错误"],
        ["台账", { text: "C9", link: { sheet: "台账", cell: "C9" } }, "警告"],
        [null, null, { formula: '=COUNTIF(C2:C3,"错误")' }],
      ],
    };
    expect(recalculateSheets([model])["检查结果"]?.[1]?.[1]).toBe("B5");
    expect(recalculateSheets([model])["检查结果"]?.[3]?.[2]).toBe(1);
  });

  describe("DH functions", () => {
    beforeAll(() => installStandInRuntime());

    it.each([
      [95, "次级"],
      [0, "正常"],
      [30, "关注"],
      [400, "损失"],
    ])("=DH.CLASSIFY(A1) with %i days overdue is %s, as the function itself says", (days, expected) => {
      expect(evaluate("=DH.CLASSIFY(A1)", [days])).toBe(expected);
      expect(shown(classify([[days]]))).toEqual([[expected]]);
    });

    it("gives the same result as calling the implementation, argument for argument", () => {
      const args: [number, string, string, string] = [120, "信用卡", "", "20%"];
      expect(evaluate('=DH.CLASSIFY_REASON(A1,"信用卡","","20%")', [120])).toBe(
        topLeft(classifyReason([[args[0]]], [[args[1]]], [[args[2]]], [[args[3]]])),
      );
    });

    it("understands the Chinese names Excel shows (DH.五级分类)", () => {
      expect(evaluate("=DH.五级分类(A1)", [95])).toBe("次级");
    });

    it("passes omitted optional arguments as omitted", () => {
      expect(evaluate("=DH.CLASSIFY(A1,,)", [95])).toBe("次级");
      expect(evaluate("=DH.CLASSIFY(A1,B2)", [95])).toBe("次级");
    });

    it("shows a bad argument as #VALUE! with the function's Chinese message", () => {
      const engine = FormulaEngine.create([{ name: "S", rows: [[-1, f("=DH.CLASSIFY(A1)")]] }]);
      expect(engine.value("S", 0, 1)).toEqual(excelError("#VALUE!"));
      expect(engine.errorMessage("S", 0, 1)).toBe((topLeft(classify([[-1]])) as { message: string }).message);
      engine.destroy();
    });

    it("shows a division by zero of an aggregate as #DIV/0!", () => {
      expect(evaluate("=DH.NPL_RATIO(A1:A2,A1:A2)")).toEqual(excelError("#DIV/0!"));
      expect(shown(nplRatioFn([[null], [null]], [[null], [null]]))).toMatchObject({ error: "#DIV/0!" });
    });

    it("spills a range's results down, like a dynamic array", () => {
      const out = recalculateSheets([{ name: "S", rows: [[0, f("=DH.CLASSIFY(A1:A4)")], [30], [95], [400]] }]);
      expect(out.S?.map((r) => r[1])).toEqual(["正常", "关注", "次级", "损失"]);
    });

    it("shows #SPILL! when the spill area is not empty", () => {
      const out = recalculateSheets([{ name: "S", rows: [[0, f("=DH.CLASSIFY(A1:A3)")], [30, "占用"], [95]] }]);
      expect(out.S?.[0]?.[1]).toEqual(excelError("#SPILL!"));
    });

    it("fills the whole spill area with the error when the ranges disagree in shape", () => {
      const out = recalculateSheets([{ name: "S", rows: [[0, f("=DH.CLASSIFY(A1:A3,A1:A2)")], [30], [95]] }]);
      expect(out.S?.map((r) => r[1])).toEqual([excelError("#VALUE!"), excelError("#VALUE!"), excelError("#VALUE!")]);
    });

    it("does not spill over a range taken whole (GRADE's cut-offs), and gives aggregates one value", () => {
      const out = recalculateSheets([
        {
          name: "S",
          rows: [
            [85, f("=DH.GRADE(A1,C1:C3)"), 95, f("=DH.SCORE(E1:E3)"), 5],
            [null, null, 85, null, 10],
            [null, null, 70, null, null],
          ],
        },
      ]);
      expect(out.S?.[0]?.[1]).toBe(topLeft(gradeFn([[85]], [[95], [85], [70]])));
      expect(out.S?.[1]?.[1]).toBeNull();
      expect(out.S?.[0]?.[3]).toBe(85);
    });

    it("rejects a range where the function takes a single value", () => {
      expect(evaluate("=DH.SCORE(A1,A1:A2)", [5, 6])).toEqual(excelError("#VALUE!"));
    });

    it("reports a wrong number of arguments as Excel does", () => {
      expect(evaluate("=DH.CLASSIFY()")).toEqual(excelError("#N/A"));
    });

    it("evaluates DH functions over other formulas' results (next inspection from a computed class)", () => {
      const out = recalculateSheets([
        { name: "S", rows: [[95, f("=DH.CLASSIFY(A1)"), 46000, f("=DH.NEXT_CHECK(C1,B1)"), f("=D1-C1")]] },
      ]);
      expect(out.S?.[0]?.[4]).toBe(30);
    });
  });
});

describe("attachFormulaEngine", () => {
  beforeAll(() => installStandInRuntime());

  function book(): MemoryWorkbook {
    return MemoryWorkbook.from({
      sheets: [
        { name: "台账", values: [["逾期天数"], [95], [10]] },
        {
          name: "测算",
          values: [["分类"]],
          formulas: {
            A2: { formula: "=DH.CLASSIFY(台账!A2)", result: null },
            B2: { formula: "=DH.CLASSIFY(台账!A2:A3)", result: null },
          },
        },
      ],
    });
  }

  it("makes formula cells read as the engine's results, through the port as well", async () => {
    const b = book();
    attachFormulaEngine(b);
    expect(b.sheet("测算").cell(2, 0).value).toBe("次级");
    expect(await b.readValues("测算", 2, 1, 1)).toEqual([["次级"]]);
  });

  it("recalculates after a cell is edited", () => {
    const b = book();
    attachFormulaEngine(b);
    expect(b.sheet("测算").cell(2, 0).value).toBe("次级");
    b.setCell("台账", "A2", 400);
    expect(b.sheet("测算").cell(2, 0).value).toBe("损失");
    b.setCell("测算", "A2", { formula: "=DH.CLASSIFY(台账!A3)" });
    expect(b.sheet("测算").cell(2, 0).value).toBe("关注");
  });

  it("recalculates after a sheet is written, deleted or the workbook restored", async () => {
    const b = book();
    attachFormulaEngine(b);
    const before = b.snapshot();
    await b.writeSheet({ name: "汇总", rows: [[{ formula: '=COUNTIF(测算!A2:B3,"次级")' }]] });
    expect(b.sheet("汇总").cell(1, 0).value).toBe(2);
    await b.writeSheet({ name: "台账", rows: [["逾期天数"], [0], [0]] });
    expect(b.sheet("汇总").cell(1, 0).value).toBe(0);
    await b.deleteSheet("汇总");
    b.restore(before);
    expect(b.sheet("测算").cell(2, 0).value).toBe("次级");
  });

  it("shows a spilled result beside the formula, and the message of an error", () => {
    const b = book();
    const engine = attachFormulaEngine(b);
    expect(engine.spilledValue("测算", 3, 1)).toBe("关注");
    expect(engine.spilledValue("测算", 3, 0)).toBeUndefined();
    b.setCell("台账", "A2", -5);
    expect(engine.errorMessage("测算", 2, 0)).toMatch(/-5/);
  });

  it("loads only sheets with formulas and the sheets they name", () => {
    const b = MemoryWorkbook.from({
      sheets: [
        { name: "大表", values: Array.from({ length: 100 }, (_, i) => [i]) },
        { name: "台账", values: [[95]] },
        { name: "测算", values: [], formulas: { A1: { formula: "=DH.CLASSIFY(台账!A1)", result: null } } },
      ],
    });
    const create = jest.spyOn(FormulaEngine, "create");
    attachFormulaEngine(b);
    expect(b.sheet("测算").cell(1, 0).value).toBe("次级");
    expect(create.mock.calls[0]?.[0].map((s) => s.name).sort()).toEqual(["台账", "测算"].sort());
    create.mockRestore();
  });

  it("detaches: formula cells fall back to their stored results", () => {
    const b = book();
    const engine = attachFormulaEngine(b);
    engine.detach();
    expect(b.sheet("测算").cell(2, 0).value).toBeNull();
  });
});
