import type { AdapterMessageId } from "../../core/messages/adapter-messages";

/** Excel's own limits on sheet names, checked before writing so the message is ours, not the library's. */
export function sheetNameProblem(name: string): AdapterMessageId | null {
  if (name.trim() === "") return "adapter.sheet-name.empty";
  if (name.length > 31) return "adapter.sheet-name.too-long";
  if (/[:\\/?*[\]]/.test(name)) return "adapter.sheet-name.chars";
  if (name.startsWith("'") || name.endsWith("'")) return "adapter.sheet-name.quote";
  if (name.toLowerCase() === "history") return "adapter.sheet-name.reserved";
  return null;
}

/** Excel compares sheet names without case: "Summary" and "SUMMARY" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}
