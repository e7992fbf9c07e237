import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { dayFromYmd, dayToIso, type Day } from "../../../core/values/day";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { flexGrow: 1, minWidth: 0 },
});

export interface AsOfFieldProps {
  /** The date the user set; null = automatic. */
  readonly value: Day | null;
  /** What the last check used, and why, to say so under the field. */
  readonly used: { readonly asOf: Day; readonly source: "explicit" | "sheet" | "today" } | null;
  readonly onChange: (asOf: Day | null) => void;
  readonly disabled: boolean;
  readonly locale: Locale;
}

/** "2026-03-31" from a date input → Day; anything else (an emptied field) → null. */
export function dayFromIsoInput(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return null;
  return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The as-of date: empty means the ledger's 统计日期 (else today); the user can set one. */
export default function AsOfField({ value, used, onChange, disabled, locale }: AsOfFieldProps) {
  const styles = useStyles();
  const hint =
    value !== null || used === null
      ? paneText("pane.asOf.auto", locale)
      : paneText(`pane.asOf.source.${used.source}`, locale, { date: dayToIso(used.asOf) });
  return (
    <Field label={paneText("pane.asOf.label", locale)} hint={hint}>
      <div className={styles.row}>
        <Input
          className={styles.input}
          type="date"
          value={value === null ? "" : dayToIso(value)}
          onChange={(_, data) => onChange(dayFromIsoInput(data.value))}
          disabled={disabled}
        />
        {value !== null && (
          <Button appearance="subtle" onClick={() => onChange(null)} disabled={disabled}>
            {paneText("pane.asOf.reset", locale)}
          </Button>
        )}
      </div>
    </Field>
  );
}
