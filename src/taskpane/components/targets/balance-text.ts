/** A balance as the pane shows it: two decimals, grouped, in the ledger's unit when it states one. */
export function balanceText(amount: number, unit: "元" | "万元" | null): string {
  const text = amount.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return unit === null ? text : `${text} ${unit}`;
}
