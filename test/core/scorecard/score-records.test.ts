import { formatNoticeNumber, parseNoticeNumber } from "../../../src/core/scorecard/notice-number";
import {
  allocateNotice,
  buildScoreRecordsSheet,
  EMPTY_RECORDS,
  parseScoreRecords,
  previousScoring,
  recordScoring,
  type ScoreRecords,
} from "../../../src/core/scorecard/score-records";
import { modelValues } from "../../support/model-values";

const request = (branch: string, asOf: string, year = 2026, seenSeq?: number) => ({
  branch,
  asOf,
  year,
  sheet: `限期整改通知书-${branch}`,
  score: 70,
  ...(seenSeq === undefined ? {} : { seenSeq }),
});

function issue(
  records: ScoreRecords,
  ...requests: ReturnType<typeof request>[]
): { records: ScoreRecords; numbers: string[] } {
  const numbers: string[] = [];
  for (const r of requests) {
    const next = allocateNotice(records, r);
    records = next.records;
    numbers.push(next.notice.number);
  }
  return { records, numbers };
}

describe("formatNoticeNumber and parseNoticeNumber", () => {
  it.each([
    [2026, 1, "〔2026〕第001号"],
    [2026, 12, "〔2026〕第012号"],
    [2027, 1234, "〔2027〕第1234号"],
  ])("writes %d/%d as %s and reads it back", (year, seq, text) => {
    expect(formatNoticeNumber(year, seq)).toBe(text);
    expect(parseNoticeNumber(text)).toEqual({ year, seq });
  });

  it.each(["[2026]第5号", "（2026）第5号", "〔２０２６〕第５号"])("reads %s", (text) => {
    expect(parseNoticeNumber(text)).toEqual({ year: 2026, seq: 5 });
  });

  it("reads nothing from other text", () => {
    expect(parseNoticeNumber("限期整改通知书")).toBeNull();
  });
});

describe("allocateNotice", () => {
  it("numbers notices in order within a year, and starts again at 001 in a new year", () => {
    const { numbers } = issue(
      EMPTY_RECORDS,
      request("甲", "2026-03-31"),
      request("乙", "2026-03-31"),
      request("甲", "2026-06-30"),
      request("甲", "2027-03-31", 2027),
    );
    expect(numbers).toEqual(["〔2026〕第001号", "〔2026〕第002号", "〔2026〕第003号", "〔2027〕第001号"]);
  });

  it("keeps a branch's number for the same scoring when it is run again", () => {
    const first = issue(EMPTY_RECORDS, request("甲", "2026-03-31"), request("乙", "2026-03-31"));
    const again = issue(first.records, request("乙", "2026-03-31"), request("甲", "2026-03-31"));
    expect(again.numbers).toEqual(["〔2026〕第002号", "〔2026〕第001号"]);
    expect(again.records.notices).toHaveLength(2);
  });

  it("never goes back below a number seen in the workbook or recorded, even when the counter was lost", () => {
    expect(issue(EMPTY_RECORDS, request("甲", "2026-03-31", 2026, 7)).numbers).toEqual(["〔2026〕第008号"]);
    const { records } = issue(EMPTY_RECORDS, request("甲", "2026-03-31"), request("乙", "2026-03-31"));
    const lostCounter: ScoreRecords = { ...records, counters: {} };
    expect(issue(lostCounter, request("丙", "2026-03-31")).numbers).toEqual(["〔2026〕第003号"]);
  });
});

describe("records", () => {
  it("round-trips through their hidden sheet", () => {
    let records = recordScoring(EMPTY_RECORDS, "2026-03-31", { 甲: 85, 乙: 72.5 });
    records = issue(records, request("乙", "2026-03-31")).records;
    const model = buildScoreRecordsSheet(records);
    expect(model.visibility).toBe("hidden");
    expect(parseScoreRecords(modelValues(model))).toEqual({ records, skipped: 0 });
  });

  it("skips entries someone damaged, counting them", () => {
    const model = buildScoreRecordsSheet(recordScoring(EMPTY_RECORDS, "2026-03-31", { 甲: 85 }));
    const values = [...modelValues(model), ["scoring:2026-06-30", "{broken"], ["notice:第几号", "{}"], ["what", "1"]];
    const { records, skipped } = parseScoreRecords(values);
    expect(records.scorings).toEqual([{ asOf: "2026-03-31", scores: { 甲: 85 } }]);
    expect(skipped).toBe(3);
  });

  it("compares with the latest earlier scoring, not with a run of the same date", () => {
    let records = recordScoring(EMPTY_RECORDS, "2026-03-31", { 甲: 85 });
    records = recordScoring(records, "2026-06-30", { 甲: 90 });
    records = recordScoring(records, "2026-06-30", { 乙: 70 });
    expect(previousScoring(records, "2026-06-30")).toEqual({ asOf: "2026-03-31", scores: { 甲: 85 } });
    expect(previousScoring(records, "2026-09-30")).toEqual({ asOf: "2026-06-30", scores: { 甲: 90, 乙: 70 } });
    expect(previousScoring(records, "2026-01-31")).toBeNull();
  });

  it("keeps the last 24 scorings", () => {
    let records = EMPTY_RECORDS;
    for (let m = 1; m <= 30; m++)
      records = recordScoring(
        records,
        `20${String(24 + Math.floor((m - 1) / 12))}-${String(((m - 1) % 12) + 1).padStart(2, "0")}-28`,
        { 甲: m },
      );
    expect(records.scorings).toHaveLength(24);
    expect(records.scorings[0]?.scores).toEqual({ 甲: 7 });
  });
});
