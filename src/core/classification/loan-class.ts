/** The five tiers, in order of severity. */
export const LOAN_CLASSES = ["正常", "关注", "次级", "可疑", "损失"] as const;
export type LoanClass = (typeof LOAN_CLASSES)[number];

/** 0 for 正常 … 4 for 损失. */
export function classRank(c: LoanClass): number {
  return LOAN_CLASSES.indexOf(c);
}

export function worseClass(a: LoanClass, b: LoanClass): LoanClass {
  return classRank(a) >= classRank(b) ? a : b;
}

/** 次级, 可疑 and 损失 are non-performing (不良). */
export function isNonPerforming(c: LoanClass): boolean {
  return classRank(c) >= 2;
}
