import { ExcelStandIn, type Rect } from "../../support/excel-stand-in";

/**
 * The Excel stand-in finds a sheet's used range by walking every cell, and
 * reads `Math` and `Infinity` from the global object for each one. Inside
 * jest's sandbox every global read goes through the vm context's interceptor,
 * about a hundred times slower than in Node: for the million-row case (three
 * million cells, asked for its used range a dozen times per check) that is
 * over ten minutes spent in the test double, not in the add-in. This puts in
 * the same walk with those globals read once. It is checked against the
 * stand-in's own on a small sheet every time it is installed, so a change to
 * the stand-in's rules shows here instead of being papered over.
 * (Better fixed in test/support/excel-stand-in.ts itself; until then, here.)
 */

interface CellLike {
  readonly t: string;
  readonly f?: unknown;
  readonly nf?: unknown;
  readonly fill?: unknown;
  readonly font?: unknown;
  readonly borders?: unknown;
  readonly hAlign?: unknown;
  readonly vAlign?: unknown;
  readonly wrap?: unknown;
}

interface SheetLike {
  readonly cells: Map<number, CellLike>;
  used(valuesOnly: boolean): Rect | null;
}

const MAX_COLS = 16_384;
const { floor } = Math;

function fastUsed(this: SheetLike, valuesOnly: boolean): Rect | null {
  let r1 = Number.MAX_SAFE_INTEGER;
  let c1 = Number.MAX_SAFE_INTEGER;
  let r2 = -1;
  let c2 = -1;
  for (const [k, cell] of this.cells) {
    const hasValue = cell.t !== "Empty" || cell.f !== undefined;
    if (!hasValue) {
      if (valuesOnly) continue;
      const hasFormat =
        cell.nf !== undefined ||
        cell.fill !== undefined ||
        cell.font !== undefined ||
        cell.borders !== undefined ||
        cell.hAlign !== undefined ||
        cell.vAlign !== undefined ||
        cell.wrap !== undefined;
      if (!hasFormat) continue;
    }
    const r = floor(k / MAX_COLS);
    const c = k - r * MAX_COLS;
    if (r < r1) r1 = r;
    if (r > r2) r2 = r;
    if (c < c1) c1 = c;
    if (c > c2) c2 = c;
  }
  return r2 < 0 ? null : { r1, c1, r2, c2 };
}

function sheetOf(excel: ExcelStandIn, name: string): SheetLike {
  const sheet = excel.state.find(name) as unknown as SheetLike | null;
  if (sheet === null) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** The stand-in's walk and ours agree on a sheet with values, formulas, formats and gaps. */
function verify(original: SheetLike["used"]): void {
  const probe = new ExcelStandIn({
    sheets: [
      { name: "values", rows: [[null, "a"], [], [null, null, 3]], cells: { E9: { formula: "=1", value: null } } },
      { name: "formats", rows: [[1]], fills: { H20: "#FF0000", B30: "#00FF00" } },
      { name: "empty" },
    ],
  });
  for (const name of ["values", "formats", "empty"]) {
    const sheet = sheetOf(probe, name);
    for (const valuesOnly of [true, false]) {
      const want = JSON.stringify(original.call(sheet, valuesOnly));
      const got = JSON.stringify(fastUsed.call(sheet, valuesOnly));
      if (want !== got) throw new Error(`fast used range differs from the stand-in's on ${name}: ${got} vs ${want}`);
    }
  }
}

/** Installs the faster walk on the stand-in's sheets; returns the undo. */
export function fastUsedRange(excel: ExcelStandIn): () => void {
  const first = excel.state.sheets[0] as unknown as SheetLike | undefined;
  if (first === undefined) return () => undefined;
  const prototype = Object.getPrototypeOf(first) as SheetLike & { used: SheetLike["used"] };
  const original = prototype.used;
  verify(original);
  prototype.used = fastUsed;
  return () => {
    prototype.used = original;
  };
}
