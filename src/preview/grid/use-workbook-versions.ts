import { useCallback, useRef, useSyncExternalStore } from "react";
import type { MemoryWorkbook } from "../../adapters/memory/memory-workbook";

export interface WorkbookVersions {
  /** Changes when cells, formats or sheets change (the grid must redraw, sizes may change). */
  readonly content: number;
  /** Changes when the selection moves (only the highlight and the formula bar change). */
  readonly selection: number;
}

/**
 * Re-renders a component when the workbook changes, telling content changes
 * from selection moves so that a click does not re-measure the sheet.
 */
export function useWorkbookVersions(book: MemoryWorkbook): WorkbookVersions {
  const state = useRef<WorkbookVersions>({ content: 0, selection: 0 });
  const subscribe = useCallback(
    (notify: () => void) =>
      book.subscribe((event) => {
        const { content, selection } = state.current;
        state.current =
          event.kind === "selection" ? { content, selection: selection + 1 } : { content: content + 1, selection };
        notify();
      }),
    [book],
  );
  return useSyncExternalStore(subscribe, () => state.current);
}
