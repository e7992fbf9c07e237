/**
 * Fill colours between the port ("#RRGGBB" or null for no fill) and Office.js.
 *
 * Office.js reports a cell with *no fill* as `color: "#FFFFFF"`, the same as a
 * white fill (office-js#6218). Microsoft's answer in office-js#4900 is to load
 * `tintAndShade`: null for "No Fill", a number for any real fill. We also honour
 * `pattern: "None"`, which the API documents for an unfilled cell. So: pattern
 * None → no fill; white without a tint value → no fill; anything else → colour.
 */

export interface OfficeFill {
  readonly color?: string | null;
  readonly pattern?: string | null;
  readonly tintAndShade?: number | null;
}

/** "#rgb", "rrggbb" or "#RRGGBB" → "#RRGGBB"; null when it is not a hex colour. */
export function normalizeColor(color: string): string | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(color.trim());
  if (!m || !m[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((ch) => ch + ch).join("") : m[1];
  return `#${hex.toUpperCase()}`;
}

export function fillFromOffice(fill: OfficeFill | undefined): string | null {
  if (!fill || typeof fill.color !== "string") return null;
  if (fill.pattern === "None") return null;
  const color = normalizeColor(fill.color);
  if (color === null) return null;
  if (color === "#FFFFFF" && (fill.tintAndShade === null || fill.tintAndShade === undefined)) return null;
  return color;
}
