import {
  Body1,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { CalendarClockRegular, DismissRegular, OpenRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { noticeText } from "../../../core/messages/notice-messages";
import { paneText } from "../../../core/messages/pane-messages";
import type { Day } from "../../../core/values/day";
import type { WorkbookPort } from "../../../usecases/workbook-port";
import { useNotices } from "../../hooks/use-notices";
import AsOfField from "../check/AsOfField";
import NoticePreview from "./NoticePreview";
import UndecidedList from "./UndecidedList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { alignSelf: "flex-start" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface NoticesPanelProps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  readonly today: Day;
}

/**
 * 到期提示: one button that reads the ledger and shows which notices will be
 * written, for which branches and how many loans; confirming writes them
 * (updating the same sheets on a re-run, keeping what branches typed), and
 * the loans of earlier notices that matured with no decision are listed.
 */
export default function NoticesPanel({ port, locale, today }: NoticesPanelProps) {
  const styles = useStyles();
  const n = useNotices(port, locale, today);
  const { state } = n;
  const t = (id: Parameters<typeof noticeText>[0], params?: Parameters<typeof noticeText>[1]) =>
    noticeText(id, params, locale);
  const busy = state.running !== null;
  const shown = state.plan ?? state.result?.plan ?? null;
  const result = state.result;
  const sep = locale === "zh-CN" ? "、" : ", ";
  return (
    <div className={styles.root}>
      <Body1>{t("notice.pane.intro")}</Body1>
      <AsOfField
        value={state.asOf}
        used={shown === null ? null : { asOf: shown.asOf, source: shown.asOfSource }}
        onChange={n.setAsOf}
        disabled={busy}
        locale={locale}
      />
      <Button
        className={styles.run}
        appearance={state.plan === null ? "primary" : "secondary"}
        icon={state.running === "plan" ? <Spinner size="tiny" /> : <CalendarClockRegular />}
        disabled={busy}
        onClick={() => void n.generate()}
      >
        {state.running === "plan" ? t("notice.pane.planning") : t("notice.pane.run")}
      </Button>
      {busy && (
        <Field
          validationState="none"
          validationMessage={
            state.running === "write" ? t("notice.pane.writing") : paneText("pane.check.working", locale)
          }
        >
          <ProgressBar value={state.progress ?? undefined} />
        </Field>
      )}
      {state.problem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{paneText("pane.problem.title", locale)}</MessageBarTitle>
            {state.problem.message}
            {state.problem.hint !== "" && <div>{state.problem.hint}</div>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={paneText("pane.dismiss", locale)}
                icon={<DismissRegular />}
                onClick={n.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {state.plan !== null && (
        <NoticePreview
          plan={state.plan}
          busy={busy}
          onConfirm={() => void n.confirm()}
          onCancel={n.cancel}
          locale={locale}
        />
      )}
      {result !== null && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              {t("notice.pane.done", { count: result.notices.length, summary: result.summarySheet })}
              {result.removed.length > 0 && <div>{t("notice.pane.removed", { sheets: result.removed.join(sep) })}</div>}
              {result.messages.length > 0 && (
                <ul className={styles.list}>
                  {result.messages.map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              )}
              <div>
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<OpenRegular />}
                  onClick={() => void n.open(result.summarySheet)}
                >
                  {t("notice.pane.open-summary")}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
          <UndecidedList loans={result.undecided} unit={result.plan.amountUnit} locale={locale} />
        </>
      )}
    </div>
  );
}
