import { ExcelWorkbook } from "../../../src/adapters/excel/excel-workbook";
import type { CellStyle, PageSetup } from "../../../src/core/sheet-model/sheet-model";
import { isExcelError } from "../../../src/core/values/cell-value";
import {
  portUnderTest,
  type PortUnderTest,
  type RenderedSheet,
  type WorkbookSeed,
} from "../../support/port-conformance";
import { ExcelStandIn, parseArea, type SeedSheet, type SeedValue } from "../../support/excel-stand-in";

/**
 * The Office.js adapter as the conformance suite's port: an ExcelWorkbook over
 * the Excel stand-in, installed as the Office globals for the suite's duration.
 * "Reopening" is the same workbook (Excel keeps it open; nothing is saved).
 */

function seedValue(v: unknown): SeedValue {
  if (isExcelError(v)) return { error: v.code };
  return v as SeedValue;
}

export function standInFromSeed(seed: WorkbookSeed): ExcelStandIn {
  const sheets: SeedSheet[] = seed.sheets.map((s) => {
    const cells: Record<string, SeedValue> = {};
    for (const [a1, f] of Object.entries(s.formulas ?? {})) {
      cells[a1] = isExcelError(f.result)
        ? { formula: f.formula, error: f.result.code }
        : { formula: f.formula, value: f.result as string | number | boolean | null };
    }
    for (const [a1, numberFormat] of Object.entries(s.numberFormats ?? {})) {
      const existing = cells[a1];
      const r = parseArea(a1);
      const value = existing ?? seedValue(s.values[r.r1]?.[r.c1] ?? null);
      cells[a1] =
        value !== null && typeof value === "object"
          ? { ...value, numberFormat }
          : { value: value as string | number | boolean | null, numberFormat };
    }
    return {
      name: s.name,
      rows: s.values.map((row) => row.map(seedValue)),
      cells,
      ...(s.fills ? { fills: s.fills } : {}),
      ...(s.notes ? { notes: s.notes } : {}),
      ...(s.merges ? { merges: s.merges } : {}),
      visibility: s.veryHidden ? "VeryHidden" : s.hidden ? "Hidden" : "Visible",
      protected: s.protected ?? false,
    };
  });
  return new ExcelStandIn({ sheets, date1904: seed.date1904 ?? false });
}

const H = { Left: "left", Center: "center", Right: "right" } as const;
const V = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

/** Column width in points back to characters (the inverse of charsToPoints). */
function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

export function inspectStandIn(excel: ExcelStandIn, name: string): RenderedSheet {
  const s = excel.sheet(name);
  const page = s.page;
  const table = excel.state.tables.find((t) => t.sheet.name === s.name);
  const pageSet = page.orientation !== "Portrait" || page.paperSize !== "Letter" || page.printArea !== null;
  const pageSetup: PageSetup = {
    orientation: page.orientation === "Landscape" ? "landscape" : "portrait",
    paperSize: "A4",
    fitToWidth: page.zoom.horizontalFitToPages === 1,
    ...(page.printArea !== null ? { printArea: page.printArea } : {}),
    ...(page.printTitleRows !== null ? { printTitleRows: page.printTitleRows.replace(/\$/g, "") } : {}),
    margins: {
      top: page.topMargin / 72,
      bottom: page.bottomMargin / 72,
      left: page.leftMargin / 72,
      right: page.rightMargin / 72,
    },
    centerHorizontally: page.centerHorizontally,
  };
  return {
    formulaAt: (a1) => s.cell(a1).formula,
    linkAt: (a1) => {
      const ref = s.cell(a1).hyperlink?.documentReference;
      const m = ref ? /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(ref) : null;
      return m?.[1] && m[2] ? { sheet: m[1].replace(/''/g, "'"), cell: m[2] } : null;
    },
    styleAt: (a1) => {
      const c = s.cell(a1);
      const style: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
      if (c.font.bold) style.bold = true;
      if (c.font.italic) style.italic = true;
      if (c.font.size !== undefined) style.fontSize = c.font.size;
      if (c.font.color !== undefined) style.fontColor = c.font.color;
      if (c.fill) style.fill = c.fill;
      const top = c.borders.EdgeTop;
      if (top) style.border = top.style === "None" ? "none" : top.weight === "Medium" ? "medium" : "thin";
      if (c.hAlign && c.hAlign in H) style.hAlign = H[c.hAlign as keyof typeof H];
      if (c.vAlign && c.vAlign in V) style.vAlign = V[c.vAlign as keyof typeof V];
      if (c.wrap) style.wrap = true;
      // "@" on a text cell is how this adapter keeps text as text (render-sheet.ts), not a style the model asked for.
      const textGuard = c.numberFormat === "@" && c.type === "String";
      if (c.numberFormat !== "General" && !textGuard) style.numberFormat = c.numberFormat;
      return style;
    },
    validationAt: (a1) => {
      const cell = parseArea(a1);
      const hit = s.validations.find((v) => {
        const r = parseArea(v.range);
        return cell.r1 >= r.r1 && cell.r1 <= r.r2 && cell.c1 >= r.c1 && cell.c1 <= r.c2;
      });
      const source = (hit?.rule as { list?: { source?: string } } | undefined)?.list?.source;
      return source === undefined ? null : source.split(",");
    },
    columnWidth: (col) => {
      const letters = Object.keys(s.columnWidths).find((l) => parseArea(`${l}1`).c1 === col);
      return letters === undefined ? undefined : pointsToChars(s.columnWidths[letters] ?? 0);
    },
    rowHeight: (row) => s.rowHeights[row],
    merges: [...s.merges].sort(),
    conditionalFormats: s.conditionalFormats.map((cf) => ({
      range: cf.range,
      formula: cf.formula,
      style: {
        ...(cf.fill !== undefined ? { fill: cf.fill } : {}),
        ...(cf.fontColor !== undefined ? { fontColor: cf.fontColor } : {}),
        ...(cf.bold !== undefined ? { bold: cf.bold } : {}),
      },
    })),
    freeze: s.freeze.rows > 0 || s.freeze.columns > 0 ? s.freeze : null,
    page: pageSet ? pageSetup : null,
    table: table ? { name: table.name, range: `${rangeOf(table.rect)}` } : null,
    visibility: s.visibility === "Hidden" ? "hidden" : s.visibility === "VeryHidden" ? "veryHidden" : "visible",
    tabColor: s.tabColor === "" ? null : s.tabColor,
  };
}

function rangeOf(r: { r1: number; c1: number; r2: number; c2: number }): string {
  const col = (c: number): string => {
    let n = c + 1;
    let out = "";
    while (n > 0) {
      out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
      n = Math.floor((n - 1) / 26);
    }
    return out;
  };
  return `${col(r.c1)}${r.r1 + 1}:${col(r.c2)}${r.r2 + 1}`;
}

/** Builds the port; `track` receives each stand-in so the test can uninstall its globals afterwards. */
export function makeExcelPort(onInstall: (restore: () => void) => void) {
  return async (seed: WorkbookSeed): Promise<PortUnderTest> => {
    const excel = standInFromSeed(seed);
    onInstall(excel.install());
    const workbook = new ExcelWorkbook({ sleep: () => Promise.resolve() });
    const self: PortUnderTest = portUnderTest(workbook, {
      reopen: async () => self,
      inspect: async (name) => inspectStandIn(excel, name),
    });
    return self;
  };
}
