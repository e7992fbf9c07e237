import type { Locale } from "../core/messages/message";
import { usecaseText, type UsecaseMessageId } from "../core/messages/usecase-messages";

/**
 * Why a command could not do what the user asked, in words for the user: a
 * message and what to do about it, in the user's language. Use cases return
 * Problems as data where their result type allows (checkLedgerSheet) and
 * throw them as ProblemError where it does not (writing, marking), so the
 * task pane and the command line show the same text either way.
 */
export type ProblemCode =
  | "no-sheet"
  | "sheet-not-found"
  | "empty-sheet"
  | "no-header"
  | "protected"
  | "busy"
  | "too-large"
  | "settings-invalid"
  | "unreadable";

export interface Problem {
  readonly code: ProblemCode;
  /** zh-CN or en-US, per the locale the command ran in. */
  readonly message: string;
  readonly hint: string;
}

export class ProblemError extends Error {
  override readonly name = "ProblemError";

  constructor(readonly problem: Problem) {
    super(problem.message);
  }

  /** Also true for a ProblemError from another copy of this module (a second bundle), by its shape. */
  static is(e: unknown): e is ProblemError {
    if (e instanceof ProblemError) return true;
    if (!(e instanceof Error) || e.name !== "ProblemError") return false;
    const p = (e as { problem?: unknown }).problem;
    return (
      typeof p === "object" &&
      p !== null &&
      typeof (p as Problem).code === "string" &&
      typeof (p as Problem).message === "string" &&
      typeof (p as Problem).hint === "string"
    );
  }
}

/** A Problem from a message pair of the use-case catalogue (`id` and `id.hint`). */
export function problem(
  code: ProblemCode,
  id: UsecaseMessageId,
  hintId: UsecaseMessageId,
  params: Record<string, string | number>,
  locale: Locale,
): Problem {
  return { code, message: usecaseText(id, params, locale), hint: usecaseText(hintId, params, locale) };
}

export function protectedProblem(sheet: string, locale: Locale): Problem {
  return problem("protected", "usecase.problem.protected", "usecase.problem.protected.hint", { sheet }, locale);
}

export function sheetNotFoundProblem(sheet: string, locale: Locale): Problem {
  return problem(
    "sheet-not-found",
    "usecase.problem.sheet-not-found",
    "usecase.problem.sheet-not-found.hint",
    { sheet },
    locale,
  );
}

/**
 * The Problem behind an error a workbook adapter threw, when it is one the
 * user can act on. Adapters are not imported here (use cases depend only on
 * the port), so their errors are recognised by the `code` they all carry:
 * the memory and .xlsx adapters' `sheet-protected` / `sheet-not-found`,
 * Office.js's `AccessDenied` / `ItemNotFound`, and the Excel adapter's
 * `excel-busy` after its cell-edit retries ran out. Null for anything else,
 * which is a bug to surface as it is, not to dress up.
 */
export function problemFromPortError(e: unknown, sheet: string, locale: Locale): Problem | null {
  if (ProblemError.is(e)) return e.problem;
  if (typeof e !== "object" || e === null) return null;
  const code = (e as { code?: unknown }).code;
  const named = (e as { sheet?: unknown }).sheet;
  const where = typeof named === "string" ? named : sheet;
  switch (code) {
    case "sheet-protected":
    case "AccessDenied":
      return protectedProblem(where, locale);
    case "sheet-not-found":
    case "ItemNotFound":
      return sheetNotFoundProblem(where, locale);
    case "excel-busy":
    case "InvalidOperationInCellEditMode":
      return problem("busy", "usecase.problem.busy", "usecase.problem.busy.hint", {}, locale);
    default:
      return null;
  }
}

/** Runs a port call, turning an adapter error the user can act on into a ProblemError. */
export async function viaPort<T>(sheet: string, locale: Locale, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    const p = problemFromPortError(e, sheet, locale);
    if (p === null || ProblemError.is(e)) throw e;
    throw new ProblemError(p);
  }
}
