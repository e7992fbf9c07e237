import { isNoticeSheetName, NOTICE_SUMMARY_SHEET } from "../../../src/core/maturity/notice-sheet-names";
import { PARAMS_SHEET, SUMMARY_SHEET, TARGET_SHEET_PREFIX } from "../../../src/core/targets/target-sheet-names";
import { formatWarningNumber, parseWarningSheetName } from "../../../src/core/warning/numbering";
import { checkLedgerSheet } from "../../../src/usecases/check-ledger-sheet";
import { createMaturityNotices } from "../../../src/usecases/create-maturity-notices";
import { createTargetSheets } from "../../../src/usecases/create-target-sheets";
import { createWarningForms } from "../../../src/usecases/create-warning-forms";
import { fillScorecards } from "../../../src/usecases/fill-scorecards";
import { clearMarks, markFindings } from "../../../src/usecases/marks";
import { listWarningForms, updateWarningStatus } from "../../../src/usecases/update-warning-status";
import { writeCheckResults } from "../../../src/usecases/write-check-results";
import type { WorkbookPort } from "../../../src/usecases/workbook-port";
import type { Day } from "../../../src/core/values/day";

/**
 * Every command of the add-in that writes to a workbook, as one step each,
 * run on a port the way the task pane runs them. A new use case that writes
 * sheets must be added here (features.test guards that), so that the
 * robustness tests — text stays text, the user's values never change — reach
 * it too.
 */

export interface RunContext {
  /** The ledger sheet. */
  readonly sheet: string;
  readonly asOf: Day;
  readonly today: Day;
}

export interface Feature {
  readonly name: string;
  /** The use-case files the step covers (src/usecases/…). */
  readonly sources: readonly string[];
  /** Runs the step; throws when it does not succeed (a Problem is a failure here: the workbook is a good one). */
  run(port: WorkbookPort, ctx: RunContext): Promise<void>;
  /** Sheets the step writes with text copied from the ledger, by name. */
  readonly copiesInto: (sheet: string) => boolean;
}

/** The name without the "(2)" writeOwnedSheet adds when the user already has a sheet of that name. */
function base(sheet: string): string {
  return sheet.replace(/\(\d+\)$/, "");
}

function ok<T extends { readonly ok: boolean }>(outcome: T, what: string): T {
  if (!outcome.ok) throw new Error(`${what} failed: ${JSON.stringify((outcome as { problem?: unknown }).problem)}`);
  return outcome;
}

export const FEATURES: readonly Feature[] = [
  {
    name: "台账检查 (check, write 检查结果, mark, clear marks)",
    sources: [
      "check-ledger-sheet.ts",
      "write-check-results.ts",
      "marks.ts",
      "mark-registry.ts",
      "settings-store.ts",
      "owned-sheets.ts",
    ],
    async run(port, ctx) {
      const outcome = ok(
        await checkLedgerSheet(port, { sheet: ctx.sheet, asOf: ctx.asOf, today: ctx.today }),
        "the check",
      );
      if (!outcome.ok) return;
      await writeCheckResults(port, outcome);
      await markFindings(port, outcome.sheet, outcome.result.findings);
      await clearMarks(port);
      // Marked again, so that the workbook ends with marks on it, as a user leaves it.
      await markFindings(port, outcome.sheet, outcome.result.findings);
    },
    copiesInto: (s) => base(s) === "检查结果",
  },
  {
    name: "检查评分 (fillScorecards)",
    sources: ["fill-scorecards.ts"],
    async run(port, ctx) {
      ok(await fillScorecards(port, { sheet: ctx.sheet, asOf: ctx.asOf, today: ctx.today }), "fillScorecards");
    },
    copiesInto: (s) => s.startsWith("评分依据-"),
  },
  {
    name: "风险预警 (createWarningForms from 预警信号)",
    sources: ["create-warning-forms.ts", "warning-workbook.ts"],
    async run(port, ctx) {
      const created = ok(
        await createWarningForms(port, { from: { kind: "signals", sheet: ctx.sheet }, today: ctx.today }),
        "createWarningForms",
      );
      // Run again, every loan already has its open form and is skipped for that; anything else is a failure.
      if (created.ok && created.forms.length === 0 && !created.skipped.every((k) => k.reason === "open-form")) {
        throw new Error(`createWarningForms made no form: ${JSON.stringify(created.skipped)}`);
      }
    },
    copiesInto: (s) => parseWarningSheetName(s) !== null || base(s) === "预警登记簿",
  },
  {
    name: "预警状态 (updateWarningStatus: a form in force to 处理中)",
    sources: ["update-warning-status.ts"],
    async run(port, ctx) {
      const first = (await listWarningForms(port, { today: ctx.today })).open.find((r) => r.status === "生效");
      if (first === undefined) throw new Error("no warning form in force to update");
      const number = formatWarningNumber(first.number);
      ok(
        await updateWarningStatus(port, { number, change: { to: "处理中" }, today: ctx.today }),
        "updateWarningStatus",
      );
    },
    copiesInto: (s) => parseWarningSheetName(s) !== null || base(s) === "预警登记簿",
  },
  {
    name: "到期提示 (createMaturityNotices)",
    sources: ["create-maturity-notices.ts"],
    async run(port, ctx) {
      ok(
        await createMaturityNotices(port, { sheet: ctx.sheet, asOf: ctx.asOf, today: ctx.today }),
        "createMaturityNotices",
      );
    },
    copiesInto: (s) => isNoticeSheetName(s) || base(s) === NOTICE_SUMMARY_SHEET,
  },
  {
    name: "目标责任书 (createTargetSheets)",
    sources: ["create-target-sheets.ts"],
    async run(port, ctx) {
      ok(await createTargetSheets(port, { sheet: ctx.sheet, asOf: ctx.asOf, today: ctx.today }), "createTargetSheets");
    },
    copiesInto: (s) => s.startsWith(TARGET_SHEET_PREFIX) || base(s) === SUMMARY_SHEET || base(s) === PARAMS_SHEET,
  },
];
