import type { Finding } from "../../../src/core/findings/finding";
import {
  isExpectedProblem,
  type Expectation,
  type ExpectedCheck,
  type ExpectedProblem,
} from "../../fixtures/hostile/hostile-case";

/** What a path made of a case: a problem that stopped the check, or the check's findings. */
export type Observed =
  | { readonly kind: "problem"; readonly code: string; readonly message: string; readonly hint: string }
  | {
      readonly kind: "checked";
      readonly sheet: string;
      readonly findings: readonly ObservedFinding[];
      readonly dataRows: number;
    };

export type ObservedFinding = Pick<Finding, "rule" | "severity" | "row" | "cell" | "message" | "hint" | "value">;

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;
/** A stack trace or a runtime's words leaking into what a user reads. */
const LEAKS = /\n\s+at .+:\d+|node:internal|\bundefined\b|\[object \w+\]|\bNaN\b|TypeError|RangeError|ReferenceError/;
const CHINESE = /[\u4e00-\u9fff]/;

/** Text a user reads: in Chinese, not empty, without a stack trace or a programmer's placeholder. */
export function expectReadable(text: string, what: string): void {
  if (!CHINESE.test(text)) throw new Error(`${what} is not in Chinese: ${text.slice(0, 200)}`);
  const leak = LEAKS.exec(text);
  if (leak !== null) throw new Error(`${what} leaks "${leak[0]}": ${text.slice(0, 300)}`);
}

function describeFindings(findings: readonly ObservedFinding[]): string {
  const lines = findings.slice(0, 40).map((f) => `  ${f.rule} ${f.cell ?? `row ${f.row}`}: ${f.message.slice(0, 120)}`);
  if (findings.length > 40) lines.push(`  … ${findings.length - 40} more`);
  return lines.join("\n");
}

function expectProblem(observed: Observed, expected: ExpectedProblem): void {
  if (observed.kind !== "problem") {
    throw new Error(
      `expected the problem "${expected.problem}", but the sheet was checked:\n${describeFindings(observed.findings)}`,
    );
  }
  expect(observed.code).toBe(expected.problem);
  expectReadable(observed.message, "the problem's message");
  expectReadable(observed.hint, "the problem's hint");
  expect(`${observed.message}\n${observed.hint}`).toContain(expected.fragment);
}

function expectCheck(observed: Observed, expected: ExpectedCheck): void {
  if (observed.kind !== "checked") {
    throw new Error(`expected a check, got the problem ${observed.code}: ${observed.message} / ${observed.hint}`);
  }
  const at = (f: ObservedFinding, where: { cell?: string; row?: number }): boolean =>
    (where.cell === undefined || f.cell === where.cell) && (where.row === undefined || f.row === where.row);
  for (const e of expected.findings) {
    const hits = observed.findings.filter((f) => f.rule === e.rule && at(f, e));
    if (hits.length === 0) {
      throw new Error(
        `no ${e.rule} finding at ${e.cell ?? `row ${e.row}`}; found:\n${describeFindings(observed.findings)}`,
      );
    }
    if (!hits.some((f) => `${f.message}\n${f.hint}`.includes(e.fragment))) {
      throw new Error(`the ${e.rule} finding at ${e.cell ?? e.row} does not say "${e.fragment}": ${hits[0]?.message}`);
    }
  }
  for (const a of expected.absent ?? []) {
    const wrong = observed.findings.filter((f) => f.rule === a.rule && at(f, a));
    if (wrong.length > 0) {
      throw new Error(`unexpected ${a.rule} finding(s):\n${describeFindings(wrong)}`);
    }
  }
  if (expected.dataRows !== undefined) expect(observed.dataRows).toBe(expected.dataRows);
  for (const f of observed.findings) {
    expectReadable(f.message, `the ${f.rule} message at ${f.cell ?? f.row}`);
    if (f.hint !== "") expectReadable(f.hint, `the ${f.rule} hint at ${f.cell ?? f.row}`);
    // A message quotes the cell; it must still fit where it is shown (a cell of 检查结果, a note, a terminal).
    expect(f.message.length + f.hint.length).toBeLessThan(2_000);
  }
}

/** Asserts that what a path made of a case is what the case expects. */
export function expectOutcome(observed: Observed, expected: Expectation): void {
  if (isExpectedProblem(expected)) expectProblem(observed, expected);
  else expectCheck(observed, expected);
}
