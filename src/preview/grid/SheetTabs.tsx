import { makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: "2px",
    minHeight: "30px",
    paddingLeft: tokens.spacingHorizontalS,
    backgroundColor: "#f3f3f3",
    borderTop: "1px solid #c8c8c8",
    overflowX: "auto",
    flexShrink: 0,
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: `0 ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
    cursor: "pointer",
    whiteSpace: "nowrap",
    color: "#444",
    ":hover": { backgroundColor: "#e6e6e6" },
  },
  selected: {
    backgroundColor: "#ffffff",
    color: "#217346",
    fontWeight: 600,
    borderBottom: "3px solid #217346",
    ":hover": { backgroundColor: "#ffffff" },
  },
});

export interface SheetTabsProps {
  readonly sheets: readonly { readonly name: string; readonly tabColor: string | null }[];
  readonly selected: string;
  readonly locale: Locale;
  readonly onSelect: (name: string) => void;
}

/** The sheet tabs under the grid (visible sheets only, as Excel shows them). */
export function SheetTabs({ sheets, selected, locale, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="tablist" aria-label={previewText("preview.tabs", locale)}>
      {sheets.map((s) => (
        <button
          key={s.name}
          type="button"
          role="tab"
          data-sheet-tab={s.name}
          aria-selected={s.name === selected}
          className={s.name === selected ? `${styles.tab} ${styles.selected}` : styles.tab}
          style={s.tabColor && s.name !== selected ? { borderBottomColor: s.tabColor } : undefined}
          onClick={() => onSelect(s.name)}
        >
          {s.name}
        </button>
      ))}
    </div>
  );
}
