import type { LedgerLayout, LoanRow } from "../ledger/ledger-types";
import type { Locale } from "../messages/message";
import { ymdFromDay, type Day } from "../values/day";
import { nextWarningNumbers, type WarningCounter, type WarningNumber } from "./numbering";
import { isOpenStatus } from "./status";
import { warningFormFromRow, type WarningForm, type WarningOrigin } from "./warning-form";
import { formSignalKey, type WarningRecord } from "./warning-record";
import { addWorkingDays } from "./working-days";

/** A ledger row that may get a form, and why. */
export interface WarningCandidate {
  readonly row: LoanRow;
  readonly layout: LedgerLayout;
  readonly origin: WarningOrigin;
}

/** A candidate that does not get a form, and why not. */
export type WarningSkip =
  /** The loan already has an open form (生效 or 处理中) for the same signal. */
  | { readonly kind: "open-form"; readonly form: WarningForm; readonly existing: WarningNumber }
  /** The same loan and signal came twice in this request (two selected rows, a duplicated 借据号). */
  | { readonly kind: "duplicate"; readonly form: WarningForm; readonly sameAsRow: number };

export interface WarningPlan {
  /** Forms to create, numbered in the candidates' order. */
  readonly forms: readonly WarningForm[];
  readonly skipped: readonly WarningSkip[];
  /** The counter after these numbers (store it when the forms are written). */
  readonly counter: WarningCounter;
}

export interface PlanOptions {
  readonly records: readonly WarningRecord[];
  readonly counter: WarningCounter;
  /** Every number visible in the workbook (register, form sheet names): never reused. */
  readonly seen: readonly WarningNumber[];
  readonly filedOn: Day;
  readonly feedbackWorkingDays: number;
  readonly locale?: Locale;
}

const DRAFT_NUMBER: WarningNumber = { year: 0, seq: 0 };

/**
 * Decides which candidates get forms and numbers them. Re-running never
 * duplicates: a loan with an open form for the same signal is reported, not
 * given a second form; a released or voided one does not stand in the way
 * (the signal came back: it is warned again). Pure.
 */
export function planWarningForms(candidates: readonly WarningCandidate[], options: PlanOptions): WarningPlan {
  const open = new Map<string, WarningNumber>();
  for (const r of options.records) if (isOpenStatus(r.status)) open.set(r.key, r.number);
  const deadline = addWorkingDays(options.filedOn, options.feedbackWorkingDays);
  const draft = (c: WarningCandidate, number: WarningNumber): WarningForm =>
    warningFormFromRow(c.row, c.layout, {
      number,
      filedOn: options.filedOn,
      deadline,
      origin: c.origin,
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    });

  const keep: WarningCandidate[] = [];
  const skipped: WarningSkip[] = [];
  const taken = new Map<string, number>();
  for (const c of candidates) {
    const form = draft(c, DRAFT_NUMBER);
    const key = formSignalKey(form);
    const existing = open.get(key);
    const earlier = taken.get(key);
    if (existing !== undefined) skipped.push({ kind: "open-form", form, existing });
    else if (earlier !== undefined) skipped.push({ kind: "duplicate", form, sameAsRow: earlier });
    else {
      taken.set(key, c.row.sheetRow);
      keep.push(c);
    }
  }

  // A new year starts again at 001: the number's year is the filing date's.
  const year = ymdFromDay(options.filedOn).year;
  const { numbers, counter } = nextWarningNumbers(options.counter, year, keep.length, options.seen);
  const forms = keep.map((c, i) => draft(c, numbers[i] ?? DRAFT_NUMBER));
  return { forms, skipped, counter };
}
