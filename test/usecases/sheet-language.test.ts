import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { noticeColumn } from "../../src/core/maturity/notice-layout";
import type { Locale } from "../../src/core/messages/message";
import { CARD_COL, CARD_HEADER_ROW } from "../../src/core/scorecard/scorecard-sheet";
import { cellAddress } from "../../src/core/sheet-model/a1";
import { monthCol, targetSheetLayout } from "../../src/core/targets/target-layout";
import type { CellValue } from "../../src/core/values/cell-value";
import type { Day } from "../../src/core/values/day";
import { registerLetter } from "../../src/core/warning/register-sheet";
import { checkLedgerSheet } from "../../src/usecases/check-ledger-sheet";
import { createMaturityNotices } from "../../src/usecases/create-maturity-notices";
import { createTargetSheets } from "../../src/usecases/create-target-sheets";
import { createWarningForms } from "../../src/usecases/create-warning-forms";
import { fillScorecards } from "../../src/usecases/fill-scorecards";
import { loadStore } from "../../src/usecases/settings-store";
import { updateWarningStatus } from "../../src/usecases/update-warning-status";
import { REGISTER_SHEET } from "../../src/usecases/warning-workbook";
import { writeCheckResults } from "../../src/usecases/write-check-results";
import { branchLedger } from "../core/scorecard/fixtures";
import { aLedger, AS_OF, day } from "../support/ledger-builder";
import { warningLedgerSeed } from "../support/warning-ledger";
import { LEDGER, ledgerSheet, TODAY, workbookWith } from "./support/ledger-workbook";

/**
 * Colleagues share workbooks, and each has Office in their own language. A
 * feature run with the pane in Chinese, then in English, then in Chinese
 * again must keep replacing the add-in's own sheets — same names, no
 * 检查结果(2), no sheet under an English name — and carry over what people
 * typed in them, as a run in one language does. The sheets (names, the A1
 * the add-in recognises them by, their contents) are always Chinese; only
 * what the pane or the command line says follows the user's language.
 */
const ROUND: readonly Locale[] = ["en-US", "zh-CN", "en-US"];

function value(wb: MemoryWorkbook, sheet: string, a1: string): CellValue {
  return wb.cellAt(sheet, a1).value;
}

/** Every sheet's values, by name. */
function snapshot(wb: MemoryWorkbook): Record<string, CellValue[][]> {
  return Object.fromEntries(wb.sheetNames().map((n) => [n, wb.snapshotValues(n)]));
}

/**
 * The ledger check's findings carry their message and hint already in the
 * words of the check's locale (core/ledger), so the sheets that list them
 * (检查结果, 评分依据) show them in the language of whoever ran the check.
 * This maps each English text to its Chinese twin (the same finding, in the
 * same order) so that everything else on the sheets can be compared exactly.
 */
async function findingTexts(wb: MemoryWorkbook, request: { sheet?: string; today: Day; asOf?: Day }) {
  const [zh, en] = await Promise.all(
    (["zh-CN", "en-US"] as const).map(async (locale) => {
      const checked = await checkLedgerSheet(wb, { ...request, locale });
      if (!checked.ok) throw new Error(checked.problem.message);
      return checked.result.findings;
    }),
  );
  const twins = new Map<string, string>();
  en?.forEach((f, i) => {
    const z = zh?.[i];
    if (z === undefined) return;
    twins.set(f.message, z.message);
    twins.set(f.hint, z.hint);
  });
  return (values: CellValue[][]): CellValue[][] =>
    values.map((row) => row.map((v) => (typeof v === "string" ? (twins.get(v) ?? v) : v)));
}

/**
 * Runs a feature in Chinese (where the run may type into the sheets it wrote,
 * as a person would) and again in Chinese — what a re-run does in one
 * language, the reference — then in each language of ROUND by turns, checking
 * after each run that the workbook is exactly as the reference: the same
 * sheets, the same sheets recorded as the add-in's, every value the same —
 * the words on the sheets (and so their A1, by which the add-in knows them)
 * and the typed cells.
 */
async function roundTrip(
  wb: MemoryWorkbook,
  run: (locale: Locale) => Promise<void>,
  findings: (values: CellValue[][]) => CellValue[][] = (v) => v,
): Promise<string[]> {
  await run("zh-CN");
  await run("zh-CN");
  const first = snapshot(wb);
  const owned = (await loadStore(wb)).owned;
  for (const locale of ROUND) {
    await run(locale);
    expect({ locale, sheets: wb.sheetNames() }).toEqual({ locale, sheets: Object.keys(first) });
    expect({ locale, owned: (await loadStore(wb)).owned }).toEqual({ locale, owned });
    for (const [name, values] of Object.entries(first)) {
      expect({ locale, name, values: findings(wb.snapshotValues(name)) }).toEqual({ locale, name, values });
    }
  }
  return Object.keys(first);
}

describe("a feature run in Chinese and English by turns", () => {
  it("检查结果: one sheet, in Chinese, replaced each time", async () => {
    const wb = workbookWith(ledgerSheet());
    const sheets = await roundTrip(
      wb,
      async (locale) => {
        const checked = await checkLedgerSheet(wb, { sheet: LEDGER, today: TODAY, locale });
        if (!checked.ok) throw new Error(checked.problem.message);
        const written = await writeCheckResults(wb, checked, { locale });
        expect(written).toEqual({ sheet: "检查结果" });
      },
      await findingTexts(wb, { sheet: LEDGER, today: TODAY }),
    );
    expect(sheets).toContain("检查结果");
    expect(value(wb, "检查结果", "A1")).toBe("台账检查结果");
  });

  it("检查评分: the same scorecards, evidence, standard, summary and notices; typed counts, names and marks kept", async () => {
    const wb = MemoryWorkbook.from({ sheets: [{ name: "台账", values: branchLedger().values() }] });
    const card = "评分表-东城支行";
    const evidence = "评分依据-东城支行";
    const manual = cellAddress(CARD_HEADER_ROW + 7, CARD_COL.occurrences);
    let lateRow = 0;
    const notes: string[] = [];
    await roundTrip(
      wb,
      async (locale) => {
        const outcome = await fillScorecards(wb, { today: AS_OF + 3, asOf: AS_OF, locale });
        if (!outcome.ok) throw new Error(outcome.problem.message);
        notes.push(...outcome.notes);
        if (lateRow === 0) {
          wb.setCell(card, manual, 3);
          wb.setCell(card, "B3", "张检查、李检查");
          lateRow = wb.snapshotValues(evidence).findIndex((r) => r[1] === "贷后检查") + 1;
          wb.setCell(evidence, `I${lateRow}`, "是");
          wb.setCell(evidence, `J${lateRow}`, "已补做检查，台账漏登");
        }
        expect(outcome.standardSheet).toBe("评分标准");
        expect(outcome.summarySheet).toBe("评分汇总");
        expect(outcome.branches.find((b) => b.branch === "东城支行")?.sheets.scorecard).toBe(card);
      },
      await findingTexts(wb, { today: AS_OF + 3, asOf: AS_OF }),
    );
    expect(wb.sheetNames()).toEqual(
      expect.arrayContaining(["评分标准", "评分汇总", card, evidence, "限期整改通知书-西关信用社"]),
    );
    expect(value(wb, card, manual)).toBe(3);
    expect(value(wb, card, "B3")).toBe("张检查、李检查");
    expect(wb.snapshotValues(evidence)[lateRow - 1]?.slice(8)).toEqual(["是", "已补做检查，台账漏登"]);
    // No note says a sheet had to be written under another name.
    expect(notes.filter((n) => /\(2\)/.test(n))).toEqual([]);
  });

  it("风险预警: one register, the forms written once; remarks typed in the register and status changes kept", async () => {
    const wb = MemoryWorkbook.from(warningLedgerSeed());
    const remark = `${registerLetter("remark")}2`;
    const counts: number[] = [];
    // A new loan each run but the last, which asks again for the first one's (it has an open form).
    const runs: [Locale, string][] = [
      ["zh-CN", "JJ2025120007"],
      ["en-US", "JJ2025100013"],
      ["zh-CN", "JJ2026010002"],
      ["en-US", "JJ2025120007"],
    ];
    for (const [locale, key] of runs) {
      const outcome = await createWarningForms(wb, {
        from: { kind: "keys", keys: [key] },
        today: day("2026-03-06"),
        locale,
      });
      if (!outcome.ok) throw new Error(outcome.problem.message);
      // The last run writes nothing: its loan's form is open (and says so in the user's language).
      expect(outcome.register).toBe(outcome.written ? REGISTER_SHEET : null);
      if (counts.length === 0) wb.setCell(REGISTER_SHEET, remark, "已电话通知客户");
      counts.push(wb.sheetNames().length);
    }
    expect(runs.length).toBe(counts.length);
    const first = counts[0] ?? 0;
    expect(counts).toEqual([first, first + 1, first + 2, first + 2]);
    expect(wb.sheetNames().filter((n) => n.startsWith(REGISTER_SHEET))).toEqual([REGISTER_SHEET]);
    expect(wb.sheetNames().filter((n) => /\(\d+\)$/.test(n))).toEqual([]);

    const before = wb.sheetNames();
    for (const [locale, change] of [
      ["en-US", { to: "处理中" }],
      ["zh-CN", { to: "已解除", releasedOn: day("2026-03-10") }],
    ] as const) {
      const status = await updateWarningStatus(wb, {
        number: "预警2026-001",
        change,
        today: day("2026-03-10"),
        locale,
      });
      if (!status.ok) throw new Error(status.problem.message);
    }
    expect(wb.sheetNames()).toEqual(before);
    expect(value(wb, REGISTER_SHEET, remark)).toBe("已电话通知客户");
    expect(value(wb, "预警2026-001", "A1")).toBe("风险预警信号处理表");
  });

  it("到期提示: the same notices and summary; 处理方式 and 责任人 typed kept", async () => {
    const wb = MemoryWorkbook.from({
      sheets: [
        {
          name: "台账",
          values: aLedger()
            .withLoan({ loanNo: "CG-1", branch: "城关支行", customer: "甲公司", maturity: "2027-01-05", balance: 100 })
            .withLoan({ loanNo: "DC-1", branch: "东城支行", customer: "丁", maturity: "2027-01-20", balance: 300 })
            .withLoan({ loanNo: "NB-1", branch: null, customer: "辛", maturity: "2027-01-25", balance: 10 })
            .values(),
        },
      ],
    });
    wb.setSelection("台账", "A1");
    const sheet = "到期提示-城关支行";
    let handling = "";
    const sheets = await roundTrip(wb, async (locale) => {
      const outcome = await createMaturityNotices(wb, { asOf: day("2026-12-31"), today: day("2027-01-01"), locale });
      if (!outcome.ok) throw new Error(outcome.problem.message);
      expect(outcome.result.messages).toEqual([]);
      expect(outcome.result.removed).toEqual([]);
      if (handling === "") {
        const values = wb.snapshotValues(sheet);
        const row = values.findIndex((r) => r[noticeColumn("loanNo")] === "CG-1") + 1;
        handling = cellAddress(row, noticeColumn("handling"));
        wb.setCell(sheet, handling, "清收保全");
        wb.setCell(sheet, cellAddress(row, noticeColumn("responsible")), "赵六");
      }
    });
    expect(sheets).toEqual(expect.arrayContaining([sheet, "到期提示-东城支行", "到期提示汇总"]));
    expect(value(wb, sheet, handling)).toBe("清收保全");
  });

  it("目标责任书: the same officers' sheets, 考核参数 and 考核汇总; actuals and names typed kept", async () => {
    const wb = MemoryWorkbook.from({
      sheets: [
        {
          name: "台账",
          values: aLedger()
            .withLoan({ officer: "张三", customer: "甲公司", idNumber: null, balance: 100 })
            .withLoan({ officer: "李四", customer: "丙", balance: 80 })
            .values(),
        },
      ],
    });
    wb.setSelection("台账", "A1");
    const L = targetSheetLayout(5);
    const zhang = "目标责任书-张三";
    const actual = cellAddress(L.firstActualRow, monthCol(1));
    const president = cellAddress(L.presidentRow, 1);
    let typed = false;
    const sheets = await roundTrip(wb, async (locale) => {
      const outcome = await createTargetSheets(wb, { asOf: day("2026-03-31"), today: day("2026-03-31"), locale });
      if (!outcome.ok) throw new Error(outcome.problem.message);
      expect(outcome.result.messages).toEqual([]);
      expect(outcome.result.officers.map((o) => o.blocked)).toEqual([null, null]);
      if (!typed) {
        wb.setCell(zhang, actual, 95);
        wb.setCell(zhang, president, "刘行长");
        typed = true;
      }
    });
    expect(sheets).toEqual(expect.arrayContaining([zhang, "目标责任书-李四", "考核参数", "考核汇总"]));
    expect(value(wb, zhang, actual)).toBe(95);
    expect(value(wb, zhang, president)).toBe("刘行长");
  });
});
