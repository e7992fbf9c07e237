/**
 * Text normalisation for reading cells typed on Chinese keyboards, where an
 * IME in full-width mode produces `２０２６／３／５`, `（１,２００）` or an
 * ideographic space, and where ledgers pad names with line breaks.
 */

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
/** Distance from a full-width ASCII form (U+FF01–FF5E) to its ASCII letter. */
const FULL_WIDTH_SHIFT = 0xfee0;

/** Brackets outside the U+FF01–FF5E block that people use as () and []. */
const BRACKETS: Readonly<Record<string, string>> = {
  "【": "[",
  "】": "]",
};

/** Full-width ASCII → ASCII, ideographic space → space, 【】 → []. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) {
      out += String.fromCharCode(code - FULL_WIDTH_SHIFT);
    } else if (code === 0x3000) {
      out += " ";
    } else {
      out += BRACKETS[ch] ?? ch;
    }
  }
  return out;
}

/** Half-width, trimmed, every run of whitespace (line breaks included) as one space. */
export function normalizeText(s: string): string {
  // JS `\s` covers \n, \r, \t, U+00A0, U+3000 and U+FEFF.
  return toHalfWidth(s).replace(/\s+/g, " ").trim();
}

/** Half-width with all whitespace removed: the form used to compare labels such as `正 常` with `正常`. */
export function compactText(s: string): string {
  return toHalfWidth(s).replace(/\s+/g, "");
}
