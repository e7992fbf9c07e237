import { Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import { COLUMN_CATALOGUE } from "../../../core/ledger/column-catalogue";
import { COLUMN_KEYS, type ColumnKey, type LedgerLayout } from "../../../core/ledger/ledger-types";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { columnLetters } from "../../../core/sheet-model/a1";
import type { CheckedLedger, ColumnMapping } from "../../state/check-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
  unmapped: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const NONE = "none";

export interface MappingEditorProps {
  readonly checked: CheckedLedger | null;
  readonly disabled: boolean;
  readonly onApply: (mapping: ColumnMapping) => void;
  readonly locale: Locale;
}

interface HeaderCell {
  readonly index: number;
  readonly text: string;
}

/** Every header cell of the sheet, mapped or not, in sheet order. */
export function headerCells(layout: LedgerLayout): HeaderCell[] {
  const byIndex = new Map<number, string>();
  for (const c of [...layout.columns, ...layout.unmapped]) byIndex.set(c.index, c.header.replace(/\s+/g, " ").trim());
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([index, text]) => ({ index, text }));
}

/** The sheet column each known column is read from now (the first binding wins, as in the check). */
export function currentMapping(layout: LedgerLayout): Record<ColumnKey, number | null> {
  const out = Object.fromEntries(COLUMN_KEYS.map((k) => [k, null])) as Record<ColumnKey, number | null>;
  for (const b of [...layout.columns].reverse()) out[b.key] = b.index;
  return out;
}

/** Shows which sheet column each known column was read from, and lets the user correct it. */
function MappingEditor({ checked, disabled, onApply, locale }: MappingEditorProps) {
  const styles = useStyles();
  const layout = checked?.ledger.layout ?? null;
  // Edits belong to the layout they were made on; a new check starts clean (no effect needed to reset).
  const [edits, setEdits] = useState<{ layout: LedgerLayout | null; changes: ColumnMapping }>({
    layout,
    changes: {},
  });
  const changes = edits.layout === layout ? edits.changes : {};
  const headers = useMemo(() => (layout === null ? [] : headerCells(layout)), [layout]);
  const current = useMemo(() => (layout === null ? null : currentMapping(layout)), [layout]);

  if (layout === null || current === null) return <Caption1>{paneText("pane.mapping.needCheck", locale)}</Caption1>;

  const headerText = (h: HeaderCell) =>
    paneText("pane.mapping.header", locale, { letter: columnLetters(h.index), header: h.text });
  const noneText = paneText("pane.mapping.none", locale);
  const choose = (key: ColumnKey, index: number | null) => {
    const next: ColumnMapping = { ...changes };
    if (index === current[key]) delete next[key];
    else next[key] = index;
    setEdits({ layout, changes: next });
  };
  const dirty = Object.keys(changes).length > 0;

  return (
    <div className={styles.root}>
      <Caption1>{paneText("pane.mapping.intro", locale)}</Caption1>
      {COLUMN_KEYS.map((key) => {
        const chosen = key in changes ? (changes[key] ?? null) : current[key];
        const header = headers.find((h) => h.index === chosen);
        const spec = COLUMN_CATALOGUE[key];
        return (
          <Field
            key={key}
            orientation="horizontal"
            label={locale === "en-US" ? spec.labelEn : spec.label}
            required={spec.requirement === "required"}
          >
            <Dropdown
              className={styles.dropdown}
              value={header === undefined ? noneText : headerText(header)}
              selectedOptions={[header === undefined ? NONE : String(header.index)]}
              onOptionSelect={(_, d) =>
                choose(key, d.optionValue === undefined || d.optionValue === NONE ? null : Number(d.optionValue))
              }
              disabled={disabled}
              data-column-key={key}
            >
              <Option value={NONE}>{noneText}</Option>
              {headers.map((h) => (
                <Option key={h.index} value={String(h.index)}>
                  {headerText(h)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <Caption1>
        <strong>{paneText("pane.mapping.unmapped", locale)}</strong>
      </Caption1>
      {layout.unmapped.length === 0 ? (
        <Caption1>{paneText("pane.mapping.unmappedNone", locale)}</Caption1>
      ) : (
        <ul className={styles.unmapped}>
          {layout.unmapped.map((u) => (
            <li key={u.index}>
              <Caption1>{headerText({ index: u.index, text: u.header.replace(/\s+/g, " ").trim() })}</Caption1>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled || !dirty} onClick={() => onApply(changes)}>
          {paneText("pane.mapping.apply", locale)}
        </Button>
        <Button disabled={disabled || !dirty} onClick={() => setEdits({ layout, changes: {} })}>
          {paneText("pane.mapping.undo", locale)}
        </Button>
      </div>
    </div>
  );
}

// Memoised: the panel re-renders on every progress report; the result does not change meanwhile.
export default memo(MappingEditor);
