import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular, DocumentTableRegular, OpenRegular } from "@fluentui/react-icons";
import type { Locale, MessageParams } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { targetText, type TargetMessageId } from "../../../core/messages/target-messages";
import type { Day } from "../../../core/values/day";
import type { WorkbookPort } from "../../../usecases/workbook-port";
import { useTargets } from "../../hooks/use-targets";
import AsOfField from "../check/AsOfField";
import TargetsPreview from "./TargetsPreview";
import { yearOf } from "./targets-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { alignSelf: "flex-start" },
  year: { maxWidth: "160px" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface TargetsPanelProps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  readonly today: Day;
}

/**
 * 目标责任书: one button that reads the ledger and shows which officers'
 * sheets will be written (new or updated); confirming writes them with the
 * 考核汇总, refreshing the portfolios and keeping every target and actual
 * typed on the sheets already there.
 */
export default function TargetsPanel({ port, locale, today }: TargetsPanelProps) {
  const styles = useStyles();
  const g = useTargets(port, locale, today);
  const { state } = g;
  const t = (id: TargetMessageId, params?: MessageParams) => targetText(id, params, locale);
  const busy = state.running !== null;
  const yearBad = yearOf(state.yearText) === undefined;
  const shown = state.plan ?? state.result?.plan ?? null;
  const result = state.result;
  return (
    <div className={styles.root}>
      <Body1>{t("targets.pane.intro")}</Body1>
      <Field
        label={t("targets.pane.year")}
        hint={yearBad ? undefined : t("targets.pane.year.hint")}
        validationState={yearBad ? "error" : "none"}
        validationMessage={yearBad ? t("targets.pane.year.invalid") : undefined}
      >
        <Input
          className={styles.year}
          value={state.yearText}
          inputMode="numeric"
          placeholder={shown === null ? "" : String(shown.year)}
          disabled={busy}
          onChange={(_, d) => g.setYear(d.value)}
        />
      </Field>
      <AsOfField
        value={state.asOf}
        used={shown === null ? null : { asOf: shown.asOf, source: shown.asOfSource }}
        onChange={g.setAsOf}
        disabled={busy}
        locale={locale}
      />
      <Button
        className={styles.run}
        appearance={state.plan === null ? "primary" : "secondary"}
        icon={state.running === "plan" ? <Spinner size="tiny" /> : <DocumentTableRegular />}
        disabled={busy || yearBad}
        onClick={() => void g.generate()}
      >
        {state.running === "plan" ? t("targets.pane.running") : t("targets.pane.run")}
      </Button>
      {busy && (
        <Field
          validationState="none"
          validationMessage={
            state.running === "write" ? t("targets.pane.writing") : paneText("pane.check.working", locale)
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
                onClick={g.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {state.plan !== null && (
        <TargetsPreview
          plan={state.plan}
          busy={busy}
          onConfirm={() => void g.confirm()}
          onCancel={g.cancel}
          locale={locale}
        />
      )}
      {result !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {t("targets.pane.done", { count: result.written, summary: result.summarySheet })}
            </MessageBarTitle>
            <div>{t("targets.pane.done.hint")}</div>
            {[...result.messages, ...result.plan.notices].length > 0 && (
              <ul className={styles.list}>
                {[...result.messages, ...result.plan.notices].map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            )}
            <div>
              <Button
                appearance="transparent"
                size="small"
                icon={<OpenRegular />}
                onClick={() => void g.open(result.summarySheet)}
              >
                {result.summarySheet}
              </Button>
              {result.officers
                .filter((o) => o.blocked === null)
                .map((o) => (
                  <Button
                    key={o.sheet}
                    appearance="transparent"
                    size="small"
                    icon={<OpenRegular />}
                    onClick={() => void g.open(o.sheet)}
                  >
                    {o.sheet}
                  </Button>
                ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
