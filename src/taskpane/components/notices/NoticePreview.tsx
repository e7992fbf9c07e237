import { Body1, Body1Strong, Button, Card, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkRegular, DismissRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { noticeText } from "../../../core/messages/notice-messages";
import { dayToIso } from "../../../core/values/day";
import type { MaturityNoticePlan } from "../../../usecases/create-maturity-notices";
import { amountText } from "./amount-text";
import UndecidedList from "./UndecidedList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface NoticePreviewProps {
  readonly plan: MaturityNoticePlan;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly locale: Locale;
}

/** What 生成到期提示 will write, before anything is: how many sheets, for which branches, how many loans. */
export default function NoticePreview({ plan, busy, onConfirm, onCancel, locale }: NoticePreviewProps) {
  const styles = useStyles();
  const t = (id: Parameters<typeof noticeText>[0], params?: Parameters<typeof noticeText>[1]) =>
    noticeText(id, params, locale);
  const money = (n: number) => amountText(n, plan.amountUnit, locale);
  const sep = locale === "zh-CN" ? "、" : ", ";
  return (
    <Card className={styles.root} aria-label={t("notice.pane.preview.title")}>
      <Body1Strong>{t("notice.pane.preview.title")}</Body1Strong>
      <Body1>
        {t("notice.pane.preview.period", {
          period: plan.periodLabel,
          asOf: dayToIso(plan.asOf),
          ledger: plan.ledgerSheet,
        })}
      </Body1>
      {plan.notices.length === 0 ? (
        <Body1>{t("notice.pane.preview.none", { period: plan.periodLabel })}</Body1>
      ) : (
        <>
          <Body1>
            {t("notice.pane.preview.sheets", {
              sheets: plan.notices.length + 1,
              branches: plan.notices.length,
              summary: plan.summarySheet,
              count: plan.count,
              balance: money(plan.balance),
            })}
          </Body1>
          <ul className={styles.list}>
            {plan.notices.map((n) => (
              <li key={n.sheet}>
                {t("notice.pane.preview.branch", { branch: n.branch, count: n.count, balance: money(n.balance) })}
                {n.update ? t("notice.pane.preview.update") : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.remove.length > 0 && <Body1>{t("notice.pane.preview.remove", { sheets: plan.remove.join(sep) })}</Body1>}
      {plan.skippedRows.length > 0 && (
        <Body1>{t("notice.pane.preview.skipped", { count: plan.skippedRows.length })}</Body1>
      )}
      <UndecidedList loans={plan.undecided} unit={plan.amountUnit} locale={locale} />
      <div className={styles.actions}>
        <Button appearance="primary" icon={<CheckmarkRegular />} disabled={busy} onClick={onConfirm}>
          {t("notice.pane.confirm")}
        </Button>
        <Button icon={<DismissRegular />} disabled={busy} onClick={onCancel}>
          {t("notice.pane.cancel")}
        </Button>
      </div>
    </Card>
  );
}
