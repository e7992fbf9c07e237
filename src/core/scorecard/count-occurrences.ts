import type { Finding, RuleId } from "../findings/finding";
import { textOf } from "../ledger/field-access";
import type { Ledger, LoanRow } from "../ledger/ledger-types";
import { cellAddress } from "../sheet-model/a1";
import { sourceMatches } from "./rule-source";
import type { ScoringStandard, StandardItem } from "./scoring-standard";

/** One loan's findings in one automatic item: one row of the evidence sheet, one occurrence. */
export interface EvidenceEntry {
  readonly item: string;
  /** The ledger's 1-based row. */
  readonly sheetRow: number;
  /** 借据号, null when the row has none. */
  readonly key: string | null;
  readonly customer: string | null;
  /** The rules behind it, in the order first found. */
  readonly rules: readonly RuleId[];
  /** The findings' messages, each once. */
  readonly problems: readonly string[];
  /** The ledger cell to link to: the first finding's cell, else the row's 借据号 cell, else column A. */
  readonly cell: string;
  /** Counted at the item's 特别扣分 (e.g. a hidden NPL). */
  readonly special: boolean;
}

export interface BranchEvidence {
  readonly branch: string;
  /** Data rows (loans) of the branch in the ledger. */
  readonly loans: number;
  /** Sorted by the standard's item order, then ledger row. */
  readonly entries: readonly EvidenceEntry[];
}

export interface CountOccurrencesOptions {
  /** The branch of rows whose 机构 is empty (or of every row when the ledger has no 机构 column). */
  readonly unassigned?: string;
}

interface Draft {
  readonly item: string;
  readonly itemIndex: number;
  readonly row: LoanRow;
  readonly rules: RuleId[];
  readonly problems: string[];
  readonly cell: string;
  special: boolean;
}

/**
 * The occurrences behind each branch's automatic items, from the ledger
 * check's findings. A loan (a ledger data row) counts once per item however
 * many of its findings the item claims; findings go to items by the
 * standard's rule sources (a filtered source wins over a bare one, see
 * RuleSource); findings not about a loan (header-missing) count nowhere.
 * Every branch with a loan is listed, in the ledger's order, the branch of
 * rows without a 机构 last — a branch with nothing wrong still gets its
 * scorecard (and its 100 points).
 */
export function countOccurrences(
  ledger: Ledger,
  findings: readonly Finding[],
  standard: ScoringStandard,
  options: CountOccurrencesOptions = {},
): BranchEvidence[] {
  const unassigned = options.unassigned ?? "未填机构";
  const rows = new Map<number, LoanRow>();
  const branchOf = (row: LoanRow): string => textOf(row, "branch") ?? unassigned;
  const order: string[] = [];
  const loans = new Map<string, number>();
  for (const row of ledger.rows) {
    if (row.kind !== "data") continue;
    rows.set(row.sheetRow, row);
    const branch = branchOf(row);
    const n = loans.get(branch);
    if (n === undefined) order.push(branch);
    loans.set(branch, (n ?? 0) + 1);
  }

  const assign = itemAssigner(standard);
  const loanNoColumn = ledger.layout.columns.find((c) => c.key === "loanNo")?.index ?? 0;
  const drafts = new Map<string, Draft>();
  for (const f of findings) {
    const row = rows.get(f.row);
    if (row === undefined) continue;
    const claim = assign(f);
    if (claim === null) continue;
    const id = `${claim.index}\u0000${f.row}`;
    let draft = drafts.get(id);
    if (draft === undefined) {
      draft = {
        item: claim.item.item,
        itemIndex: claim.index,
        row,
        rules: [],
        problems: [],
        cell: f.cell ?? cellAddress(f.row, loanNoColumn),
        special: false,
      };
      drafts.set(id, draft);
    }
    if (!draft.rules.includes(f.rule)) draft.rules.push(f.rule);
    if (!draft.problems.includes(f.message)) draft.problems.push(f.message);
    if (claim.special) draft.special = true;
  }

  const byBranch = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    const list = byBranch.get(branchOf(d.row)) ?? [];
    list.push(d);
    byBranch.set(branchOf(d.row), list);
  }
  const ordered = [...order.filter((b) => b !== unassigned), ...order.filter((b) => b === unassigned)];
  return ordered.map((branch) => ({
    branch,
    loans: loans.get(branch) ?? 0,
    entries: (byBranch.get(branch) ?? [])
      .sort((a, b) => a.itemIndex - b.itemIndex || a.row.sheetRow - b.row.sheetRow)
      .map((d) => ({
        item: d.item,
        sheetRow: d.row.sheetRow,
        key: textOf(d.row, "loanNo"),
        customer: textOf(d.row, "customer"),
        rules: d.rules,
        problems: d.problems,
        cell: d.cell,
        special: d.special,
      })),
  }));
}

/** Occurrences of one item: loans at the per-occurrence deduction, and special ones at 特别扣分. */
export interface ItemCount {
  readonly normal: number;
  readonly special: number;
}

/**
 * Counts each automatic item's entries, leaving out those the inspector set
 * aside (剔除) — what the scorecard's COUNTIFS count in Excel.
 */
export function itemCounts(
  entries: readonly EvidenceEntry[],
  isExcluded: (entry: EvidenceEntry) => boolean = () => false,
): Map<string, ItemCount> {
  const counts = new Map<string, ItemCount>();
  for (const e of entries) {
    if (isExcluded(e)) continue;
    const c = counts.get(e.item) ?? { normal: 0, special: 0 };
    counts.set(e.item, e.special ? { ...c, special: c.special + 1 } : { ...c, normal: c.normal + 1 });
  }
  return counts;
}

interface Claim {
  readonly item: StandardItem;
  readonly index: number;
  readonly special: boolean;
}

/**
 * Which automatic item claims a finding: among the sources of its rule, the
 * filtered ones that match come first; only when none does, a bare source.
 * The parser lets each source appear in one item only, so a finding has at
 * most one item (the first, should two filtered sources both match).
 */
function itemAssigner(standard: ScoringStandard): (f: Finding) => Claim | null {
  const byRule = new Map<RuleId, { item: StandardItem; index: number; source: StandardItem["sources"][number] }[]>();
  standard.items.forEach((item, index) => {
    if (item.manual) return;
    for (const source of item.sources) {
      const list = byRule.get(source.rule) ?? [];
      list.push({ item, index, source });
      byRule.set(source.rule, list);
    }
  });
  return (f) => {
    const candidates = byRule.get(f.rule);
    if (candidates === undefined) return null;
    const filtered = candidates.find((c) => c.source.filter !== null && sourceMatches(c.source, f));
    if (filtered !== undefined) return { item: filtered.item, index: filtered.index, special: filtered.source.special };
    const bare = candidates.find((c) => c.source.filter === null);
    return bare === undefined ? null : { item: bare.item, index: bare.index, special: false };
  };
}
