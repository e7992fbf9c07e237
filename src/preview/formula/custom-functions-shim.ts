/**
 * The custom functions in src/functions return `new CustomFunctions.Error(…)`
 * for bad arguments; inside Excel that class comes from Office's runtime.
 * Outside Excel (the preview, jest) this installs a stand-in with the same
 * shape, unless one is already there — a test's own stand-in wins, so the
 * `instanceof` checks in the functions and in the formula bridge agree.
 */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class ShimError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

interface CustomFunctionsLike {
  readonly Error: new (code: never, message?: string) => { readonly code: string; readonly message?: string };
}

/** Installs the stand-in when the global is missing; returns the runtime in use. */
export function installCustomFunctionsShim(): CustomFunctionsLike {
  const g = globalThis as unknown as { CustomFunctions?: CustomFunctionsLike };
  if (g.CustomFunctions === undefined) {
    g.CustomFunctions = { Error: ShimError, ErrorCode: ERROR_CODES } as unknown as CustomFunctionsLike;
  }
  return g.CustomFunctions;
}

/** The code and message of a CustomFunctions.Error from whichever runtime is installed, else null. */
export function customFunctionsError(value: unknown): { code: string; message: string } | null {
  const runtime = (globalThis as unknown as { CustomFunctions?: CustomFunctionsLike }).CustomFunctions;
  if (runtime === undefined || !(value instanceof runtime.Error)) return null;
  return { code: value.code, message: value.message ?? "" };
}
