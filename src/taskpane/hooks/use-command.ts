import { useCallback, useRef, useState } from "react";
import type { Locale } from "../../core/messages/message";
import { ProblemError, problemFromPortError } from "../../usecases";
import { paneText } from "../../core/messages/pane-messages";

/** What the pane shows when a command could not finish: a Problem's text, never a stack trace. */
export interface ShownProblem {
  readonly message: string;
  readonly hint: string;
}

export type CommandResult<T> =
  | { readonly status: "done"; readonly value: T }
  | { readonly status: "failed"; readonly problem: ShownProblem }
  /** Another command was still running: this one did not start. */
  | { readonly status: "skipped" };

/**
 * Runs one command at a time. The guard is a plain flag checked and set
 * synchronously, so a double click — two events in the same tick, before
 * React has re-rendered with the button disabled — starts the command once.
 * Errors become results: a ProblemError gives its own Chinese message, any
 * other failure a calm generic one (the detail, not the stack, for support).
 */
export class SingleFlight {
  private current: string | null = null;

  constructor(private readonly onChange: (running: string | null) => void = () => undefined) {}

  get running(): string | null {
    return this.current;
  }

  async run<T>(name: string, task: () => Promise<T>, locale: Locale): Promise<CommandResult<T>> {
    if (this.current !== null) return { status: "skipped" };
    this.current = name;
    this.onChange(name);
    try {
      return { status: "done", value: await task() };
    } catch (e) {
      return { status: "failed", problem: problemFromError(e, locale) };
    } finally {
      this.current = null;
      this.onChange(null);
    }
  }
}

/**
 * What to tell the user about an error: a use case's Problem as it is; an
 * adapter error the use cases know (Excel busy after its retries, a
 * protected or missing sheet) as their Problem; an adapter error that can
 * say itself in the user's language (it has `localized`) in its words; and
 * anything else as a calm generic message with one line of detail.
 */
export function problemFromError(e: unknown, locale: Locale): ShownProblem {
  if (ProblemError.is(e)) return { message: e.problem.message, hint: e.problem.hint };
  const known = problemFromPortError(e, "", locale);
  if (known !== null) return { message: known.message, hint: known.hint };
  if (isProblemLike(e)) return { message: e.message, hint: e.hint };
  const localized = localizedText(e, locale);
  if (localized !== null) return { message: localized, hint: paneText("pane.error.host.hint", locale) };
  return {
    message: paneText("pane.error.unexpected", locale),
    hint: paneText("pane.error.unexpected.hint", locale, { detail: errorDetail(e) }),
  };
}

/** The adapters' errors carry `localized(locale)`; they are recognised by shape, not imported (the pane gets a port). */
function localizedText(e: unknown, locale: Locale): string | null {
  if (!(e instanceof Error)) return null;
  const localized = (e as { localized?: unknown }).localized;
  if (typeof localized !== "function") return null;
  const text: unknown = localized.call(e, locale);
  return typeof text === "string" && text !== "" ? text : null;
}

function isProblemLike(e: unknown): e is ShownProblem {
  return (
    typeof e === "object" &&
    e !== null &&
    !(e instanceof Error) &&
    typeof (e as { message?: unknown }).message === "string" &&
    typeof (e as { hint?: unknown }).hint === "string"
  );
}

/** One line naming the error for whoever supports the user; stack traces stay out of the pane. */
function errorDetail(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const line = text.split("\n")[0] ?? "";
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}

export interface Command {
  /** The name of the command running now, or null. */
  readonly running: string | null;
  readonly run: <T>(name: string, task: () => Promise<T>) => Promise<CommandResult<T>>;
}

/** The single-flight runner as a hook, for every feature panel of the pane. */
export function useCommand(locale: Locale): Command {
  const [running, setRunning] = useState<string | null>(null);
  const flight = useRef<SingleFlight | null>(null);
  if (flight.current === null) flight.current = new SingleFlight(setRunning);
  const current = flight.current;
  const run = useCallback(
    <T>(name: string, task: () => Promise<T>) => current.run(name, task, locale),
    [current, locale],
  );
  return { running, run };
}
