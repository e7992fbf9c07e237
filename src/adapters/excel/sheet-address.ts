/**
 * Splitting the sheet-qualified addresses Excel returns ("Sheet1!A1:B2",
 * "'贷后 台账'!C3", "'It''s [1]!'!D4, 'It''s [1]!'!E5"). A sheet name may hold
 * spaces, quotes (doubled inside the quoted form), brackets, commas and even
 * "!", so the address is scanned, not split on the first "!" or ",".
 */

export interface QualifiedArea {
  /** The sheet name, unquoted; null when the area carried none. */
  readonly sheet: string | null;
  /** The local address ("A1:B2", "A:A", "3:5"). */
  readonly address: string;
}

/** Splits a comma-separated list of possibly sheet-qualified areas. */
export function parseQualifiedAreas(text: string): QualifiedArea[] {
  const areas: QualifiedArea[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && (text[i] === " " || text[i] === ",")) i++;
    if (i >= n) break;
    let sheet: string | null = null;
    if (text[i] === "'") {
      // Quoted sheet name: '' is a literal quote; the name ends at a lone quote followed by "!".
      let name = "";
      i++;
      while (i < n) {
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            name += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i];
        i++;
      }
      sheet = name;
      if (text[i] === "!") i++;
    }
    let local = "";
    while (i < n && text[i] !== ",") {
      local += text[i];
      i++;
    }
    local = local.trim();
    if (sheet === null) {
      // Unquoted names cannot hold "!" or ",", so the last "!" separates name and address.
      const bang = local.lastIndexOf("!");
      if (bang >= 0) {
        sheet = local.slice(0, bang);
        local = local.slice(bang + 1);
      }
    }
    if (local !== "" || sheet !== null) areas.push({ sheet, address: local });
  }
  return areas;
}

/** The sheet and local address of a single (possibly multi-area) qualified address. */
export function splitSheetAddress(text: string): { sheet: string | null; address: string } {
  const areas = parseQualifiedAreas(text);
  return {
    sheet: areas[0]?.sheet ?? null,
    address: areas.map((a) => a.address).join(","),
  };
}
