import { RULE_IDS } from "../findings/finding";
import type { Locale } from "../messages/message";
import { scoreText, type ScoreMessageId } from "../messages/score-messages";
import { DEFAULT_SETTINGS } from "../settings/defaults";
import { cellAddress } from "../sheet-model/a1";
import { isBlank, isExcelError, type CellValue } from "../values/cell-value";
import { compactText } from "../values/normalize-text";
import { parseNumber } from "../values/parse-number";
import { round2 } from "./round2";
import { parseRuleSources, sourceText, type RuleSourceError } from "./rule-source";
import type { RuleSource, ScoringStandard, StandardItem, StandardProblem } from "./scoring-standard";
import {
  REQUIRED_STANDARD_COLUMNS,
  STANDARD_COLUMN_LABEL,
  STANDARD_COLUMNS,
  STANDARD_PARAMS,
  type StandardColumn,
  type StandardParam,
} from "./standard-columns";

export interface ParseStandardOptions {
  /** The sheet's name, for messages (default 评分标准). */
  readonly sheet?: string;
  readonly locale?: Locale;
}

export interface ParsedStandard {
  /** The standard, or null when the sheet has problems: an invalid standard is never used. */
  readonly standard: ScoringStandard | null;
  readonly problems: readonly StandardProblem[];
}

/** Header words per column, compared without spaces, brackets or case, in both languages. */
const HEADER_WORDS: Readonly<Record<StandardColumn, readonly string[]>> = {
  category: ["类别", "类别名称", "category"],
  item: ["项目", "评分项目", "检查项目", "考核项目", "item"],
  points: ["标准分", "分值", "标准分值", "points"],
  description: ["扣分标准", "评分细则", "考核标准", "deductionstandard", "description"],
  perOccurrence: ["每次扣分", "每笔扣分", "单次扣分", "peroccurrence"],
  cap: ["扣分上限", "最高扣分", "cap"],
  sources: ["自动来源规则", "来源规则", "自动来源", "rulesources", "sources"],
  special: ["特别扣分", "specialdeduction"],
  mode: ["评分方式", "scoring", "mode"],
  veto: ["一票否决", "veto"],
};

/** Label beginnings of the parameters below the items. */
const PARAM_WORDS: Readonly<Record<StandardParam, readonly string[]>> = {
  excellent: ["优秀", "excellent"],
  good: ["良好", "good"],
  pass: ["合格", "pass"],
  threshold: ["扣罚分数线", "扣罚线", "penaltythreshold"],
  amount: ["扣罚金额", "penaltyamount"],
  days: ["整改期限", "rectification"],
};

/** Words that end the list of items. */
const END_WORDS = ["合计", "总计", "total", "评分参数", "parameters", "自动来源规则说明", "aboutrulesources"];

const HEADER_SCAN_ROWS = 30;
const YES = new Set(["是", "y", "yes", "true", "√", "✓", "1"]);
const NO = new Set(["否", "n", "no", "false", "×", "0", ""]);
const AUTO = new Set(["自动", "auto", "automatic"]);
const MANUAL = new Set(["手工", "手动", "人工", "manual"]);

/** Compact, lower case, without bracketed remarks such as （文字） or (元). */
function word(value: CellValue): string {
  if (typeof value !== "string") return typeof value === "number" ? String(value) : "";
  return compactText(value)
    .replace(/\([^)]*\)/g, "")
    .toLowerCase();
}

/** A cell as the user wrote it, trimmed, runs of whitespace as one space; full-width punctuation kept. */
function shown(value: CellValue): string {
  if (isExcelError(value)) return value.code;
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : String(value);
}

/**
 * Reads the 评分标准 sheet back (values from A1, as readValues gives them)
 * and validates it: points adding up to the full mark, deductions and caps
 * of at least 0, rule sources the ledger check knows, each finding counted
 * in one item only, sane bands. Every problem names the row and cell and
 * says what to write instead; with any problem the standard is not used.
 */
export function parseStandard(
  values: readonly (readonly CellValue[])[],
  options: ParseStandardOptions = {},
): ParsedStandard {
  const locale = options.locale ?? "zh-CN";
  const sheet = options.sheet ?? scoreText("score.sheet.standard", {}, locale);
  const problems: StandardProblem[] = [];
  const say = (
    id: ScoreMessageId,
    row: number | null,
    col: number | null,
    params: Record<string, string | number> = {},
  ): void => {
    const cell = row === null || col === null ? null : cellAddress(row, col);
    problems.push({
      row,
      cell,
      message: scoreText(id, { sheet, row: row ?? "", cell: cell ?? "", ...params }, locale),
    });
  };
  const at = (r: number, c: number | undefined): CellValue => (c === undefined ? null : (values[r]?.[c] ?? null));

  const header = findHeader(values);
  if (header === null) {
    say("score.problem.no-header", null, null);
    return { standard: null, problems };
  }
  const { index: headerIndex, columns } = header;
  const headerRow = headerIndex + 1;
  for (const key of REQUIRED_STANDARD_COLUMNS) {
    if (columns[key] === undefined) {
      say("score.problem.missing-column", headerRow, null, {
        header: scoreText(STANDARD_COLUMN_LABEL[key], {}, locale),
      });
    }
  }
  if (problems.length > 0) return { standard: null, problems };

  const items: StandardItem[] = [];
  const itemRows = new Map<string, number>();
  const sourceOwners = new Map<string, { row: number; item: string }>();
  let badRows = 0;
  let r = headerIndex + 1;
  for (; r < values.length; r++) {
    const row = values[r] ?? [];
    if (endsItems(row)) break;
    const used = STANDARD_COLUMNS.filter((k) => columns[k] !== undefined && !isBlank(at(r, columns[k])));
    if (used.length === 0) continue;
    const item = parseItemRow(r, r + 1);
    if (item !== null) items.push(item);
    else badRows++;
  }

  if (items.length === 0 && badRows === 0) say("score.problem.no-items", null, null);
  const params = parseParams(values, r, problems, say, locale);

  const full = DEFAULT_SETTINGS.scoring.full;
  // With a row unreadable the sum says nothing useful; that row's own problem comes first.
  if (items.length > 0 && badRows === 0) {
    const sum = round2(items.reduce((s, i) => s + i.points, 0));
    if (Math.abs(sum - full) > 1e-9) {
      const diff = round2(Math.abs(sum - full));
      say("score.problem.points-sum", null, null, {
        sum,
        full,
        diff: scoreText(sum > full ? "score.problem.sum-over" : "score.problem.sum-under", { n: diff }, locale),
      });
    }
  }
  if (problems.length > 0 || params === null) return { standard: null, problems };
  return { standard: { items, full, ...params }, problems };

  function label(key: StandardColumn): string {
    return scoreText(STANDARD_COLUMN_LABEL[key], {}, locale);
  }

  function parseItemRow(r: number, sheetRow: number): StandardItem | null {
    const before = problems.length;
    const col = (k: StandardColumn): number | undefined => columns[k];
    const itemCol = col("item") ?? 0;
    const name = shown(at(r, col("item")));
    if (name === "") {
      say("score.problem.item-empty", sheetRow, itemCol);
      return null;
    }
    const first = itemRows.get(name.toLowerCase());
    if (first !== undefined) say("score.problem.item-duplicate", sheetRow, itemCol, { item: name, first });
    else itemRows.set(name.toLowerCase(), sheetRow);
    // COUNTIFS reads * ? ~ as wildcards and a leading = < > as a comparison.
    if (/[*?~]/.test(name) || /^[=<>]/.test(name)) say("score.problem.item-chars", sheetRow, itemCol, { item: name });

    const points = number(r, sheetRow, "points", true, 10);
    const perOccurrence = number(r, sheetRow, "perOccurrence", true, 1);
    const cap = number(r, sheetRow, "cap", false, 10);
    const special = number(r, sheetRow, "special", false, 5);

    let sources: readonly RuleSource[] = [];
    let sourceErrors = 0;
    const sourcesCol = col("sources");
    if (sourcesCol !== undefined) {
      const parsed = parseRuleSources(shown(at(r, sourcesCol)));
      sourceErrors = parsed.errors.length;
      for (const e of parsed.errors) sourceProblem(e, sheetRow, sourcesCol);
      sources = parsed.sources;
      for (const s of sources) {
        const id = sourceText(s);
        const owner = sourceOwners.get(id);
        if (owner !== undefined) {
          say("score.problem.source-twice", sheetRow, sourcesCol, { token: id, first: owner.row, item: owner.item });
        } else {
          sourceOwners.set(id, { row: sheetRow, item: name });
        }
      }
    }

    const modeCol = col("mode");
    const modeWord = word(at(r, modeCol));
    let manual: boolean;
    if (modeWord === "") manual = sources.length === 0;
    else if (AUTO.has(modeWord)) manual = false;
    else if (MANUAL.has(modeWord)) manual = true;
    else {
      say("score.problem.mode", sheetRow, modeCol ?? 0, { value: shown(at(r, modeCol)) });
      manual = false;
    }
    // (A cell whose only source was unreadable has its own problem already.)
    if (!manual && sources.length === 0 && sourceErrors === 0 && modeWord !== "") {
      say("score.problem.auto-without-rules", sheetRow, sourcesCol ?? modeCol ?? 0, { item: name });
    }

    const vetoCol = col("veto");
    const vetoValue = at(r, vetoCol);
    const vetoWord = typeof vetoValue === "boolean" ? String(vetoValue) : word(vetoValue);
    let veto = false;
    if (YES.has(vetoWord)) veto = true;
    else if (!NO.has(vetoWord)) say("score.problem.veto", sheetRow, vetoCol ?? 0, { value: shown(vetoValue) });

    if (problems.length > before || points === null || perOccurrence === null) return null;
    return {
      category: shown(at(r, col("category"))),
      item: name,
      points,
      description: shown(at(r, col("description"))),
      perOccurrence,
      specialDeduction: special,
      cap: cap ?? points,
      sources,
      manual,
      veto,
    };
  }

  /** A number of at least 0 from the row's cell; null (with a problem when required or unreadable) otherwise. */
  function number(r: number, sheetRow: number, key: StandardColumn, required: boolean, example: number): number | null {
    const c = columns[key];
    const value = at(r, c);
    const parsed = parseNumber(value);
    if (parsed.ok) {
      if (parsed.value < 0) {
        say("score.problem.negative", sheetRow, c ?? 0, { header: label(key), value: parsed.value });
        return null;
      }
      return parsed.value;
    }
    if (parsed.reason === "empty") {
      if (required) say("score.problem.required", sheetRow, c ?? 0, { header: label(key), example });
      return null;
    }
    say("score.problem.not-number", sheetRow, c ?? 0, { header: label(key), value: shown(value), example });
    return null;
  }

  function sourceProblem(e: RuleSourceError, sheetRow: number, c: number): void {
    if (e.kind === "unknown-rule") {
      say("score.problem.unknown-rule", sheetRow, c, { token: e.token, rules: RULE_IDS.join(", ") });
    } else if (e.kind === "no-filter") {
      say("score.problem.no-filter", sheetRow, c, { token: e.token });
    } else {
      const allowed = e.allowed.length > 8 ? `${e.allowed.slice(0, 8).join(", ")} …` : e.allowed.join(", ");
      say("score.problem.unknown-filter", sheetRow, c, { token: e.token, allowed });
    }
  }
}

/** The header row (0-based) and where each known column is, or null. */
function findHeader(
  values: readonly (readonly CellValue[])[],
): { index: number; columns: Partial<Record<StandardColumn, number>> } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
    const columns: Partial<Record<StandardColumn, number>> = {};
    (values[r] ?? []).forEach((cell, c) => {
      const w = word(cell);
      if (w === "") return;
      for (const key of STANDARD_COLUMNS) {
        if (columns[key] === undefined && HEADER_WORDS[key].includes(w)) columns[key] = c;
      }
    });
    if (columns.item !== undefined && columns.points !== undefined) return { index: r, columns };
  }
  return null;
}

function firstWord(row: readonly CellValue[]): { word: string; col: number } | null {
  for (let c = 0; c < row.length; c++) {
    const w = word(row[c] ?? null);
    if (w !== "") return { word: w, col: c };
  }
  return null;
}

/**
 * The 合计 row or a heading below the items; also a parameter row (a label
 * and its number: two cells at most) when the user deleted both, so that 优秀
 * is not read as an item. An item row fills more cells than that.
 */
function endsItems(row: readonly CellValue[]): boolean {
  const first = firstWord(row);
  if (first === null) return false;
  if (END_WORDS.includes(first.word)) return true;
  const filled = row.filter((c) => !isBlank(c)).length;
  return filled <= 2 && paramOf(first.word) !== null;
}

function paramOf(w: string): StandardParam | null {
  for (const key of STANDARD_PARAMS) if (PARAM_WORDS[key].some((p) => w.startsWith(p))) return key;
  return null;
}

type Say = (
  id: ScoreMessageId,
  row: number | null,
  col: number | null,
  params?: Record<string, string | number>,
) => void;

/**
 * The parameters below the items: a label (优秀, 扣罚金额 …) followed on its
 * row by a number. A parameter the sheet leaves out takes the settings'
 * default; one that is there but unreadable is a problem.
 */
function parseParams(
  values: readonly (readonly CellValue[])[],
  from: number,
  problems: StandardProblem[],
  say: Say,
  locale: Locale,
): Omit<ScoringStandard, "items" | "full"> | null {
  const d = DEFAULT_SETTINGS.scoring;
  const found: Partial<Record<StandardParam, { value: number; row: number; col: number }>> = {};
  const before = problems.length;
  const examples: Record<StandardParam, number> = {
    excellent: d.bands[0],
    good: d.bands[1],
    pass: d.bands[2],
    threshold: d.penaltyThreshold,
    amount: d.penaltyAmount,
    days: d.rectificationDays,
  };
  for (let r = from; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = firstWord(row);
    if (first === null) continue;
    const key = paramOf(first.word);
    if (key === null || found[key] !== undefined) continue;
    let c = first.col + 1;
    while (c < row.length && isBlank(row[c] ?? null)) c++;
    const value = row[c] ?? null;
    const parsed = parseNumber(value);
    const labelText = shown(row[first.col] ?? null);
    if (!parsed.ok) {
      say("score.problem.param", r + 1, Math.min(c, Math.max(first.col + 1, row.length - 1)), {
        label: labelText,
        value: shown(value),
        example: examples[key],
      });
      continue;
    }
    found[key] = { value: parsed.value, row: r + 1, col: c };
  }
  const full = d.full;
  const bands: [number, number, number] = [
    found.excellent?.value ?? d.bands[0],
    found.good?.value ?? d.bands[1],
    found.pass?.value ?? d.bands[2],
  ];
  if (!(bands[0] <= full && bands[0] > bands[1] && bands[1] > bands[2] && bands[2] >= 0)) {
    say("score.problem.bands", null, null, { full, excellent: bands[0], good: bands[1], pass: bands[2] });
  }
  const threshold = found.threshold;
  if (threshold !== undefined && (threshold.value < 0 || threshold.value > full)) {
    say("score.problem.threshold", threshold.row, threshold.col, { value: threshold.value, full });
  }
  const amount = found.amount;
  if (amount !== undefined && amount.value < 0) {
    say("score.problem.negative", amount.row, amount.col, {
      header: scoreText("score.param.amount", {}, locale),
      value: amount.value,
    });
  }
  const days = found.days;
  if (days !== undefined && (!Number.isInteger(days.value) || days.value < 1 || days.value > 365)) {
    say("score.problem.days", days.row, days.col, { value: days.value });
  }
  if (problems.length > before) return null;
  return {
    bands,
    penaltyThreshold: threshold?.value ?? d.penaltyThreshold,
    penaltyAmount: amount?.value ?? d.penaltyAmount,
    rectificationDays: days?.value ?? d.rectificationDays,
  };
}
