/**
 * The result of reading one cell as a typed value. Parsers never throw on bad
 * input; they say why the value could not be read so that a rule can name it.
 */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: "empty" }
  | { readonly ok: false; readonly reason: "invalid"; readonly raw: unknown }
  | { readonly ok: false; readonly reason: "error-value"; readonly raw: unknown };

export const parsedOk = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const parsedEmpty: Parsed<never> = { ok: false, reason: "empty" };
export const parsedInvalid = (raw: unknown): Parsed<never> => ({ ok: false, reason: "invalid", raw });
export const parsedErrorValue = (raw: unknown): Parsed<never> => ({ ok: false, reason: "error-value", raw });
