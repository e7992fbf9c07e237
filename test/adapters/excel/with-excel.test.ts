import { ExcelApiError, ExcelBusyError, isOfficeError, withExcel } from "../../../src/adapters/excel/with-excel";
import { SheetProtectedError } from "../../../src/adapters/excel/excel-errors";
import { StandInOfficeError } from "../../support/excel-stand-in";

const instant = (): Promise<void> => Promise.resolve();
const editMode = (): StandInOfficeError =>
  new StandInOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");

function failingRuns(failures: number, error: () => unknown = editMode) {
  let calls = 0;
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => {
    calls++;
    if (calls <= failures) throw error();
    return batch({} as Excel.RequestContext);
  };
  return { run, calls: () => calls };
}

describe("withExcel", () => {
  it("retries while the user edits a cell, waiting between attempts", async () => {
    const { run, calls } = failingRuns(2);
    const waits: number[] = [];
    const result = await withExcel(async () => "done", {
      run,
      retries: 3,
      delayMs: 250,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(result).toBe("done");
    expect(calls()).toBe(3);
    expect(waits).toEqual([250, 250]);
  });

  it("gives up with ExcelBusyError after the retries, in Chinese", async () => {
    const { run, calls } = failingRuns(10);
    const err = await withExcel(async () => "never", { run, retries: 2, sleep: instant }).catch((e: unknown) => e);
    expect(ExcelBusyError.is(err)).toBe(true);
    expect((err as ExcelBusyError).message).toBe("请先完成单元格编辑（按 Enter 或 Esc），然后再试");
    expect((err as ExcelBusyError).localized("en-US")).toMatch(/press Enter or Esc/);
    expect((err as ExcelBusyError).attempts).toBe(3);
    expect(calls()).toBe(3);
  });

  it("turns other Office errors into ExcelApiError with the code, without retrying", async () => {
    const { run, calls } = failingRuns(
      1,
      () => new StandInOfficeError("ItemNotFound", "The requested resource doesn't exist.", "Worksheet.getItem"),
    );
    const err = await withExcel(async () => 1, { run, sleep: instant }).catch((e: unknown) => e);
    expect(ExcelApiError.is(err)).toBe(true);
    expect((err as ExcelApiError).code).toBe("ItemNotFound");
    expect((err as ExcelApiError).location).toBe("Worksheet.getItem");
    expect((err as ExcelApiError).message).toContain("ItemNotFound");
    expect((err as ExcelApiError).cause).toBeInstanceOf(StandInOfficeError);
    expect(calls()).toBe(1);
  });

  it("passes our own errors and bugs through unchanged", async () => {
    const protectedErr = new SheetProtectedError("台账");
    await expect(withExcel(async () => Promise.reject(protectedErr), { run: failingRuns(0).run })).rejects.toBe(
      protectedErr,
    );
    const bug = new TypeError("x is undefined");
    await expect(withExcel(async () => Promise.reject(bug), { run: failingRuns(0).run })).rejects.toBe(bug);
  });
});

describe("isOfficeError", () => {
  it.each([
    [new StandInOfficeError("X", "y"), true],
    [{ name: "RichApi.Error", code: "GeneralException", message: "" }, true],
    [new Error("plain"), false],
    [{ code: "X" }, false],
    [null, false],
  ])("recognizes %p: %s", (err, expected) => {
    expect(isOfficeError(err)).toBe(expected);
  });
});
