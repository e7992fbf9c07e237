import { functionText } from "../core/messages/functions-messages";
import { ArgError } from "./arg-error";
import { isCustomFunctionsError, valueError } from "./excel-error";

/** A custom-function argument: a range arrives as rows of cells, an omitted optional one as null (or undefined). */
export type Arg = unknown[][] | null | undefined;

type Shape = readonly [rows: number, cols: number];

function shapeOf(m: unknown[][]): Shape {
  return [m.length, m[0]?.length ?? 0];
}

function describe([r, c]: Shape): string {
  return `${r}×${c}`;
}

/**
 * The shape of the result: the common shape of every argument that is a
 * range of more than one cell; single cells and omitted arguments broadcast.
 */
export function resultShape(args: readonly Arg[]): Shape {
  let shape: Shape = [1, 1];
  for (const a of args) {
    if (!a || a.length === 0) continue;
    const s = shapeOf(a);
    if (s[0] * s[1] <= 1) continue;
    if (shape[0] * shape[1] > 1 && (shape[0] !== s[0] || shape[1] !== s[1])) {
      throw new ArgError(functionText("fn.shape-mismatch", { a: describe(shape), b: describe(s) }));
    }
    shape = s;
  }
  return shape;
}

function cellAt(a: Arg, r: number, c: number): unknown {
  if (!a || a.length === 0) return null;
  if (a.length === 1 && (a[0]?.length ?? 0) === 1) return a[0]?.[0] ?? null;
  return a[r]?.[c] ?? null;
}

/**
 * Applies `fn` cell by cell over arguments that are single values or ranges,
 * returning a spilled array of the common shape. A bad value makes only its
 * own cell #VALUE! (with the message), never the whole spill or the runtime.
 */
export function mapCells(args: readonly Arg[], fn: (values: unknown[]) => unknown): unknown[][] {
  let shape: Shape;
  try {
    shape = resultShape(args);
  } catch (err) {
    if (ArgError.is(err)) return [[valueError(err.message)]];
    throw err;
  }
  const out: unknown[][] = new Array(shape[0]);
  const values: unknown[] = new Array(args.length);
  for (let r = 0; r < shape[0]; r++) {
    const row: unknown[] = new Array(shape[1]);
    for (let c = 0; c < shape[1]; c++) {
      for (let i = 0; i < args.length; i++) values[i] = cellAt(args[i], r, c);
      row[c] = guard(() => fn(values));
    }
    out[r] = row;
  }
  return out;
}

/** Runs one computation, turning an argument problem into #VALUE! with its message. */
export function guard<T>(compute: () => T): T | CustomFunctions.Error {
  try {
    return compute();
  } catch (err) {
    if (ArgError.is(err)) return valueError(err.message);
    if (isCustomFunctionsError(err)) return err;
    throw err;
  }
}

/** Every cell of an argument, row by row (for aggregate functions). */
export function flatten(a: Arg): unknown[] {
  if (!a) return [];
  const out: unknown[] = [];
  for (const row of a) for (const v of row) out.push(v);
  return out;
}
