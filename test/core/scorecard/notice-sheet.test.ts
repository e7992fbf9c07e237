import { computeScores } from "../../../src/core/scorecard/compute-scores";
import { countOccurrences, itemCounts } from "../../../src/core/scorecard/count-occurrences";
import { DEFAULT_STANDARD } from "../../../src/core/scorecard/default-standard";
import { buildNoticeSheet } from "../../../src/core/scorecard/notice-sheet";
import type { ScoringStandard } from "../../../src/core/scorecard/scoring-standard";
import { everyShownValue } from "../../support/model-values";
import { day } from "../../support/ledger-builder";
import { AS_OF } from "../../support/ledger-builder";
import { checked } from "./fixtures";

function notice(standard: ScoringStandard = DEFAULT_STANDARD, manual = 0) {
  const { ledger, result } = checked();
  const branch = countOccurrences(ledger, result.findings, standard)[2];
  if (branch === undefined) throw new Error("branch");
  const counts = itemCounts(branch.entries);
  if (manual > 0) counts.set("催收与诉讼时效", { normal: manual, special: 0 });
  const score = computeScores(standard, branch.branch, counts);
  return buildNoticeSheet({
    name: "限期整改通知书-西关信用社",
    number: "〔2026〕第003号",
    branch: branch.branch,
    score,
    entries: branch.entries,
    asOf: AS_OF,
    issued: day("2026-04-03"),
    deadline: day("2026-05-03"),
    threshold: 80,
    amount: 300,
  });
}

describe("buildNoticeSheet", () => {
  it("is numbered, addressed to the branch, and states the score, grade and penalty", () => {
    const model = notice();
    expect(model.rows[0]).toEqual(["限期整改通知书"]);
    expect(model.rows[1]).toEqual(["〔2026〕第003号"]);
    expect(model.rows[3]).toEqual(["西关信用社："]);
    expect(model.rows[4]?.[0]).toBe(
      "根据贷后管理检查评分（台账统计日期 2026年3月31日，检查日期 2026年4月3日），你单位得分 65 分，评定为“合格”，低于 80 分，按规定从发展费用中扣减 300 元。检查发现的主要问题及失分项目如下：",
    );
  });

  it("lists only the items that lost points, with the loans and problems behind each", () => {
    const model = notice(DEFAULT_STANDARD, 2);
    const items = model.rows.filter((r) => typeof r[0] === "number");
    expect(items.map((r) => [r[1], r[2]])).toEqual([
      ["管户责任落实", 10],
      ["贷后检查", 25],
      ["催收与诉讼时效", 4],
    ]);
    expect(items[1]?.[3]).toMatch(/^30 笔贷款：贷后检查超过规定频率未开展。涉及借据号：JJ\d+(、JJ\d+){9}等 30 笔$/);
    expect(items[2]?.[3]).toBe("现场检查发现 2 次");
  });

  it("sets the deadline and leaves a reply block to return", () => {
    const text = everyShownValue(notice()).join("\n");
    expect(text).toContain("于 2026年5月3日 前完成整改");
    for (const part of ["整改情况回复", "整改措施：", "整改结果：", "单位负责人（签字）：", "检查组（盖章）"]) {
      expect(text).toContain(part);
    }
    expect(text).not.toMatch(/undefined|NaN|null/);
  });

  it("says when a veto item occurred", () => {
    const standard: ScoringStandard = {
      ...DEFAULT_STANDARD,
      items: DEFAULT_STANDARD.items.map((i) => (i.item === "管户责任落实" ? { ...i, veto: true } : i)),
    };
    expect(everyShownValue(notice(standard))).toContain("存在一票否决事项");
  });

  it("prints on A4 portrait within its print area", () => {
    const model = notice();
    expect(model.page).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: true });
    expect(model.page?.printArea).toBe(`A1:D${model.rows.length}`);
  });
});
