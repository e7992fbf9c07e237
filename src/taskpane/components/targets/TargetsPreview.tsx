import { Body1, Body1Strong, Button, Card, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular } from "@fluentui/react-icons";
import type { Locale, MessageParams } from "../../../core/messages/message";
import { targetText, type TargetMessageId } from "../../../core/messages/target-messages";
import { dayToIso } from "../../../core/values/day";
import type { TargetSheetsPlan } from "../../../usecases/create-target-sheets";
import { balanceText } from "./balance-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface TargetsPreviewProps {
  readonly plan: TargetSheetsPlan;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly locale: Locale;
}

/** What 生成目标责任书 will write, before anything is: how many sheets, for which officers, new or updated. */
export default function TargetsPreview({ plan, busy, onConfirm, onCancel, locale }: TargetsPreviewProps) {
  const styles = useStyles();
  const t = (id: TargetMessageId, params?: MessageParams) => targetText(id, params, locale);
  const writing = plan.officers.filter((o) => o.blocked === null);
  const updated = writing.filter((o) => o.update).length;
  return (
    <Card className={styles.root} aria-label={t("targets.pane.preview.title", { count: writing.length })}>
      <Body1Strong>{t("targets.pane.preview.title", { count: writing.length })}</Body1Strong>
      <Body1>
        {t("targets.pane.preview.ledger", { ledger: plan.ledgerSheet, asOf: dayToIso(plan.asOf), year: plan.year })}
      </Body1>
      <Body1>
        {t("targets.pane.preview.counts", {
          created: writing.length - updated,
          updated,
          summary: plan.summarySheet,
          params: plan.paramsSheet,
        })}
      </Body1>
      <ul className={styles.list} aria-label={t("targets.pane.preview.list")}>
        {writing.map((o) => (
          <li key={o.sheet}>
            {t("targets.pane.preview.officer", {
              officer: o.officer,
              accounts: o.portfolio.accounts,
              balance: balanceText(o.portfolio.balance, plan.amountUnit),
            })}
            {t(o.update ? "targets.pane.preview.update" : "targets.pane.preview.new")}
          </li>
        ))}
      </ul>
      {plan.notices.length > 0 && (
        <>
          <Body1Strong>{t("targets.pane.notices")}</Body1Strong>
          <ul className={styles.list}>
            {plan.notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={onConfirm}>
          {t("targets.pane.confirm")}
        </Button>
        <Button icon={<DismissRegular />} disabled={busy} onClick={onCancel}>
          {t("targets.pane.cancel")}
        </Button>
      </div>
    </Card>
  );
}
