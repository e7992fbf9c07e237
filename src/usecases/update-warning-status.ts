import type { Locale } from "../core/messages/message";
import { warningText, type WarningMessageId } from "../core/messages/warning-messages";
import { dayToIso, type Day } from "../core/values/day";
import { formatWarningNumber, parseWarningNumberText, warningNumberKey } from "../core/warning/numbering";
import { applyStatusChange, type StatusChange } from "../core/warning/status";
import { isOverdue, openFormsForPane, type WarningRecord } from "../core/warning/warning-record";
import { problemFromPortError, ProblemError, type Problem } from "./problem";
import { gatherWarnings, rewriteForm, saveWarnings, writeRegister } from "./warning-workbook";
import type { WorkbookPort } from "./workbook-port";

export interface UpdateWarningStatusRequest {
  /** The form: its number as printed (〔2026〕第001号) or its sheet's name (预警2026-001). */
  readonly number: string;
  readonly change: StatusChange;
  readonly today: Day;
  readonly locale?: Locale;
}

export type UpdateWarningStatusOutcome =
  | {
      readonly ok: true;
      readonly record: WarningRecord;
      readonly register: string;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly problem: Problem };

const REFUSAL: Readonly<Record<string, WarningMessageId>> = {
  final: "warning.problem.status.final",
  same: "warning.problem.status.same",
  "no-reason": "warning.problem.status.no-reason",
  "release-before-filing": "warning.problem.status.release-before-filing",
};

function refusal(reason: string, record: WarningRecord, locale: Locale): Problem {
  const id = REFUSAL[reason] ?? "warning.problem.status.final";
  const params = {
    number: formatWarningNumber(record.number),
    status: record.status,
    filed: dayToIso(record.filedOn),
  };
  return {
    code: "settings-invalid",
    message: warningText(id, locale, params),
    hint: warningText("warning.problem.status.hint", locale),
  };
}

/**
 * Changes a form's status from the pane (处理中; 已解除 with its release date;
 * 作废 with a reason) and shows it on both the form and the register. The
 * form is rewritten with every typed cell carried over; a voided form keeps
 * its number, its sheet and its row, marked 作废 — nothing is deleted.
 * Statuses people picked in the register since the last run are taken over
 * first, and their forms follow too.
 */
export async function updateWarningStatus(
  port: WorkbookPort,
  request: UpdateWarningStatusRequest,
): Promise<UpdateWarningStatusOutcome> {
  const locale = request.locale ?? "zh-CN";
  try {
    const wanted = parseWarningNumberText(request.number);
    // Only the form being changed is read (one round trip in Excel, not one per open form); the
    // register's other rows keep what was last read from their forms.
    const gathered = await gatherWarnings(port, {
      today: request.today,
      locale,
      readForms: false,
      alsoRead: wanted === null ? [] : [wanted],
    });
    const key = wanted === null ? null : warningNumberKey(wanted);
    const record = gathered.records.find((r) => warningNumberKey(r.number) === key);
    if (record === undefined) {
      return {
        ok: false,
        problem: {
          code: "sheet-not-found",
          message: warningText("warning.problem.unknown-form", locale, { number: request.number }),
          hint: warningText("warning.problem.unknown-form.hint", locale),
        },
      };
    }
    const applied = applyStatusChange(record, request.change);
    if (!applied.ok) return { ok: false, problem: refusal(applied.reason, record, locale) };
    const updated = applied.value;
    const records = gathered.records.map((r) => (r === record ? updated : r));

    await saveWarnings(port, { counter: gathered.counter, records }, locale);
    const notes = [...gathered.notes];
    for (const r of records) {
      if (r !== updated && !gathered.adopted.has(warningNumberKey(r.number))) continue;
      const rewritten = await rewriteForm(port, r, gathered, locale);
      if (rewritten.note !== undefined) notes.push(rewritten.note);
    }
    const register = await writeRegister(port, records, gathered.typed, locale);
    if (register.message !== undefined) notes.push(register.message);
    return { ok: true, record: updated, register: register.sheet, notes };
  } catch (e) {
    const known = problemFromPortError(e, "", locale);
    if (known !== null) return { ok: false, problem: known };
    if (ProblemError.is(e)) return { ok: false, problem: e.problem };
    throw e;
  }
}

export interface WarningList {
  /** Open forms, overdue first. */
  readonly open: readonly WarningRecord[];
  /** How many open forms are past their feedback deadline. */
  readonly overdue: number;
  /** Every form ever numbered. */
  readonly total: number;
  readonly notes: readonly string[];
  readonly problems: readonly Problem[];
}

/**
 * The forms for the pane's list, from the records and the register (the form
 * sheets are not read: that would cost a round trip per form in Excel).
 * Read only: nothing is written, not even statuses taken from the register.
 */
export async function listWarningForms(
  port: WorkbookPort,
  request: { readonly today: Day; readonly locale?: Locale },
): Promise<WarningList> {
  const locale = request.locale ?? "zh-CN";
  const gathered = await gatherWarnings(port, { today: request.today, locale, readForms: false });
  const open = openFormsForPane(gathered.records, request.today);
  return {
    open,
    overdue: open.filter((r) => isOverdue(r, request.today)).length,
    total: gathered.records.length,
    notes: gathered.notes,
    problems: gathered.problems,
  };
}
