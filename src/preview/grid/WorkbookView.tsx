import { makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MemoryWorkbook } from "../../adapters/memory/memory-workbook";
import { parseRange, type CellRange } from "../../adapters/memory/ranges";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";
import type { AttachedFormulaEngine } from "../formula-engine";
import { displayText } from "./format-cell";
import { FormulaBar } from "./FormulaBar";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";
import { useWorkbookVersions } from "./use-workbook-versions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, flexGrow: 1 },
  empty: { padding: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground3 },
});

export interface WorkbookViewProps {
  readonly book: MemoryWorkbook;
  readonly engine: AttachedFormulaEngine;
  readonly date1904: boolean;
  readonly locale: Locale;
}

/**
 * The workbook half of the preview: formula bar, grid and sheet tabs over the
 * in-memory workbook the task pane works on. The sheet shown is the sheet of
 * the workbook's selection, as in Excel, so when the pane activates a cell
 * (going to a finding) the view follows.
 */
export function WorkbookView({ book, engine, date1904, locale }: WorkbookViewProps) {
  const styles = useStyles();
  const versions = useWorkbookVersions(book);
  /** The selection each sheet had when the user left it, restored on its tab like Excel does. */
  const lastSelection = useRef(new Map<string, string>());
  const [selection, setSelection] = useState<{ sheet: string; address: string } | null>(null);

  const visible = useMemo(
    () =>
      book
        .sheetNames()
        .map((name) => book.sheet(name))
        .filter((s) => s.visibility === "visible")
        .map((s) => ({ name: s.name, tabColor: s.tabColor })),
    // The list changes with sheets written or deleted, which are content changes.
    [book, versions.content],
  );
  const active = book.activeCell();
  const shown =
    active !== null && visible.some((s) => s.name === active.sheet) ? active.sheet : (visible[0]?.name ?? null);

  // No selection, or one on a hidden or deleted sheet: select A1 of the first visible sheet.
  useEffect(() => {
    if (shown !== null && (active === null || active.sheet !== shown)) {
      book.setSelection(shown, lastSelection.current.get(shown) ?? "A1");
    }
  }, [book, shown, active]);

  useEffect(() => {
    let live = true;
    void book.getSelection().then((s) => {
      if (!live) return;
      setSelection(s === null ? null : { sheet: s.sheet, address: s.address });
      if (s !== null) lastSelection.current.set(s.sheet, s.address);
    });
    return () => {
      live = false;
    };
  }, [book, versions.selection, versions.content]);

  const select = useCallback(
    (address: string) => {
      if (shown !== null) book.setSelection(shown, address);
    },
    [book, shown],
  );

  const goToLink = useCallback(
    (target: string, cell: string) => {
      try {
        book.setSelection(target, cell);
      } catch {
        // A link to a sheet that has been deleted goes nowhere, as in Excel.
      }
    },
    [book],
  );

  if (shown === null) return <div className={styles.empty}>{previewText("preview.empty", locale)}</div>;
  const sheet = book.sheet(shown);
  const activePos = active !== null && active.sheet === shown ? parseRange(active.cell) : null;
  const activeCell = activePos === null ? null : sheet.cell(activePos.top, activePos.left);
  const extent = { rows: Math.max(sheet.rowCount, 1), columns: Math.max(sheet.columnCount, 1) };
  const ranges: CellRange[] =
    selection !== null && selection.sheet === shown
      ? selection.address
          .split(",")
          .map((a) => parseRange(a, extent))
          .filter((r): r is CellRange => r !== null)
      : [];
  const content =
    activeCell === null
      ? ""
      : (activeCell.formula ?? displayText(activeCell.value, activeCell.style.numberFormat, date1904));

  return (
    <div className={styles.root}>
      <FormulaBar
        address={active?.sheet === shown ? active.cell : ""}
        content={content}
        locale={locale}
        onGoTo={(typed) => {
          const bang = typed.lastIndexOf("!");
          const target = bang < 0 ? shown : typed.slice(0, bang).replace(/^'|'$/g, "");
          const address = typed.slice(bang + 1);
          if (!visible.some((s) => s.name === target) || parseRange(address) === null) return false;
          book.setSelection(target, address);
          return true;
        }}
      />
      <SheetGrid
        key={shown}
        sheet={sheet}
        contentVersion={versions.content}
        engine={engine}
        active={activePos === null ? null : { row: activePos.top, col: activePos.left }}
        selection={ranges}
        date1904={date1904}
        locale={locale}
        onSelect={select}
        onLink={goToLink}
      />
      <SheetTabs
        sheets={visible}
        selected={shown}
        locale={locale}
        onSelect={(name) => book.setSelection(name, lastSelection.current.get(name) ?? "A1")}
      />
    </div>
  );
}
