/**
 * Excel colours in a file → "#RRGGBB". Fills picked from the ribbon's palette
 * are stored as theme colours with a tint, and old files use the indexed
 * palette; reading them as "no fill" would let a mark's removal erase a
 * user's colour, so they are resolved the way Excel shows them.
 */
export interface ExcelColorRef {
  readonly argb?: string;
  readonly theme?: number;
  readonly tint?: number;
  readonly indexed?: number;
}

/** The Office theme (2013–2022), in SpreadsheetML's theme index order: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const OFFICE_THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** The legacy indexed palette (0–63); 64 and 65 are the system foreground and background. */
const INDEXED = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
  "000000",
  "FFFFFF",
];

/**
 * The theme's twelve colours from its XML (`<a:clrScheme>`), in theme index
 * order; the Office theme when the workbook has none or it cannot be read.
 */
export function themePalette(xml: string | undefined): readonly string[] {
  if (!xml) return OFFICE_THEME;
  // The scheme lists dk1, lt1, dk2, lt2, accents, links; theme indexes swap the first two pairs.
  const names = [
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
  ];
  return names.map((name, i) => {
    const block = new RegExp(`<a:${name}>([\\s\\S]*?)</a:${name}>`).exec(xml)?.[1] ?? "";
    const rgb = /(?:srgbClr val|lastClr)="([0-9A-Fa-f]{6})"/.exec(block)?.[1];
    return rgb ? rgb.toUpperCase() : (OFFICE_THEME[i] ?? "000000");
  });
}

export function colorToHex(color: ExcelColorRef | undefined, theme: readonly string[]): string | null {
  if (!color) return null;
  let rgb: string | undefined;
  if (typeof color.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) rgb = color.argb.slice(-6);
  else if (typeof color.theme === "number") rgb = theme[color.theme];
  else if (typeof color.indexed === "number") rgb = INDEXED[color.indexed];
  if (!rgb) return null;
  const tinted = color.tint ? applyTint(rgb, color.tint) : rgb;
  return `#${tinted.toUpperCase()}`;
}

/** "#RRGGBB" → ExcelJS's "FFRRGGBB". */
export function hexToArgb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's luminance in HLS. */
function applyTint(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return [r1, g1, b1]
    .map((v) =>
      Math.round(Math.min(1, Math.max(0, v + m)) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
}
