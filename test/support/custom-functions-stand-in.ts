/**
 * A stand-in for Excel's custom-functions runtime globals: the error type the
 * functions return and `CustomFunctions.associate`, which records what a
 * bundle registers the way Excel's runtime would.
 */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class StandInError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export interface StandInRuntime {
  readonly registered: Map<string, (...args: unknown[]) => unknown>;
  readonly CustomFunctions: {
    Error: typeof StandInError;
    ErrorCode: typeof ErrorCode;
    associate: (id: string, fn: (...args: unknown[]) => unknown) => void;
  };
}

export function makeStandInRuntime(): StandInRuntime {
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  return {
    registered,
    CustomFunctions: {
      Error: StandInError,
      ErrorCode,
      associate: (id, fn) => {
        if (registered.has(id)) throw new Error(`${id} registered twice`);
        registered.set(id, fn);
      },
    },
  };
}

/** Installs the stand-in as the global `CustomFunctions` (for tests that import functions.ts directly). */
export function installStandInRuntime(): StandInRuntime {
  const runtime = makeStandInRuntime();
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = runtime.CustomFunctions;
  return runtime;
}

/** What a cell would show: the value, or the error code and message. */
export function shown(v: unknown): unknown {
  if (v instanceof StandInError) return { error: v.code, message: v.message };
  if (Array.isArray(v)) return v.map(shown);
  return v;
}
