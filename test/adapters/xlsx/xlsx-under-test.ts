import type ExcelJS from "exceljs";
import type { CellStyle } from "../../../src/core/sheet-model/sheet-model";
import { colorToHex, themePalette } from "../../../src/adapters/xlsx/excel-colors";
import { dataValidationsOf } from "../../../src/adapters/xlsx/exceljs-internals";
import { XlsxWorkbook } from "../../../src/adapters/xlsx/xlsx-workbook";
import { parseRange } from "../../../src/adapters/memory/ranges";
import {
  portUnderTest,
  type PortUnderTest,
  type RenderedSheet,
  type WorkbookSeed,
} from "../../support/port-conformance";
import { xlsxBytesFromSeed } from "./xlsx-seed";

/** An .xlsx workbook as the conformance suite's port: reopening writes the bytes and opens them again. */
export function xlsxUnderTest(book: XlsxWorkbook): PortUnderTest {
  return portUnderTest(book, {
    reopen: async () => xlsxUnderTest(await XlsxWorkbook.open(await book.toBuffer())),
    inspect: async (name) => inspectXlsx(book.workbook, name),
  });
}

export async function makeXlsxPort(seed: WorkbookSeed): Promise<PortUnderTest> {
  return xlsxUnderTest(await XlsxWorkbook.open(await xlsxBytesFromSeed(seed)));
}

const HYPERLINK = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+\d+)",/;

export function inspectXlsx(book: ExcelJS.Workbook, name: string): RenderedSheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const palette = themePalette(undefined);
  const hex = (c: unknown) => colorToHex(c as never, palette);
  const formulaOf = (a1: string): string | null => {
    const cell = ws.findCell(a1 as never, undefined as never) ?? ws.getCell(a1);
    return cell.type === 6 ? cell.formula : null; // ValueType.Formula
  };
  const tables = ws.getTables() as unknown as { name: string; table: { tableRef: string } }[];
  const setup = ws.pageSetup;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return {
    formulaAt: (a1) => {
      const f = formulaOf(a1);
      return f !== null && !HYPERLINK.test(f) ? `=${f}` : null;
    },
    linkAt: (a1) => {
      const m = HYPERLINK.exec(formulaOf(a1) ?? "");
      return m?.[1] && m[2] ? { sheet: m[1].replace(/''/g, "'"), cell: m[2] } : null;
    },
    styleAt: (a1) => styleOf(ws.getCell(a1).style, hex),
    validationAt: (a1) => {
      const p = parseRange(a1);
      for (const [address, v] of Object.entries(dataValidationsOf(ws).model)) {
        const r = parseRange(address);
        if (p && r && p.top >= r.top && p.top <= r.bottom && p.left >= r.left && p.left <= r.right) {
          return String(v.formulae[0]).replace(/^"|"$/g, "").split(",");
        }
      }
      return null;
    },
    columnWidth: (col) => ws.getColumn(col + 1).width,
    rowHeight: (row) => ws.getRow(row).height,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    conditionalFormats: (
      ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }
    ).conditionalFormattings.flatMap((cf) =>
      cf.rules.map((rule) => {
        const style = rule.style ?? {};
        const fill = style.fill?.type === "pattern" ? hex(style.fill.bgColor ?? style.fill.fgColor) : null;
        const fontColor = hex(style.font?.color);
        return {
          range: cf.ref,
          formula: `=${String((rule as { formulae?: unknown[] }).formulae?.[0] ?? "")}`,
          style: {
            ...(fill ? { fill } : {}),
            ...(fontColor ? { fontColor } : {}),
            ...(style.font?.bold !== undefined ? { bold: style.font.bold } : {}),
          },
        };
      }),
    ),
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : null,
    page:
      setup.paperSize === undefined
        ? null
        : {
            orientation: setup.orientation ?? "portrait",
            paperSize: setup.paperSize === 9 ? "A4" : (String(setup.paperSize) as "A4"),
            fitToWidth: Boolean(setup.fitToPage) && setup.fitToWidth === 1,
            ...(setup.printArea ? { printArea: setup.printArea } : {}),
            ...(setup.printTitlesRow ? { printTitleRows: setup.printTitlesRow } : {}),
            ...(setup.margins
              ? {
                  margins: {
                    top: setup.margins.top,
                    bottom: setup.margins.bottom,
                    left: setup.margins.left,
                    right: setup.margins.right,
                  },
                }
              : {}),
            ...(setup.horizontalCentered !== undefined ? { centerHorizontally: setup.horizontalCentered } : {}),
          },
    table: tables[0] ? { name: tables[0].name, range: tables[0].table.tableRef } : null,
    visibility: ws.state === "veryHidden" ? "veryHidden" : ws.state === "hidden" ? "hidden" : "visible",
    tabColor: hex(ws.properties.tabColor),
  };
}

function styleOf(style: Partial<ExcelJS.Style>, hex: (c: unknown) => string | null): CellStyle {
  const out: Record<string, unknown> = {};
  const f = style.font;
  if (f?.bold !== undefined) out["bold"] = f.bold;
  if (f?.italic !== undefined) out["italic"] = f.italic;
  // ExcelJS writes the default font (Calibri 11, theme text colour) on cells styled without one.
  if (f?.size !== undefined && f.size !== 11) out["fontSize"] = f.size;
  if (f?.color && (f.color as { theme?: number }).theme !== 1) out["fontColor"] = hex(f.color);
  if (style.fill?.type === "pattern" && style.fill.pattern === "solid") out["fill"] = hex(style.fill.fgColor);
  const edges = [style.border?.top, style.border?.left, style.border?.bottom, style.border?.right].map((e) => e?.style);
  if (edges[0] && edges.every((e) => e === edges[0])) out["border"] = edges[0];
  const a = style.alignment;
  if (a?.horizontal) out["hAlign"] = a.horizontal;
  if (a?.vertical) out["vAlign"] = a.vertical;
  if (a?.wrapText !== undefined) out["wrap"] = a.wrapText;
  if (style.numFmt) out["numberFormat"] = style.numFmt;
  return out as CellStyle;
}
