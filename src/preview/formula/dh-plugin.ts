import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
// Type-only deep imports: HyperFormula does not re-export the plugin method's argument types.
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { ProcedureAst } from "hyperformula/typings/parser";
import zhNames from "../../functions/metadata.zh-CN.json";
import { isExcelError } from "../../core/values/cell-value";
import { customFunctionsError, installCustomFunctionsShim } from "./custom-functions-shim";
import { DH_FUNCTIONS, DH_NAMESPACE, type DhFunction, type ParamKind } from "./dh-functions";
import { errorTypeOf, fromInterpreterScalar, fromRange } from "./hf-values";

/**
 * Registers every DH.* custom function with HyperFormula as a function
 * plugin that calls the implementation in src/functions/functions.ts — the
 * same code Excel runs — with arguments shaped the way Excel passes them:
 * a range as rows of cells, a single value as [[v]], an omitted argument as
 * null. Results that are rows of cells spill like Excel's dynamic arrays;
 * a CustomFunctions.Error becomes the matching error value with its message.
 */
const methodName = (spec: DhFunction): string => `dh_${spec.id}`;
const sizeMethodName = (spec: DhFunction): string => `dh_${spec.id}_size`;
export const dhName = (spec: DhFunction): string => `${DH_NAMESPACE}.${spec.id}`;

class DhPlugin extends FunctionPlugin {
  evaluateDh(spec: DhFunction, ast: ProcedureAst, state: InterpreterState) {
    const predicted = spec.result === "matrix" ? this.sizeDh(spec, ast, state) : null;
    // callDh returns HyperFormula's own value types (numbers, text, CellError, SimpleRangeValue …).
    return this.runFunction(
      ast.args,
      state,
      this.metadata(dhName(spec)),
      (...args: unknown[]) => callDh(spec, args, predicted) as never,
    );
  }

  /** The spill size: the common shape of the ranges given to "each" parameters (as the function itself computes it). */
  sizeDh(spec: DhFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    let width = 1;
    let height = 1;
    spec.params.forEach((kind, i) => {
      const arg = ast.args[i];
      if (kind !== "each" || arg === undefined) return;
      const size = this.arraySizeForAst(arg, state);
      if (width * height === 1 && size.width * size.height > 1) {
        width = size.width;
        height = size.height;
      }
    });
    return new ArraySize(width, height);
  }
}

function argumentOf(kind: ParamKind, v: unknown): unknown {
  if (v === undefined || v === EmptyValue) return null;
  if (kind === "scalar") return v instanceof SimpleRangeValue ? fromRange(v) : fromInterpreterScalar(v);
  return v instanceof SimpleRangeValue ? fromRange(v) : [[fromInterpreterScalar(v)]];
}

function scalarResult(v: unknown): unknown {
  if (v === null || v === undefined) return EmptyValue;
  const cfError = customFunctionsError(v);
  if (cfError !== null) return new CellError(errorTypeOf(cfError.code), cfError.message);
  if (isExcelError(v)) return new CellError(errorTypeOf(v.code));
  if (typeof v === "number") return Number.isFinite(v) ? v : new CellError(ErrorType.NUM);
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (Array.isArray(v)) return scalarResult((v[0] as unknown[] | undefined)?.[0]);
  return new CellError(ErrorType.VALUE);
}

function callDh(spec: DhFunction, args: readonly unknown[], predicted: ArraySize | null): unknown {
  const given: unknown[] = [];
  for (let i = 0; i < spec.params.length; i++) {
    const kind = spec.params[i] ?? "each";
    const arg = argumentOf(kind, args[i]);
    // A range where Excel expects one value is an error there too.
    if (kind === "scalar" && Array.isArray(arg)) {
      const only = arg.length === 1 && (arg[0] as unknown[]).length === 1 ? (arg[0] as unknown[])[0] : undefined;
      if (only === undefined) return new CellError(ErrorType.VALUE);
      given.push(only);
    } else {
      given.push(arg);
    }
  }
  let out: unknown;
  try {
    out = (spec.impl as (...a: unknown[]) => unknown)(...given);
  } catch (err) {
    // The functions turn bad arguments into error values; anything thrown is a bug, shown rather than hidden.
    return new CellError(ErrorType.VALUE, err instanceof Error ? err.message : String(err));
  }
  if (predicted === null || (predicted.width === 1 && predicted.height === 1)) return scalarResult(out);
  const rows = Array.isArray(out) ? (out as unknown[][]) : [[out]];
  return SimpleRangeValue.onlyValues(fit(rows, predicted) as never);
}

/**
 * The result in the predicted spill size. A single value (an argument error
 * such as mismatched range shapes) fills the whole area, so the error shows
 * on every cell; a smaller array is padded with #N/A as Excel pads arrays.
 */
function fit(rows: unknown[][], size: ArraySize): unknown[][] {
  const single = rows.length === 1 && rows[0]?.length === 1;
  const out: unknown[][] = [];
  for (let r = 0; r < size.height; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < size.width; c++) {
      const v = single ? rows[0]?.[0] : rows[r]?.[c];
      row.push(v === undefined && !single ? new CellError(ErrorType.NA) : scalarResult(v));
    }
    out.push(row);
  }
  return out;
}

let registered = false;

/**
 * The DH functions' Chinese names as Excel shows them in a Chinese UI
 * (`DH.五级分类`) → their ids (`DH.CLASSIFY`); HyperFormula's function names
 * are Latin only, so formulas are rewritten with this map (normalize-formula.ts).
 */
export const DH_FUNCTION_IDS: ReadonlyMap<string, string> = new Map(
  DH_FUNCTIONS.flatMap((spec) => {
    const zh = (zhNames as Record<string, { name?: string } | undefined>)[spec.id]?.name;
    return zh === undefined ? [] : [[`${DH_NAMESPACE}.${zh}`.toUpperCase(), dhName(spec)] as const];
  }),
);

/** Registers the DH.* functions with HyperFormula once per process. */
export function registerDhFunctions(): void {
  if (registered) return;
  installCustomFunctionsShim();
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  const proto = DhPlugin.prototype as unknown as Record<string, unknown>;
  for (const spec of DH_FUNCTIONS) {
    const name = dhName(spec);
    implemented[name] = {
      method: methodName(spec),
      ...(spec.result === "matrix" ? { sizeOfResultArrayMethod: sizeMethodName(spec) } : {}),
      parameters: spec.params.map((_, i) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: i >= spec.required,
      })),
      vectorizationForbidden: true,
    };
    translations[name] = name;
    proto[methodName(spec)] = function (this: DhPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.evaluateDh(spec, ast, state);
    };
    proto[sizeMethodName(spec)] = function (this: DhPlugin, ast: ProcedureAst, state: InterpreterState) {
      return this.sizeDh(spec, ast, state);
    };
  }
  (DhPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(DhPlugin as never, { enGB: translations });
  registered = true;
}
