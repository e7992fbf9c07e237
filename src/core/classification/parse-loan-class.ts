import { makeEnumParser, type EnumTable } from "../values/parse-enum";
import type { Parsed } from "../values/parsed";
import type { LoanClass } from "./loan-class";

const CHINESE_DIGITS = ["一", "二", "三"] as const;

/**
 * Spellings of the sub-grades of the twelve-grade scheme (正常1–3, 关注1–3,
 * 次级1–2, 可疑1–2, 损失) that banks use internally: `正常1`, `正常一`,
 * `正常一级`, `正常1级`. Each maps back to its tier.
 */
function subGrades(tier: LoanClass, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    for (const digit of [String(i + 1), CHINESE_DIGITS[i] ?? ""]) {
      out.push(`${tier}${digit}`, `${tier}${digit}级`);
    }
  }
  return out;
}

const LOAN_CLASS_TABLE: EnumTable<LoanClass> = {
  正常: [...subGrades("正常", 3), "Normal"],
  关注: [...subGrades("关注", 3), "Special mention", "Special-mention", "Watch"],
  次级: [...subGrades("次级", 2), "Substandard", "Sub-standard"],
  可疑: [...subGrades("可疑", 2), "Doubtful"],
  损失: ["Loss"],
};

/**
 * Reads a five-tier class. Nothing beyond the listed names is guessed: a
 * four-class label such as `逾期` or `呆滞` is invalid, not mapped.
 */
export const parseLoanClass: (value: unknown) => Parsed<LoanClass> = makeEnumParser(LOAN_CLASS_TABLE);
