import { compactText } from "../values/normalize-text";
import { isCreditCode } from "./credit-code";
import { isResidentId } from "./resident-id";

/**
 * Which kind of identifier a cell holds, after turning full-width characters
 * to half-width and removing spaces (IDs are often typed in full-width mode
 * or pasted with spaces). A resident ID is tried first: an 18-digit string
 * could in principle pass both checks, and ledgers hold far more people
 * than organisations with all-digit codes.
 */
export function idKind(text: string): "resident" | "credit-code" | null {
  const compact = compactText(text);
  if (isResidentId(compact)) return "resident";
  if (isCreditCode(compact)) return "credit-code";
  return null;
}

/** True when the text is a valid resident ID or 统一社会信用代码. */
export function idValid(text: string): boolean {
  return idKind(text) !== null;
}
