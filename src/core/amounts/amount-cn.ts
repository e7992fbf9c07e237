/**
 * Amounts in Chinese capitals (大写金额) as the People's Bank of China's
 * 《正确填写票据和结算凭证的基本规定》 prescribes, for letters and notices.
 *
 * Choices where the rules allow either form:
 * - A zero in the 元 or 万 place followed by a non-zero 角 or 仟 is written
 *   without 零 (贰拾元壹角整, 壹拾万伍仟元整); zeros between non-zero digits
 *   always give one 零 (壹万零伍元整, 壹元零伍分).
 * - 整 follows 元 and 角 when nothing smaller follows (伍角整), never 分.
 */
const DIGITS = "零壹贰叁肆伍陆柒捌玖";
const GROUP_UNITS = ["仟", "佰", "拾", ""] as const;
/** Units of the 4-digit groups, most significant first: 亿, 万, (元). */
const GROUP_NAMES = ["亿", "万", ""] as const;
const LIMIT = 1e12;
const CENTS_LIMIT = 1e14;

/** Null when the amount is not finite or its magnitude is 1e12 (一万亿) or more. */
export function amountInChineseCapitals(amount: number): string | null {
  if (!Number.isFinite(amount) || Math.abs(amount) >= LIMIT) return null;
  const cents = toCents(Math.abs(amount));
  if (cents >= CENTS_LIMIT) return null; // 999999999999.995 rounds up past the limit
  const yuan = Math.floor(cents / 100);
  const jiao = Math.floor(cents / 10) % 10;
  const fen = cents % 10;
  const sign = amount < 0 && cents > 0 ? "负" : "";
  if (cents === 0) return "零元整";

  let out = yuan > 0 ? `${integerCapitals(yuan)}元` : "";
  if (jiao === 0 && fen === 0) return `${sign}${out}整`;
  if (jiao > 0) out += `${digit(jiao)}角`;
  else if (yuan > 0) out += "零";
  out += fen > 0 ? `${digit(fen)}分` : "整";
  return sign + out;
}

/**
 * |amount| in whole cents, rounded half up on the number's shortest decimal
 * form, so 1.005 (stored as 1.00499999…) becomes 101 as a person reading
 * "1.005" expects. Integer arithmetic is exact: cents stay below 2^53.
 */
function toCents(abs: number): number {
  const text = String(abs);
  // Exponent form only appears here below 1e-6, far under half a cent.
  if (text.includes("e")) return 0;
  const [whole = "0", frac = ""] = text.split(".");
  const digits = (frac + "000").slice(0, 3);
  const roundUp = Number(digits[2]) >= 5 ? 1 : 0;
  return Number(whole) * 100 + Number(digits.slice(0, 2)) + roundUp;
}

/** 1 ≤ n < 1e12 as 亿/万/元 groups of four digits. */
function integerCapitals(n: number): string {
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  let out = "";
  let started = false;
  let zeroPending = false;
  groups.forEach((g, i) => {
    if (g === 0) {
      // A whole zero group drops its 万; it leaves one 零 if anything non-zero follows.
      if (started) zeroPending = true;
      return;
    }
    // A group after a higher one that starts with zeros (壹万零伍) or follows an empty group needs 零.
    if (started && (zeroPending || g < 1000)) out += "零";
    out += groupCapitals(g) + (GROUP_NAMES[i] ?? "");
    started = true;
    zeroPending = false;
  });
  return out;
}

/** 1 ≤ g ≤ 9999: one 零 for any run of inner zeros, none for trailing ones. */
function groupCapitals(g: number): string {
  const ds = String(g).padStart(4, "0");
  let out = "";
  let started = false;
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = Number(ds[i]);
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += "零";
    out += digit(d) + (GROUP_UNITS[i] ?? "");
    started = true;
    zero = false;
  }
  return out;
}

function digit(d: number): string {
  return DIGITS[d] ?? "";
}
