import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../../core/messages/message";
import { warningText, type WarningMessageId } from "../../../core/messages/warning-messages";
import type { Created } from "./warning-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface WarningPlanProps {
  /** A preview (dry run) or what was made. */
  readonly outcome: Created;
  readonly locale: Locale;
  /** Opens a form's sheet; only for forms that were made. */
  readonly onOpen?: (sheet: string) => void;
}

/**
 * The forms of a preview, before anything is written (how many, for whom,
 * and which loans are left out and why), or the forms just made.
 */
export default function WarningPlan({ outcome, locale, onOpen }: WarningPlanProps) {
  const styles = useStyles();
  const t = (id: WarningMessageId, params?: Record<string, string | number>) => warningText(id, locale, params);
  const { forms, skipped, notes } = outcome;
  const title = outcome.written
    ? t("warning.pane.created", { count: forms.length, register: outcome.register ?? "" })
    : forms.length === 0
      ? t("warning.pane.plan.none")
      : t("warning.pane.plan.title", { count: forms.length });
  return (
    <div className={styles.root} data-testid={outcome.written ? "warning-created" : "warning-plan"}>
      <Body1>{title}</Body1>
      {forms.length > 0 && (
        <ul className={styles.list}>
          {forms.map((f) => (
            <li key={f.numberText} data-number={f.numberText}>
              {onOpen !== undefined && outcome.written ? (
                <Button appearance="transparent" size="small" onClick={() => onOpen(f.sheet)}>
                  {f.numberText}
                </Button>
              ) : (
                f.numberText
              )}{" "}
              {f.signal === null
                ? t("warning.pane.plan.row", { customer: f.customer ?? "—", key: f.key ?? "—" })
                : t("warning.pane.plan.row-signal", {
                    customer: f.customer ?? "—",
                    key: f.key ?? "—",
                    signal: f.signal,
                  })}
            </li>
          ))}
        </ul>
      )}
      {!outcome.written && forms.length > 0 && <Caption1>{t("warning.pane.plan.numbers")}</Caption1>}
      {skipped.length > 0 && (
        <>
          <Body1>{t("warning.pane.skipped")}</Body1>
          <ul className={styles.list}>
            {skipped.map((s, i) => (
              <li key={i}>{s.message}</li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <ul className={styles.list}>
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
