import { makeStyles, tokens } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from "react";
import type { MemorySheetView } from "../../adapters/memory/memory-sheet";
import type { CellRange } from "../../adapters/memory/ranges";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";
import { cellAddress, columnLetters } from "../../core/sheet-model/a1";
import { isExcelError } from "../../core/values/cell-value";
import type { AttachedFormulaEngine } from "../formula-engine";
import { displayText } from "./format-cell";
import {
  cellArea,
  COLUMN_HEADER_HEIGHT,
  keyOf,
  rangeRect,
  ROW_HEADER_WIDTH,
  sheetGeometry,
  type SheetGeometry,
} from "./geometry";

const EXCEL_GREEN = "#217346";
const GRID_LINE = "#e1e1e1";
const HEADER_BG = "#f3f3f3";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#ffffff",
    fontSize: "13px",
    fontFamily: tokens.fontFamilyBase,
    outlineStyle: "none",
    contain: "strict",
  },
  headerBar: {
    position: "sticky",
    top: 0,
    zIndex: 3,
    height: `${COLUMN_HEADER_HEIGHT}px`,
    backgroundColor: HEADER_BG,
  },
  corner: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    width: `${ROW_HEADER_WIDTH}px`,
    height: `${COLUMN_HEADER_HEIGHT}px`,
    backgroundColor: HEADER_BG,
    boxSizing: "border-box",
    borderRight: `1px solid #c8c8c8`,
    borderBottom: `1px solid #c8c8c8`,
  },
  columnHeader: {
    position: "absolute",
    top: 0,
    height: `${COLUMN_HEADER_HEIGHT}px`,
    boxSizing: "border-box",
    borderRight: `1px solid #d4d4d4`,
    borderBottom: `1px solid #c8c8c8`,
    color: "#444",
    textAlign: "center",
    lineHeight: `${COLUMN_HEADER_HEIGHT - 1}px`,
    cursor: "s-resize",
    userSelect: "none",
  },
  headerActive: { backgroundColor: "#d2e8da", color: EXCEL_GREEN, fontWeight: 600 },
  row: { position: "absolute", left: 0, contain: "layout style" },
  /** One sticky column holding the visible row numbers: one sticky element, not one per row. */
  rowRail: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    width: `${ROW_HEADER_WIDTH}px`,
  },
  rowHeader: {
    position: "absolute",
    left: 0,
    width: `${ROW_HEADER_WIDTH}px`,
    boxSizing: "border-box",
    backgroundColor: HEADER_BG,
    borderRight: `1px solid #c8c8c8`,
    borderBottom: `1px solid #d4d4d4`,
    color: "#444",
    textAlign: "center",
    cursor: "e-resize",
    userSelect: "none",
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
  },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    paddingLeft: "4px",
    paddingRight: "4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    cursor: "cell",
    color: "#1b1b1b",
    // Each cell has a fixed size: containing it keeps a scroll's layout work to the cells that changed.
    contain: "strict",
  },
  wrap: {
    whiteSpace: "pre-line",
    display: "flex",
    flexDirection: "column",
    justifyContent: "center",
    lineHeight: "17px",
  },
  noteMark: {
    position: "absolute",
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: "7px solid #d13438",
    borderLeft: "7px solid transparent",
  },
  selectionBox: {
    position: "absolute",
    zIndex: 1,
    pointerEvents: "none",
    backgroundColor: "rgba(33, 115, 70, 0.12)",
    outline: `1px solid ${EXCEL_GREEN}`,
  },
  activeBox: {
    position: "absolute",
    zIndex: 1,
    pointerEvents: "none",
    boxSizing: "border-box",
    border: `2px solid ${EXCEL_GREEN}`,
  },
  tooltip: {
    position: "absolute",
    zIndex: 5,
    maxWidth: "280px",
    padding: "6px 8px",
    backgroundColor: "#fffbe6",
    border: "1px solid #c8a600",
    boxShadow: tokens.shadow8,
    fontSize: "12px",
    whiteSpace: "pre-wrap",
    pointerEvents: "none",
  },
});

export interface SheetGridProps {
  readonly sheet: MemorySheetView;
  /** Changes whenever cells, formats or sheets change. */
  readonly contentVersion: number;
  readonly engine: AttachedFormulaEngine;
  readonly active: { readonly row: number; readonly col: number } | null;
  readonly selection: readonly CellRange[];
  readonly date1904: boolean;
  readonly locale: Locale;
  /** A click (or arrow key) selects an address on this sheet; `extend` when Shift is held. */
  readonly onSelect: (address: string) => void;
  /** Goes to a cell, on this sheet or another (an internal link was clicked). */
  readonly onLink: (sheet: string, cell: string) => void;
}

/**
 * The workbook view's grid: a virtualised sheet (only the visible rows and
 * columns are in the page, so 10,000 rows scroll as smoothly as 10) with
 * sticky row and column headers, cell values as Excel would show them,
 * fills, merged cells, notes (red corner, shown on hover), the selection and
 * the active cell. Virtualisation is @tanstack/react-virtual's.
 */
export function SheetGrid(props: SheetGridProps) {
  const { sheet, contentVersion, engine, active, selection, date1904, locale, onSelect, onLink } = props;
  const styles = useStyles();
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<{ row: number; col: number } | null>(null);
  const [hover, setHover] = useState<{ a1: string; text: string; left: number; top: number } | null>(null);
  // contentVersion is the signal that the sheet's cells changed (the view object stays the same).
  const g = useMemo(() => sheetGeometry(sheet), [sheet, contentVersion]);

  const rows = useVirtualizer({
    count: g.rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => g.rowHeights[i] ?? 24,
    overscan: 3,
    paddingStart: COLUMN_HEADER_HEIGHT,
    scrollPaddingStart: COLUMN_HEADER_HEIGHT,
  });
  const columns = useVirtualizer({
    horizontal: true,
    count: g.columnCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => g.columnWidths[i] ?? 80,
    overscan: 1,
    paddingStart: ROW_HEADER_WIDTH,
    scrollPaddingStart: ROW_HEADER_WIDTH,
  });
  useEffect(() => {
    rows.measure();
    columns.measure();
  }, [g, rows, columns]);

  // Follow the active cell when something else moves it (the task pane going to a finding).
  const activeRow = active?.row ?? null;
  const activeCol = active?.col ?? null;
  useEffect(() => {
    if (activeRow === null || activeCol === null) return;
    rows.scrollToIndex(activeRow - 1, { align: "auto" });
    columns.scrollToIndex(activeCol, { align: "auto" });
  }, [activeRow, activeCol, g, rows, columns]);

  const virtualRows = rows.getVirtualItems();
  const virtualColumns = columns.getVirtualItems();
  const firstRow = (virtualRows[0]?.index ?? 0) + 1;
  const lastRow = (virtualRows.at(-1)?.index ?? 0) + 1;
  const firstCol = virtualColumns[0]?.index ?? 0;
  const lastCol = virtualColumns.at(-1)?.index ?? 0;
  const totalWidth = columns.getTotalSize();
  const totalHeight = rows.getTotalSize();

  const select = (row: number, col: number, extend: boolean): void => {
    const area = cellArea(g, row, col);
    if (extend && anchor.current) {
      const a = anchor.current;
      const top = Math.min(a.row, area.top);
      const left = Math.min(a.col, area.left);
      const bottom = Math.max(a.row, area.bottom);
      const right = Math.max(a.col, area.right);
      onSelect(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
      return;
    }
    anchor.current = { row: area.top, col: area.left };
    const single = area.top === area.bottom && area.left === area.right;
    onSelect(
      single
        ? cellAddress(area.top, area.left)
        : `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (active === null) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [1, 0],
      Tab: [0, 1],
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const here = cellArea(g, active.row, active.col);
    const row = Math.min(Math.max(move[0] > 0 ? here.bottom + 1 : here.top + move[0], 1), g.rowCount);
    const col = Math.min(Math.max(move[1] > 0 ? here.right + 1 : here.left + move[1], 0), g.columnCount - 1);
    select(row, col, false);
  };

  // Stable callbacks for the memoised rows: they read the latest props through a ref.
  const latest = useRef({ select, g });
  latest.current = { select, g };
  const onCellDown = useCallback((row: number, col: number, extend: boolean) => {
    scrollRef.current?.focus({ preventScroll: true });
    latest.current.select(row, col, extend);
  }, []);
  const onNote = useCallback((a1: string, note: string | null, row: number, col: number) => {
    if (note === null) {
      setHover((h) => (h?.a1 === a1 ? null : h));
      return;
    }
    const geometry = latest.current.g;
    const rect = rangeRect(geometry, cellArea(geometry, row, col));
    setHover({ a1, text: note, left: rect.left + rect.width + 2, top: rect.top });
  }, []);
  // The class names never change; holding on to the first object keeps the context (and the memoised rows) stable.
  const [cellStyles] = useState(styles);
  const cellContext: CellContext = useMemo(
    () => ({ sheet, g, engine, date1904, locale, styles: cellStyles, onCellDown, onNote, onLink }),
    [sheet, g, engine, date1904, locale, cellStyles, onCellDown, onNote, onLink],
  );

  // Merges that reach into the window from outside it (a title row merged across, scrolled right).
  const outsideMerges = g.merges.filter(
    (m) =>
      m.bottom >= firstRow &&
      m.top <= lastRow &&
      m.right >= firstCol &&
      m.left <= lastCol &&
      (m.top < firstRow || m.left < firstCol),
  );

  const activeArea = active === null ? null : cellArea(g, active.row, active.col);
  const activeRect = activeArea === null ? null : rangeRect(g, activeArea);
  const selectedRects = selection.filter((r) => r.top !== r.bottom || r.left !== r.right).map((r) => rangeRect(g, r));
  const isActiveColumn = (c: number): boolean => activeArea !== null && c >= activeArea.left && c <= activeArea.right;
  const isActiveRow = (r: number): boolean => activeArea !== null && r >= activeArea.top && r <= activeArea.bottom;
  const onRowHeader = useCallback(
    (row: number) => {
      anchor.current = null;
      onSelect(`${row}:${row}`);
    },
    [onSelect],
  );

  return (
    <div
      ref={scrollRef}
      className={styles.scroller}
      role="grid"
      aria-label={previewText("preview.grid", locale, { sheet: sheet.name })}
      aria-rowcount={g.rowCount}
      aria-colcount={g.columnCount}
      data-sheet={sheet.name}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div style={{ position: "relative", width: totalWidth, height: totalHeight }}>
        <div className={styles.headerBar} style={{ width: totalWidth }} role="row">
          <div className={styles.corner} />
          {virtualColumns.map((c) => (
            <div
              key={c.key}
              role="columnheader"
              className={
                isActiveColumn(c.index) ? `${styles.columnHeader} ${styles.headerActive}` : styles.columnHeader
              }
              style={{ left: c.start, width: c.size }}
              onMouseDown={(e) => {
                e.preventDefault();
                anchor.current = null;
                onSelect(`${columnLetters(c.index)}:${columnLetters(c.index)}`);
              }}
            >
              {columnLetters(c.index)}
            </div>
          ))}
        </div>
        <div className={styles.rowRail} style={{ height: totalHeight - COLUMN_HEADER_HEIGHT }}>
          {virtualRows.map((r) => (
            <div
              key={r.key}
              role="rowheader"
              className={isActiveRow(r.index + 1) ? `${styles.rowHeader} ${styles.headerActive}` : styles.rowHeader}
              style={{ top: r.start - COLUMN_HEADER_HEIGHT, height: r.size }}
              onMouseDown={(e) => {
                e.preventDefault();
                onRowHeader(r.index + 1);
              }}
            >
              {r.index + 1}
            </div>
          ))}
        </div>
        {virtualRows.map((r) => (
          <GridRow
            key={r.key}
            context={cellContext}
            contentVersion={contentVersion}
            row={r.index + 1}
            top={r.start}
            height={r.size}
            width={totalWidth}
            firstCol={firstCol}
            lastCol={lastCol}
            activeCol={active !== null && active.row === r.index + 1 ? active.col : -1}
          />
        ))}
        {outsideMerges.map((m) => {
          const rect = rangeRect(g, m);
          return (
            <GridCell
              key={cellAddress(m.top, m.left)}
              context={cellContext}
              row={m.top}
              col={m.left}
              left={rect.left}
              top={rect.top}
              width={rect.width}
              height={rect.height}
              active={active !== null && active.row === m.top && active.col === m.left}
            />
          );
        })}
        {selectedRects.map((rect, i) => (
          <div key={i} className={styles.selectionBox} style={rect} />
        ))}
        {activeRect !== null && <div className={styles.activeBox} style={activeRect} data-active-box="true" />}
        {hover !== null && (
          <div role="tooltip" className={styles.tooltip} style={{ left: hover.left, top: hover.top }}>
            {hover.text}
          </div>
        )}
      </div>
    </div>
  );
}

/** What every cell needs and no cell changes: passed once, so a row re-renders only when its own props change. */
interface CellContext {
  readonly sheet: MemorySheetView;
  readonly g: SheetGeometry;
  readonly engine: AttachedFormulaEngine;
  readonly date1904: boolean;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useStyles>;
  readonly onCellDown: (row: number, col: number, extend: boolean) => void;
  /** A click on an internal link goes to its cell, as in Excel. */
  readonly onLink: (sheet: string, cell: string) => void;
  /** The pointer entered (note) or left (null) a cell with a note. */
  readonly onNote: (a1: string, note: string | null, row: number, col: number) => void;
}

interface GridRowProps {
  readonly context: CellContext;
  /** Makes the row redraw when the sheet's content changed. */
  readonly contentVersion: number;
  readonly row: number;
  readonly top: number;
  readonly height: number;
  readonly width: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** The active cell's column when it is in this row, else -1. */
  readonly activeCol: number;
}

/**
 * One visible row. Memoised: scrolling by a few rows renders only the rows
 * that came into view, which is what keeps a long sheet smooth.
 */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const { context, row, top, height, width, firstCol, lastCol, activeCol } = props;
  const { g, styles } = context;
  const cells: ReactNode[] = [];
  for (let col = firstCol; col <= lastCol; col++) {
    const left = ROW_HEADER_WIDTH + (g.columnOffsets[col] ?? 0);
    const m = g.mergeAt.get(keyOf(row, col));
    if (m === undefined) {
      cells.push(
        <GridCell
          key={col}
          context={context}
          row={row}
          col={col}
          left={left}
          width={g.columnWidths[col] ?? 80}
          height={height}
          active={activeCol === col}
        />,
      );
      continue;
    }
    const merge = g.merges[m];
    if (merge === undefined || merge.top !== row || merge.left !== col) continue;
    const rect = rangeRect(g, merge);
    cells.push(
      <GridCell
        key={col}
        context={context}
        row={row}
        col={col}
        left={left}
        width={rect.width}
        height={rect.height}
        active={activeCol === col}
      />,
    );
  }
  return (
    <div role="row" className={styles.row} style={{ top, height, width }}>
      {cells}
    </div>
  );
});

interface GridCellProps {
  readonly context: CellContext;
  readonly row: number;
  readonly col: number;
  readonly left: number;
  readonly top?: number;
  readonly width: number;
  readonly height: number;
  readonly active: boolean;
}

/** A cell as Excel shows it: its value in its number format, fill, font, alignment, and a red corner for a note. */
function GridCell({ context, row, col, left, top = 0, width, height, active }: GridCellProps) {
  const { sheet, g, engine, date1904, locale, styles, onCellDown, onNote, onLink } = context;
  const a1 = cellAddress(row, col);
  const cell = sheet.cell(row, col);
  let value = cell.value;
  if (value === null && cell.formula === null) value = engine.spilledValue(sheet.name, row, col) ?? null;
  const text = displayText(value, cell.style.numberFormat, date1904);
  const error = isExcelError(value);
  const numeric = typeof value === "number";
  const align = cell.style.hAlign ?? (numeric ? "right" : error || typeof value === "boolean" ? "center" : "left");
  const wrap = cell.style.wrap === true || text.includes("\n");
  const message = error && cell.formula !== null ? engine.errorMessage(sheet.name, row, col) : null;
  const note = cell.note;
  return (
    <div
      role="gridcell"
      data-cell={a1}
      data-fill={cell.fill ?? ""}
      aria-selected={active}
      className={wrap ? `${styles.cell} ${styles.wrap}` : styles.cell}
      title={message ?? (text.length > 12 ? text : undefined)}
      style={{
        left,
        top,
        width,
        height,
        backgroundColor: cell.fill ?? undefined,
        lineHeight: wrap ? undefined : `${height - 1}px`,
        textAlign: align,
        fontWeight: cell.style.bold ? 600 : undefined,
        fontStyle: cell.style.italic ? "italic" : undefined,
        color: cell.link !== null ? "#0563c1" : (cell.style.fontColor ?? undefined),
        textDecoration: cell.link !== null ? "underline" : undefined,
        cursor: cell.link !== null ? "pointer" : undefined,
        // A merge reaching down over later rows is drawn above them.
        zIndex: top !== 0 || height > (g.rowHeights[row - 1] ?? 0) ? 1 : undefined,
      }}
      onMouseDown={(e: MouseEvent) => {
        e.preventDefault();
        onCellDown(row, col, e.shiftKey);
      }}
      onClick={cell.link === null ? undefined : () => onLink(cell.link?.sheet ?? sheet.name, cell.link?.cell ?? a1)}
      data-link={cell.link === null ? undefined : `${cell.link.sheet}!${cell.link.cell}`}
      onMouseEnter={note === null ? undefined : () => onNote(a1, note, row, col)}
      onMouseLeave={note === null ? undefined : () => onNote(a1, null, row, col)}
    >
      {text}
      {note !== null && (
        <span className={styles.noteMark} data-note={note} aria-label={previewText("preview.note", locale)} />
      )}
    </div>
  );
}
