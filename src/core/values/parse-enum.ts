import { isBlank, isExcelError } from "./cell-value";
import { compactText } from "./normalize-text";
import { parsedEmpty, parsedErrorValue, parsedInvalid, parsedOk, type Parsed } from "./parsed";

/** Canonical name → the other spellings ledgers use for it. */
export type EnumTable<T extends string> = Readonly<Record<T, readonly string[]>>;

/** Comparison key: no whitespace, half-width, Latin letters in lower case. */
function keyOf(text: string): string {
  return compactText(text).toLowerCase();
}

/** `正常类` and `正常` are the same label; ledgers use both. */
function withoutClassSuffix(key: string): string | null {
  return key.length > 1 && key.endsWith("类") ? key.slice(0, -1) : null;
}

/** The canonical names of a table, in the table's order. */
export function enumValues<T extends string>(table: EnumTable<T>): readonly T[] {
  return Object.keys(table) as T[];
}

/**
 * Builds a parser that accepts a canonical name or any synonym, ignoring
 * whitespace, full-width forms, Latin case and a trailing `类`. Canonical
 * names win over synonyms if a table ever lists the same text twice.
 */
export function makeEnumParser<T extends string>(table: EnumTable<T>): (value: unknown) => Parsed<T> {
  const lookup = new Map<string, T>();
  const add = (text: string, canonical: T): void => {
    const key = keyOf(text);
    if (key !== "" && !lookup.has(key)) lookup.set(key, canonical);
  };
  const names = enumValues(table);
  for (const name of names) add(name, name);
  for (const name of names) for (const synonym of table[name]) add(synonym, name);

  return (value: unknown): Parsed<T> => {
    if (isBlank(value)) return parsedEmpty;
    if (isExcelError(value)) return parsedErrorValue(value);
    if (typeof value !== "string") return parsedInvalid(value);
    const key = keyOf(value);
    const stripped = withoutClassSuffix(key);
    const found = lookup.get(key) ?? (stripped === null ? undefined : lookup.get(stripped));
    return found === undefined ? parsedInvalid(value) : parsedOk(found);
  };
}
