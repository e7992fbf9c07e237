/** A1 addressing: 0-based column index ↔ letters, and cell addresses. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Address of a cell from its 1-based row and 0-based column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rangeAddress(row1: number, col1: number, row2: number, col2: number): string {
  return `${cellAddress(row1, col1)}:${cellAddress(row2, col2)}`;
}

/** Parses "B12" into 1-based row and 0-based column; null when it is not a cell address. */
export function parseCellAddress(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) return null;
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

/**
 * Quotes a sheet name for use in a formula or reference ('检查结果'!A1),
 * doubling single quotes. Always quoting is valid Excel and avoids names that
 * look like cell references (e.g. a sheet called "AB12").
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
