import { LOAN_CLASSES } from "../classification/loan-class";
import type { WarningMessageId } from "../messages/warning-messages";
import { cellAddress, rangeAddress } from "../sheet-model/a1";
import { SIGNAL_CATEGORIES } from "./signal-category";
import { WARNING_SOURCES } from "./warning-form";
import { WARNING_LEVELS } from "./warning-level";

/**
 * Where everything sits on a 风险预警信号处理表: one fixed grid of six
 * columns (label, value, label, value, label, value), described as data and
 * compiled once. Fixed, because re-running reads the form back by position —
 * what people typed is carried over cell by cell — and because a register
 * entry must be able to find the level and category on any form it lists.
 */
export const FORM_COLUMNS = 6;

export const MEASURES = ["inspect", "limit", "stop", "collateral", "recall", "preserve", "sue", "other"] as const;
export type Measure = (typeof MEASURES)[number];
export const APPROVERS = ["officer", "department", "vice-president", "president"] as const;
export type Approver = (typeof APPROVERS)[number];

/** Cells people fill (some prefilled from the ledger): carried over whenever the form is rewritten. */
export type InputField =
  | "level"
  | "branch"
  | "source"
  | "customer"
  | "idNumber"
  | "industry"
  | "rating"
  | "officer"
  | "loanNo"
  | "contractNo"
  | "product"
  | "disbursed"
  | "maturity"
  | "rate"
  | "amount"
  | "balance"
  | "guarantee"
  | "class"
  | "overduePrincipal"
  | "overdueInterest"
  | "overdueDays"
  | "creditLimit"
  | "purpose"
  | "category"
  | "discoveredOn"
  | "discoverer"
  | "description"
  | "evidence"
  | "cause"
  | "impact"
  | "proposedClass"
  | "proposedClassNote"
  | `taken.${Measure}`
  | `plan.${Measure}`
  | `opinion.${Approver}`
  | `signature.${Approver}`
  | `signedOn.${Approver}`
  | "result"
  | "releaseCondition"
  | "releasedOn"
  | "releaseApprover";

/** Cells the add-in writes every time (number, status, dates it computes, derived text). */
export type OwnedField = "number" | "status" | "filedOn" | "deadline" | "ledgerLink" | "capitals";

export type CellKind = "text" | "date" | "amount" | "rate" | "days";

type Slot =
  | { readonly kind: "label"; readonly text: WarningMessageId; readonly span?: number }
  | {
      readonly kind: "input";
      readonly field: InputField;
      readonly span?: number;
      readonly format?: CellKind;
      readonly list?: readonly string[];
    }
  | { readonly kind: "owned"; readonly field: OwnedField; readonly span?: number; readonly format?: CellKind }
  /** ☐ / ☑ by formula from a measure's 是/否 cell, so the box ticks in Excel without the add-in. */
  | { readonly kind: "box"; readonly measure: Measure };

type RowSpec =
  | { readonly kind: "title" }
  | { readonly kind: "stamp" }
  | { readonly kind: "section"; readonly text: WarningMessageId }
  | { readonly kind: "cells"; readonly slots: readonly Slot[]; readonly height?: number; readonly header?: boolean }
  | { readonly kind: "note" };

const YES_NO = ["是", "否"] as const;

const label = (text: WarningMessageId, span?: number): Slot =>
  span === undefined ? { kind: "label", text } : { kind: "label", text, span };

const MEASURE_LABEL: Readonly<Record<Measure, WarningMessageId>> = {
  inspect: "warning.form.measure.inspect",
  limit: "warning.form.measure.limit",
  stop: "warning.form.measure.stop",
  collateral: "warning.form.measure.collateral",
  recall: "warning.form.measure.recall",
  preserve: "warning.form.measure.preserve",
  sue: "warning.form.measure.sue",
  other: "warning.form.measure.other",
};

const APPROVER_LABEL: Readonly<Record<Approver, WarningMessageId>> = {
  officer: "warning.form.approver.officer",
  department: "warning.form.approver.department",
  "vice-president": "warning.form.approver.vice-president",
  president: "warning.form.approver.president",
};

/** The form, top to bottom (rules.md §4.2's blocks, in the issue's order). */
const ROWS: readonly RowSpec[] = [
  { kind: "title" },
  {
    kind: "cells",
    slots: [
      label("warning.form.number"),
      { kind: "owned", field: "number" },
      label("warning.form.status"),
      { kind: "owned", field: "status" },
      label("warning.form.level"),
      { kind: "input", field: "level", list: WARNING_LEVELS },
    ],
  },
  { kind: "stamp" },
  { kind: "section", text: "warning.form.section.basic" },
  {
    kind: "cells",
    slots: [
      label("warning.form.branch"),
      { kind: "input", field: "branch" },
      label("warning.form.filed-on"),
      { kind: "owned", field: "filedOn", format: "date" },
      label("warning.form.source"),
      { kind: "input", field: "source", list: WARNING_SOURCES },
    ],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.deadline"),
      { kind: "owned", field: "deadline", format: "date" },
      label("warning.form.ledger-row"),
      { kind: "owned", field: "ledgerLink", span: 3 },
    ],
  },
  { kind: "section", text: "warning.form.section.customer" },
  {
    kind: "cells",
    slots: [
      label("warning.form.customer"),
      { kind: "input", field: "customer", span: 3 },
      label("warning.form.id-number"),
      { kind: "input", field: "idNumber" },
    ],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.industry"),
      { kind: "input", field: "industry" },
      label("warning.form.rating"),
      { kind: "input", field: "rating" },
      label("warning.form.officer"),
      { kind: "input", field: "officer" },
    ],
  },
  { kind: "section", text: "warning.form.section.exposure" },
  {
    kind: "cells",
    slots: [
      label("warning.form.loan-no"),
      { kind: "input", field: "loanNo" },
      label("warning.form.contract-no"),
      { kind: "input", field: "contractNo" },
      label("warning.form.product"),
      { kind: "input", field: "product" },
    ],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.disbursed"),
      { kind: "input", field: "disbursed", format: "date" },
      label("warning.form.maturity"),
      { kind: "input", field: "maturity", format: "date" },
      label("warning.form.rate"),
      { kind: "input", field: "rate", format: "rate" },
    ],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.amount"),
      { kind: "input", field: "amount", format: "amount" },
      label("warning.form.balance"),
      { kind: "input", field: "balance", format: "amount" },
      label("warning.form.guarantee"),
      { kind: "input", field: "guarantee" },
    ],
  },
  {
    kind: "cells",
    slots: [label("warning.form.balance-capitals"), { kind: "owned", field: "capitals", span: 5 }],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.class"),
      { kind: "input", field: "class" },
      label("warning.form.overdue-principal"),
      { kind: "input", field: "overduePrincipal", format: "amount" },
      label("warning.form.overdue-interest"),
      { kind: "input", field: "overdueInterest", format: "amount" },
    ],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.overdue-days"),
      { kind: "input", field: "overdueDays", format: "days" },
      label("warning.form.credit-limit"),
      { kind: "input", field: "creditLimit", format: "amount" },
      label("warning.form.purpose"),
      { kind: "input", field: "purpose" },
    ],
  },
  { kind: "section", text: "warning.form.section.signal" },
  {
    kind: "cells",
    slots: [
      label("warning.form.category"),
      { kind: "input", field: "category", list: SIGNAL_CATEGORIES },
      label("warning.form.discovered-on"),
      { kind: "input", field: "discoveredOn", format: "date" },
      label("warning.form.discoverer"),
      { kind: "input", field: "discoverer" },
    ],
  },
  {
    kind: "cells",
    height: 48,
    slots: [label("warning.form.description"), { kind: "input", field: "description", span: 5 }],
  },
  {
    kind: "cells",
    height: 30,
    slots: [label("warning.form.evidence"), { kind: "input", field: "evidence", span: 5 }],
  },
  { kind: "section", text: "warning.form.section.analysis" },
  { kind: "cells", height: 60, slots: [label("warning.form.cause"), { kind: "input", field: "cause", span: 5 }] },
  { kind: "cells", height: 45, slots: [label("warning.form.impact"), { kind: "input", field: "impact", span: 5 }] },
  {
    kind: "cells",
    slots: [
      label("warning.form.proposed-class"),
      { kind: "input", field: "proposedClass", list: LOAN_CLASSES },
      label("warning.form.proposed-class-note"),
      { kind: "input", field: "proposedClassNote", span: 3 },
    ],
  },
  { kind: "section", text: "warning.form.section.measures" },
  {
    kind: "cells",
    header: true,
    slots: [
      label("warning.form.measure", 3),
      label("warning.form.measure-taken"),
      label("warning.form.measure-plan", 2),
    ],
  },
  ...MEASURES.map((m): RowSpec => ({
    kind: "cells",
    slots: [
      { kind: "box", measure: m },
      { kind: "label", text: MEASURE_LABEL[m], span: 2 },
      { kind: "input", field: `taken.${m}`, list: YES_NO },
      { kind: "input", field: `plan.${m}`, span: 2 },
    ],
  })),
  { kind: "section", text: "warning.form.section.approvals" },
  {
    kind: "cells",
    header: true,
    slots: [
      label("warning.form.approval-step"),
      label("warning.form.opinion", 3),
      label("warning.form.signature"),
      label("warning.form.date"),
    ],
  },
  ...APPROVERS.map((a): RowSpec => ({
    kind: "cells",
    height: 45,
    slots: [
      label(APPROVER_LABEL[a]),
      { kind: "input", field: `opinion.${a}`, span: 3 },
      { kind: "input", field: `signature.${a}` },
      { kind: "input", field: `signedOn.${a}`, format: "date" },
    ],
  })),
  { kind: "section", text: "warning.form.section.follow-up" },
  { kind: "cells", height: 60, slots: [label("warning.form.result"), { kind: "input", field: "result", span: 5 }] },
  {
    kind: "cells",
    height: 30,
    slots: [label("warning.form.release-condition"), { kind: "input", field: "releaseCondition", span: 5 }],
  },
  {
    kind: "cells",
    slots: [
      label("warning.form.released-on"),
      { kind: "input", field: "releasedOn", format: "date" },
      label("warning.form.release-approver"),
      { kind: "input", field: "releaseApprover", span: 3 },
    ],
  },
  { kind: "note" },
];

/** One placed cell: its 1-based row, 0-based column and width in columns. */
export interface Placed {
  readonly row: number;
  readonly col: number;
  readonly span: number;
  /** A1 of its top-left cell (the merge's value cell). */
  readonly cell: string;
  /** The merge, when it spans more than one column. */
  readonly range: string;
}

export type PlacedSlot =
  | (Placed & { readonly kind: "label"; readonly text: WarningMessageId })
  | (Placed & {
      readonly kind: "input";
      readonly field: InputField;
      readonly format: CellKind;
      readonly list: readonly string[] | null;
    })
  | (Placed & { readonly kind: "owned"; readonly field: OwnedField; readonly format: CellKind })
  | (Placed & { readonly kind: "box"; readonly measure: Measure });

export interface FormLayout {
  readonly slots: readonly PlacedSlot[];
  readonly titleRow: number;
  readonly stampRow: number;
  readonly noteRow: number;
  readonly sections: readonly { readonly row: number; readonly text: WarningMessageId }[];
  /** Rows of column headings inside a block (measures, approvals). */
  readonly headerRows: readonly number[];
  readonly heights: Readonly<Record<number, number>>;
  readonly lastRow: number;
  readonly input: ReadonlyMap<InputField, Placed>;
  readonly owned: ReadonlyMap<OwnedField, Placed>;
}

function place(row: number, col: number, span: number): Placed {
  return {
    row,
    col,
    span,
    cell: cellAddress(row, col),
    range: span > 1 ? rangeAddress(row, col, row, col + span - 1) : cellAddress(row, col),
  };
}

function compile(rows: readonly RowSpec[]): FormLayout {
  const slots: PlacedSlot[] = [];
  const sections: { row: number; text: WarningMessageId }[] = [];
  const headerRows: number[] = [];
  const heights: Record<number, number> = {};
  let titleRow = 0;
  let stampRow = 0;
  let noteRow = 0;
  rows.forEach((spec, index) => {
    const row = index + 1;
    switch (spec.kind) {
      case "title":
        titleRow = row;
        return;
      case "stamp":
        stampRow = row;
        return;
      case "note":
        noteRow = row;
        return;
      case "section":
        sections.push({ row, text: spec.text });
        return;
      case "cells": {
        if (spec.height !== undefined) heights[row] = spec.height;
        if (spec.header) headerRows.push(row);
        let col = 0;
        for (const slot of spec.slots) {
          const span = slot.kind === "box" ? 1 : (slot.span ?? 1);
          const at = place(row, col, span);
          if (slot.kind === "label") slots.push({ ...at, kind: "label", text: slot.text });
          else if (slot.kind === "box") slots.push({ ...at, kind: "box", measure: slot.measure });
          else if (slot.kind === "input")
            slots.push({
              ...at,
              kind: "input",
              field: slot.field,
              format: slot.format ?? "text",
              list: slot.list ?? null,
            });
          else slots.push({ ...at, kind: "owned", field: slot.field, format: slot.format ?? "text" });
          col += span;
        }
        // A layout bug, caught by the layout's own test the moment a row is edited.
        if (col !== FORM_COLUMNS) throw new Error(`Form row ${row} spans ${col} columns, not ${FORM_COLUMNS}`);
        return;
      }
    }
  });
  const input = new Map<InputField, Placed>();
  const owned = new Map<OwnedField, Placed>();
  for (const s of slots) {
    if (s.kind === "input") input.set(s.field, s);
    else if (s.kind === "owned") owned.set(s.field, s);
  }
  return { slots, titleRow, stampRow, noteRow, sections, headerRows, heights, lastRow: rows.length, input, owned };
}

export const FORM_LAYOUT: FormLayout = compile(ROWS);

/** A1 of a field's cell (its merge's top-left). */
export function formCell(field: InputField | OwnedField): string {
  const placed = FORM_LAYOUT.input.get(field as InputField) ?? FORM_LAYOUT.owned.get(field as OwnedField) ?? null;
  // Every field of the two unions is placed; the layout test checks it.
  return placed === null ? "A1" : placed.cell;
}
