import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { SheetModel } from "../../src/core/sheet-model/sheet-model";
import { writeOwnedSheet } from "../../src/usecases/owned-sheets";
import { ProblemError } from "../../src/usecases/problem";
import { loadStore, STORE_SHEET } from "../../src/usecases/settings-store";
import { numberedName } from "../../src/usecases/sheet-names";
import { snapshotSheet } from "./support/ledger-workbook";

function model(text: string, name = "检查结果"): SheetModel {
  return { name, rows: [["台账检查结果"], [text]] };
}

function book(...sheets: { name: string; values: (string | null)[][]; protected?: boolean }[]): MemoryWorkbook {
  return MemoryWorkbook.from({ sheets: [{ name: "台账", values: [["客户名称"]] }, ...sheets] });
}

describe("writeOwnedSheet", () => {
  it("creates the sheet and records it as the add-in's", async () => {
    const b = book();
    expect(await writeOwnedSheet(b, model("第一次"))).toEqual({ name: "检查结果" });
    expect(b.cellAt("检查结果", "A2").value).toBe("第一次");
    expect((await loadStore(b)).owned).toEqual(["检查结果"]);
  });

  it("replaces its own sheet on the next write instead of adding another", async () => {
    const b = book();
    await writeOwnedSheet(b, model("第一次"));
    expect(await writeOwnedSheet(b, model("第二次"))).toEqual({ name: "检查结果" });
    expect(b.sheetNames()).toEqual(["台账", "贷后助手设置", "检查结果"]);
    expect(b.cellAt("检查结果", "A2").value).toBe("第二次");
    expect((await loadStore(b)).owned).toEqual(["检查结果"]);
  });

  it("never writes over a sheet of the user's with that name: it takes the next name and says so", async () => {
    const b = book({ name: "检查结果", values: [["我自己的检查记录"], ["请勿覆盖"]] });
    const before = snapshotSheet(b, "检查结果");
    const first = await writeOwnedSheet(b, model("第一次"));
    expect(first).toMatchObject({ name: "检查结果(2)", renamedFrom: "检查结果" });
    expect(first.message).toContain("检查结果(2)");
    expect(first.message).toContain("不是贷后助手创建的");
    expect(snapshotSheet(b, "检查结果")).toEqual(before);

    // The next write replaces the add-in's 检查结果(2), not a third sheet.
    const second = await writeOwnedSheet(b, model("第二次"));
    expect(second.name).toBe("检查结果(2)");
    expect(b.sheetNames().filter((n) => n.startsWith("检查结果"))).toEqual(["检查结果", "检查结果(2)"]);
    expect(b.cellAt("检查结果(2)", "A2").value).toBe("第二次");
    expect(snapshotSheet(b, "检查结果")).toEqual(before);
  });

  it("treats a name in another case as the same sheet, as Excel does", async () => {
    const b = book({ name: "RESULTS", values: [["mine"]] });
    const written = await writeOwnedSheet(b, model("x", "Results"));
    expect(written.name).toBe("Results(2)");
    expect(b.cellAt("RESULTS", "A1").value).toBe("mine");
  });

  it("does not take a sheet the user put in place of one the add-in wrote and they deleted", async () => {
    const b = book();
    await writeOwnedSheet(b, model("第一次"));
    await b.deleteSheet("检查结果");
    await b.writeSheet({ name: "检查结果", rows: [["我的新表"]] });
    const written = await writeOwnedSheet(b, model("第二次"));
    expect(written.name).toBe("检查结果(2)");
    expect(b.cellAt("检查结果", "A1").value).toBe("我的新表");
  });

  it("forgets owned sheets that were deleted", async () => {
    const b = book();
    await writeOwnedSheet(b, model("x", "甲"));
    await writeOwnedSheet(b, model("x", "乙"));
    await b.deleteSheet("甲");
    await writeOwnedSheet(b, model("y", "乙"));
    expect((await loadStore(b)).owned).toEqual(["乙"]);
  });

  it("gives a protected problem for its own sheet when the user protected it", async () => {
    const b = MemoryWorkbook.from({
      sheets: [
        { name: "检查结果", values: [["台账检查结果"], ["第一次"]], protected: true },
        {
          name: STORE_SHEET,
          hidden: true,
          values: [
            ["键", "值"],
            ["owned", JSON.stringify([{ name: "检查结果", a1: "台账检查结果" }])],
          ],
        },
      ],
    });
    const error = await writeOwnedSheet(b, model("第二次")).catch((e: unknown) => e);
    expect(ProblemError.is(error) && error.problem.code).toBe("protected");
    expect(ProblemError.is(error) && error.problem.message).toContain("检查结果");
    expect(b.cellAt("检查结果", "A2").value).toBe("第一次");
  });
});

describe("numberedName", () => {
  it.each([
    ["检查结果", 2, "检查结果(2)"],
    ["检查结果", 12, "检查结果(12)"],
    ["A".repeat(31), 2, `${"A".repeat(28)}(2)`],
    ["A".repeat(30), 10, `${"A".repeat(27)}(10)`],
  ])("numbers %s as copy %d: %s, within 31 characters", (base, n, expected) => {
    expect(numberedName(base, n)).toBe(expected);
    expect(numberedName(base, n).length).toBeLessThanOrEqual(31);
  });
});
