import { Button, Dropdown, Field, makeStyles, Option, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import type { LedgerCandidate } from "../../state/check-reducer";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1, minWidth: 0 },
  dropdown: { minWidth: "0", width: "100%" },
});

/** The option value meaning "let the check choose": no sheet name can be empty. */
const AUTO = "";

export interface SheetPickerProps {
  readonly candidates: readonly LedgerCandidate[];
  readonly otherSheets: readonly string[];
  /** The picked sheet; null = automatic. */
  readonly value: string | null;
  readonly onChange: (sheet: string | null) => void;
  readonly onRefresh: () => void;
  readonly disabled: boolean;
  readonly locale: Locale;
}

/**
 * Which ledger to check: automatic (the active sheet), one of the sheets that
 * look like ledgers, or any other sheet (the check then says why it cannot read it).
 */
export default function SheetPicker(props: SheetPickerProps) {
  const { candidates, otherSheets, value, onChange, onRefresh, disabled, locale } = props;
  const styles = useStyles();
  const autoText = paneText("pane.sheet.auto", locale);
  const optionText = (c: LedgerCandidate) =>
    paneText("pane.sheet.option", locale, { name: c.name, row: c.headerRow, matched: c.matched });
  const otherText = (name: string) => paneText("pane.sheet.other", locale, { name });
  const picked = candidates.find((c) => c.name === value);
  const pickedOther = picked === undefined && value !== null && otherSheets.includes(value) ? value : null;
  const shownText =
    picked !== undefined ? optionText(picked) : pickedOther !== null ? otherText(pickedOther) : autoText;
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={paneText("pane.sheet.label", locale)}
        hint={candidates.length === 0 ? paneText("pane.sheet.none", locale) : undefined}
      >
        <Dropdown
          className={styles.dropdown}
          value={shownText}
          selectedOptions={[picked?.name ?? pickedOther ?? AUTO]}
          onOptionSelect={(_, data) => onChange(data.optionValue ? data.optionValue : null)}
          disabled={disabled}
        >
          <Option value={AUTO}>{autoText}</Option>
          {candidates.map((c) => (
            <Option key={c.name} value={c.name} text={optionText(c)}>
              {optionText(c)}
            </Option>
          ))}
          {otherSheets.map((name) => (
            <Option key={name} value={name} text={otherText(name)}>
              {otherText(name)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Tooltip content={paneText("pane.sheet.refresh", locale)} relationship="label">
        <Button icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={disabled} />
      </Tooltip>
    </div>
  );
}
