/** Who manages a loan: 行级干部管大户、客户部门管中户、营业单位管小户. */
export type Tier = "行级" | "部门" | "网点";

/** Tier by balance; each cut-off belongs to the higher tier. */
export function tier(balance: number, large: number, medium: number): Tier {
  if (balance >= large) return "行级";
  if (balance >= medium) return "部门";
  return "网点";
}
