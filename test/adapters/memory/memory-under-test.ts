import { MemoryWorkbook } from "../../../src/adapters/memory/memory-workbook";
import { parseRange } from "../../../src/adapters/memory/ranges";
import {
  portUnderTest,
  type PortUnderTest,
  type RenderedSheet,
  type WorkbookSeed,
} from "../../support/port-conformance";

/** A memory workbook as the conformance suite's port: "reopening" is the workbook itself. */
export function memoryUnderTest(book: MemoryWorkbook): PortUnderTest {
  const self: PortUnderTest = portUnderTest(book, {
    reopen: async () => self,
    inspect: async (name) => inspectMemory(book, name),
  });
  return self;
}

export async function makeMemoryPort(seed: WorkbookSeed): Promise<PortUnderTest> {
  return memoryUnderTest(MemoryWorkbook.from(seed));
}

function inspectMemory(book: MemoryWorkbook, name: string): RenderedSheet {
  const sheet = book.sheet(name);
  const at = (a1: string) => book.cellAt(name, a1);
  return {
    formulaAt: (a1) => at(a1).formula,
    linkAt: (a1) => at(a1).link,
    styleAt: (a1) => {
      const cell = at(a1);
      return cell.fill ? { ...cell.style, fill: cell.fill } : { ...cell.style };
    },
    validationAt: (a1) => {
      const p = parseRange(a1);
      const hit = sheet.validations.find((v) => {
        const r = parseRange(v.range);
        return p && r && p.top >= r.top && p.top <= r.bottom && p.left >= r.left && p.left <= r.right;
      });
      return hit ? hit.list : null;
    },
    columnWidth: (col) => sheet.columnWidths[col],
    rowHeight: (row) => sheet.rowHeights[row],
    merges: [...sheet.merges].sort(),
    conditionalFormats: sheet.conditionalFormats,
    freeze: sheet.freeze ?? null,
    page: sheet.page ?? null,
    table: sheet.table ?? null,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
  };
}
