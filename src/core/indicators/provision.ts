import { classRank, type LoanClass } from "../classification/loan-class";
import { DEFAULT_SETTINGS, type ProvisionScheme, type Settings } from "../settings/defaults";

/**
 * Specific provision for one loan: balance × the class's reference ratio
 * (2002 银发〔2002〕98号: 0/2%/25%/50%/100%; 2012 财金〔2012〕20号:
 * 1.5%/3%/30%/60%/100%), rounded to cents.
 */
export function provision(
  balance: number,
  cls: LoanClass,
  scheme: ProvisionScheme = "2002",
  ratios: Settings["provision"] = DEFAULT_SETTINGS.provision,
): number {
  const ratio = ratios[scheme][classRank(cls)] ?? 0;
  return roundCents(balance * ratio);
}

/**
 * Half away from zero, on the decimal value the user sees: 1.005 × 100 is
 * 100.49999999999999 in binary, so the product is first cut to 15 significant
 * digits (what a double holds reliably) and only then rounded.
 */
function roundCents(amount: number): number {
  const cents = Number((Math.abs(amount) * 100).toPrecision(15));
  const rounded = Math.round(cents) / 100;
  // `+ 0` turns -0 into 0, which Excel would otherwise never show but tests would see.
  return (amount < 0 ? -rounded : rounded) + 0;
}
