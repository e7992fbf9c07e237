import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Locale } from "../../../core/messages/message";
import { warningText } from "../../../core/messages/warning-messages";
import { dayFromYmd, dayToIso, type Day } from "../../../core/values/day";
import type { StatusChange } from "../../../core/warning/status";
import type { PendingChange } from "./warning-reducer";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** "2026-03-31" from a date input → Day; anything else → null. */
function dayFromIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m === null ? null : dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export interface StatusChangeFormProps {
  readonly pending: PendingChange;
  readonly today: Day;
  readonly disabled: boolean;
  readonly onConfirm: (number: string, change: StatusChange) => void;
  readonly onCancel: () => void;
  readonly locale: Locale;
}

/** Asks what a release or a void needs: the release date (today by default), or the reason. */
export default function StatusChangeForm({
  pending,
  today,
  disabled,
  onConfirm,
  onCancel,
  locale,
}: StatusChangeFormProps) {
  const styles = useStyles();
  const [date, setDate] = useState(dayToIso(today));
  const [reason, setReason] = useState("");
  const t = (id: Parameters<typeof warningText>[0], params?: Record<string, string | number>) =>
    warningText(id, locale, params);
  const releasedOn = dayFromIso(date);
  const release = pending.action === "release";
  const ready = release ? releasedOn !== null : reason.trim() !== "";
  const confirm = (): void => {
    if (release && releasedOn !== null) onConfirm(pending.number, { to: "已解除", releasedOn });
    else if (!release && reason.trim() !== "") onConfirm(pending.number, { to: "作废", reason, on: today });
  };
  return (
    <div
      className={styles.root}
      role="group"
      aria-label={t(release ? "warning.pane.release.title" : "warning.pane.void.title", { number: pending.number })}
    >
      <Caption1>
        {t(release ? "warning.pane.release.title" : "warning.pane.void.title", { number: pending.number })}
      </Caption1>
      {release ? (
        <Field
          label={t("warning.pane.release.date")}
          validationState={releasedOn === null ? "error" : "none"}
          validationMessage={releasedOn === null ? t("warning.pane.bad-date") : undefined}
        >
          <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} disabled={disabled} />
        </Field>
      ) : (
        <Field label={t("warning.pane.void.reason")} hint={t("warning.pane.void.note")} required>
          <Input value={reason} onChange={(_, d) => setReason(d.value)} disabled={disabled} />
        </Field>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled || !ready} onClick={confirm}>
          {t("warning.pane.confirm")}
        </Button>
        <Button disabled={disabled} onClick={onCancel}>
          {t("warning.pane.cancel")}
        </Button>
      </div>
    </div>
  );
}
