/**
 * Numbers of risk-warning forms: sequential per year, e.g. 〔2026〕第001号,
 * on a sheet named 预警2026-001. A number is never reused — a voided form
 * keeps it — so the next number is one past the highest ever seen: the
 * stored counter, and any number still visible in the workbook (the
 * register, the form sheets), whichever is higher. That way a counter lost
 * with an edited settings sheet, or a register someone retyped, can only
 * make numbers jump ahead, never repeat.
 */
export interface WarningNumber {
  readonly year: number;
  /** 1 for the first form of the year. */
  readonly seq: number;
}

/** The last sequence number issued per year ("2026" → 12); absent years have issued none. */
export type WarningCounter = Readonly<Record<string, number>>;

/** Three digits at least (001), as the paper registers write them; 1000 and up as they are. */
function padded(seq: number): string {
  return String(seq).padStart(3, "0");
}

/** 〔2026〕第001号 — the number printed on the form. */
export function formatWarningNumber(n: WarningNumber): string {
  return `〔${n.year}〕第${padded(n.seq)}号`;
}

/** 预警2026-001 — the form's sheet name (ASCII hyphen: no character Excel forbids in names). */
export function warningSheetName(n: WarningNumber): string {
  return `预警${n.year}-${padded(n.seq)}`;
}

function numberFrom(year: string | undefined, seq: string | undefined): WarningNumber | null {
  const y = Number(year);
  const s = Number(seq);
  if (!Number.isInteger(y) || y < 1900 || y > 9999 || !Number.isInteger(s) || s < 1) return null;
  return { year: y, seq: s };
}

/** The number in a form sheet's name; null for any other sheet (a copy such as "预警2026-001 (2)" included). */
export function parseWarningSheetName(name: string): WarningNumber | null {
  const m = /^预警(\d{4})-(\d{1,6})$/.exec(name.trim());
  return m ? numberFrom(m[1], m[2]) : null;
}

/**
 * The number in text as people type it in a register: 〔2026〕第001号,
 * [2026]第1号, (2026)001, 2026-001 or the sheet name. Null when the text
 * holds no such number.
 */
export function parseWarningNumberText(text: string): WarningNumber | null {
  const t = text.trim();
  const fromSheet = parseWarningSheetName(t);
  if (fromSheet) return fromSheet;
  const m = /^[〔[(（【]?\s*(\d{4})\s*[〕\])）】-]?\s*第?\s*(\d{1,6})\s*号?$/.exec(t);
  return m ? numberFrom(m[1], m[2]) : null;
}

/** The same number (for lookups keyed by text). */
export function warningNumberKey(n: WarningNumber): string {
  return `${n.year}-${n.seq}`;
}

export function compareWarningNumbers(a: WarningNumber, b: WarningNumber): number {
  return a.year - b.year || a.seq - b.seq;
}

/**
 * The next `count` numbers of `year`, after the highest of the counter and
 * every number already seen in the workbook; and the counter to store.
 */
export function nextWarningNumbers(
  counter: WarningCounter,
  year: number,
  count: number,
  seen: readonly WarningNumber[],
): { readonly numbers: readonly WarningNumber[]; readonly counter: WarningCounter } {
  const stored = counter[String(year)];
  let last = typeof stored === "number" && Number.isInteger(stored) && stored > 0 ? stored : 0;
  for (const n of seen) if (n.year === year && n.seq > last) last = n.seq;
  const numbers: WarningNumber[] = [];
  for (let i = 1; i <= count; i++) numbers.push({ year, seq: last + i });
  return { numbers, counter: { ...counter, [String(year)]: last + Math.max(count, 0) } };
}
