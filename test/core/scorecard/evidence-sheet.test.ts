import { countOccurrences } from "../../../src/core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { evidenceMarkKey, readEvidenceMarks } from "../../../src/core/scorecard/evidence-marks";
import { buildEvidenceSheet, isSetAside, YES } from "../../../src/core/scorecard/evidence-sheet";
import { isLinkCell } from "../../../src/core/sheet-model/sheet-model";
import { modelValues } from "../../support/model-values";
import { checked } from "./fixtures";

function entriesOf(index: number) {
  const { ledger, result } = checked();
  const branch = countOccurrences(ledger, result.findings, DEFAULT_STANDARD)[index];
  if (branch === undefined) throw new Error("branch");
  return branch;
}

describe("buildEvidenceSheet", () => {
  it("lists each loan behind an automatic deduction with its findings and a link to the ledger cell", () => {
    const branch = entriesOf(1);
    const { model, ranges } = buildEvidenceSheet({
      name: "评分依据-东城支行",
      branch: branch.branch,
      ledgerSheet: "台账",
      entries: branch.entries,
    });
    expect(model.rows[2]).toEqual([
      "序号",
      "项目",
      "借据号",
      "客户名称",
      "规则",
      "问题",
      "台账位置",
      "特别情形",
      "剔除",
      "剔除原因",
    ]);
    const rows = model.rows.slice(3);
    expect(rows).toHaveLength(branch.entries.length);
    const npl = rows.find((r) => r[1] === "五级分类准确性");
    expect(npl?.[7]).toBe(YES);
    const link = npl?.[6];
    expect(link !== undefined && link !== null && isLinkCell(link) && link.link.sheet).toBe("台账");
    expect(ranges.item).toBe(`$B$4:$B$${3 + branch.entries.length}`);
    expect(ranges.firstRowOf.get("五级分类准确性")).toBeGreaterThan(3);
    expect(model.validations).toEqual([{ range: `I4:I${3 + branch.entries.length}`, list: [YES] }]);
  });

  it("says so when there is nothing, and still gives ranges the scorecard can count (to zero)", () => {
    const { model, ranges } = buildEvidenceSheet({ name: "e", branch: "城关支行", ledgerSheet: "台账", entries: [] });
    expect(model.rows[3]?.[0]).toMatch(/未发现/);
    expect(ranges.item).toBe("$B$4:$B$4");
    expect(model.validations).toEqual([]);
  });

  it("writes the inspector's marks back, and reads them back from the sheet's values", () => {
    const branch = entriesOf(2);
    const [first, second] = branch.entries;
    if (first === undefined || second === undefined) throw new Error("entries");
    const marks = new Map([
      [evidenceMarkKey(first.item, first.key, first.customer), { excluded: YES, reason: "已补录" }],
      [evidenceMarkKey(second.item, second.key, second.customer), { excluded: "", reason: "待核实" }],
    ]);
    const { model } = buildEvidenceSheet({
      name: "e",
      branch: branch.branch,
      ledgerSheet: "台账",
      entries: branch.entries,
      markOf: (e) => marks.get(evidenceMarkKey(e.item, e.key, e.customer)),
    });
    expect(model.rows[3]?.slice(8)).toEqual([YES, "已补录"]);
    expect(readEvidenceMarks(modelValues(model))).toEqual(marks);
  });
});

describe("readEvidenceMarks", () => {
  const header = ["序号", "项目", "借据号", "客户名称", "规则", "问题", "台账位置", "特别情形", "剔除", "剔除原因"];
  it.each([
    [" 是 ", YES, true],
    ["是", YES, true],
    ["否", "否", false],
    ["Y", "Y", false],
  ])("keeps 剔除 %j as %j (sets aside: %s)", (typed, kept, aside) => {
    const marks = readEvidenceMarks([["title"], header, [1, "贷后检查", "JJ001", "张三", "", "", "", "", typed, ""]]);
    const mark = marks.get(evidenceMarkKey("贷后检查", "JJ001", "张三"));
    expect(mark?.excluded).toBe(kept);
    expect(isSetAside(mark)).toBe(aside);
  });

  it("finds the columns by their headers, wherever the user moved them", () => {
    const moved = ["剔除原因", "剔除", "借据号", "项目"];
    const marks = readEvidenceMarks([moved, ["补检", "是", "JJ009", "贷后检查"]]);
    expect(marks.get(evidenceMarkKey("贷后检查", "JJ009", null))).toEqual({ excluded: "是", reason: "补检" });
  });

  it("keys a loan without 借据号 by its customer", () => {
    const marks = readEvidenceMarks([header, [1, "档案管理", null, "李四", "", "", "", "", "是", ""]]);
    expect([...marks.keys()]).toEqual([evidenceMarkKey("档案管理", null, "李四")]);
  });

  it("reads nothing from a sheet that is not an evidence sheet", () => {
    expect(
      readEvidenceMarks([
        ["a", "b"],
        [1, 2],
      ]).size,
    ).toBe(0);
  });
});
