import type { SheetInfo } from "./workbook-port";

/** Excel compares sheet names without case: "Summary" and "SUMMARY" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

export function findSheet(sheets: readonly SheetInfo[], name: string): SheetInfo | undefined {
  return sheets.find((s) => sameSheetName(s.name, name));
}

/** Excel's limit on a sheet name's length. */
const MAX_NAME = 31;

/**
 * The n-th alternative to a name, as Excel numbers copies: `检查结果(2)`,
 * `检查结果(3)` …, shortening the name so the suffix fits in 31 characters.
 */
export function numberedName(base: string, n: number): string {
  const suffix = `(${n})`;
  return base.slice(0, MAX_NAME - suffix.length) + suffix;
}
