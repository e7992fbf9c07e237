import { Badge, Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../../core/messages/message";
import { warningText, type WarningMessageId } from "../../../core/messages/warning-messages";
import { dayToIso, type Day } from "../../../core/values/day";
import { formatWarningNumber } from "../../../core/warning/numbering";
import { isOverdue, type WarningRecord } from "../../../core/warning/warning-record";
import type { PendingChange } from "./warning-reducer";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface OpenFormsProps {
  /** Open forms, overdue first (as listWarningForms gives them). */
  readonly forms: readonly WarningRecord[];
  readonly today: Day;
  readonly disabled: boolean;
  readonly onOpen: (sheet: string) => void;
  readonly onProcessing: (number: string) => void;
  readonly onAsk: (pending: PendingChange) => void;
  readonly locale: Locale;
}

/** The open forms with their deadline (overdue ones flagged) and the status changes a form can take. */
export default function OpenForms({ forms, today, disabled, onOpen, onProcessing, onAsk, locale }: OpenFormsProps) {
  const styles = useStyles();
  const t = (id: WarningMessageId, params?: Record<string, string | number>) => warningText(id, locale, params);
  return (
    <ul className={styles.list}>
      {forms.map((r) => {
        const number = formatWarningNumber(r.number);
        const overdue = isOverdue(r, today);
        return (
          <li key={number} className={styles.item} data-number={number} data-overdue={overdue}>
            <div className={styles.line}>
              <Button appearance="transparent" size="small" onClick={() => onOpen(r.sheet)}>
                {number}
              </Button>
              <Body1>{r.customer ?? "—"}</Body1>
              <Badge appearance="outline" color={r.status === "处理中" ? "brand" : "informative"}>
                {r.status}
              </Badge>
              {overdue && (
                <Badge appearance="filled" color="danger">
                  {t("warning.pane.overdue")}
                </Badge>
              )}
              <Body1>{t("warning.pane.due", { date: dayToIso(r.deadline) })}</Body1>
            </div>
            <div className={styles.line}>
              <Button size="small" disabled={disabled || r.status === "处理中"} onClick={() => onProcessing(number)}>
                {t("warning.pane.to-processing")}
              </Button>
              <Button size="small" disabled={disabled} onClick={() => onAsk({ number, action: "release" })}>
                {t("warning.pane.release")}
              </Button>
              <Button size="small" disabled={disabled} onClick={() => onAsk({ number, action: "void" })}>
                {t("warning.pane.void")}
              </Button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
