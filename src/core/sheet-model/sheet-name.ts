/** Excel's longest sheet name, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME = 31;

/**
 * The characters Excel refuses in a sheet name, each replaced by its
 * full-width form: a branch called `城关/东城支行` becomes `城关／东城支行`,
 * which reads the same to a Chinese user, rather than losing the character.
 */
const FORBIDDEN: Readonly<Record<string, string>> = {
  ":": "：",
  "\\": "＼",
  "/": "／",
  "?": "？",
  "*": "＊",
  "[": "［",
  "]": "］",
};

/**
 * A name Excel accepts for a sheet, as close to `base` as possible: the
 * forbidden characters `: \ / ? * [ ]` replaced by their full-width forms,
 * line breaks and runs of spaces as one space, no apostrophe at either end,
 * at most `max` characters (31, Excel's limit; a caller that will add a
 * suffix such as `(2)` asks for fewer) without splitting a character, never
 * empty and never the reserved `History`.
 */
export function safeSheetName(base: string, max: number = MAX_SHEET_NAME): string {
  let name = base
    .replace(/[:\\/?*[\]]/g, (ch) => FORBIDDEN[ch] ?? "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  name = truncate(name, Math.max(1, Math.min(max, MAX_SHEET_NAME)))
    .replace(/'+$/, "")
    .trim();
  if (name === "") return "_";
  return name.toLowerCase() === "history" ? truncate(`${name}_`, MAX_SHEET_NAME) : name;
}

/** The first `max` code units, backing off one when that would cut a surrogate pair in half. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const last = s.charCodeAt(max - 1);
  const cut = last >= 0xd800 && last <= 0xdbff ? max - 1 : max;
  return s.slice(0, cut);
}
