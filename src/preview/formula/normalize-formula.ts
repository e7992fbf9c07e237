/**
 * Rewrites an Excel formula into the dialect HyperFormula parses, without
 * changing what it means:
 * - sheet names that Excel accepts unquoted but HyperFormula does not (any
 *   non-Latin letter, e.g. `检查结果!A1`) are quoted: `'检查结果'!A1`;
 * - the Chinese names of the DH functions (`DH.五级分类(`), which Excel shows
 *   in a Chinese UI, become their ids (`DH.CLASSIFY(`), since HyperFormula's
 *   function names are Latin only.
 * Text inside string literals and already-quoted sheet names is left alone.
 */
const NAME_CHAR = /[\p{L}\p{N}_.]/u;
const SHEET_REF = /[\p{L}\p{N}_.]+(?=!)/uy;
const FUNCTION_CALL = /([\p{L}_][\p{L}\p{N}_.]*)(?=\s*\()/uy;
/** What HyperFormula reads as an unquoted sheet name. */
const HF_UNQUOTED_SHEET = /^[A-Za-z\u00C0-\u02AF0-9_]+$/;

export function normalizeFormula(formula: string, functionIds: ReadonlyMap<string, string>): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = closingQuote(formula, i, ch);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const atNameStart = i === 0 || !NAME_CHAR.test(formula[i - 1] as string);
    if (atNameStart && NAME_CHAR.test(ch)) {
      SHEET_REF.lastIndex = i;
      const sheet = SHEET_REF.exec(formula);
      if (sheet) {
        const name = sheet[0];
        out += HF_UNQUOTED_SHEET.test(name) ? name : `'${name}'`;
        i += name.length;
        continue;
      }
      FUNCTION_CALL.lastIndex = i;
      const call = FUNCTION_CALL.exec(formula);
      if (call) {
        const name = call[1] as string;
        out += functionIds.get(name.toUpperCase()) ?? name;
        i += name.length;
        continue;
      }
      // Any other name (a cell reference, TRUE …): copy it whole so that its tail is not mistaken for a start.
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j] as string)) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index just past the quote closing the literal opened at `start` (a doubled quote is an escaped one). */
function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return text.length;
}
