import type { Locale } from "../../../core/messages/message";

/** An amount as the pane shows it: two decimals, grouped, with the ledger's unit when it states one. */
export function amountText(amount: number | null, unit: "元" | "万元" | null, locale: Locale): string {
  if (amount === null) return "—";
  const shown = amount.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (unit === null) return shown;
  return locale === "zh-CN" ? `${shown}${unit}` : `${shown} ${unit}`;
}
