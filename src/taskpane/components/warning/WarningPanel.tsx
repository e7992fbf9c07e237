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
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular, DismissRegular, DocumentAddRegular, EyeRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { warningText, type WarningMessageId } from "../../../core/messages/warning-messages";
import type { Day } from "../../../core/values/day";
import type { WorkbookPort } from "../../../usecases/workbook-port";
import { useWarnings } from "../../hooks/use-warnings";
import OpenForms from "./OpenForms";
import StatusChangeForm from "./StatusChangeForm";
import WarningPlan from "./WarningPlan";
import type { WarningSourceChoice } from "./warning-reducer";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface WarningPanelProps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  readonly today: Day;
}

/**
 * 风险预警: preview the forms a selection (or the 预警信号 column) would give,
 * make them, and follow the open ones — overdue first — through 处理中,
 * 已解除 and 作废.
 */
export default function WarningPanel({ port, locale, today }: WarningPanelProps) {
  const styles = useStyles();
  const w = useWarnings(port, locale, today);
  const { state } = w;
  const t = (id: WarningMessageId, params?: Record<string, string | number>) => warningText(id, locale, params);
  const busy = state.running !== null;
  const planned = state.plan?.forms.length ?? 0;
  const list = state.list;
  return (
    <div className={styles.root}>
      <Body1>{t("warning.pane.intro")}</Body1>
      <Field label={t("warning.pane.source")}>
        <RadioGroup
          value={state.source}
          onChange={(_, d) => w.chooseSource(d.value as WarningSourceChoice)}
          disabled={busy}
        >
          <Radio value="selection" label={t("warning.pane.source.selection")} />
          <Radio value="signals" label={t("warning.pane.source.signals")} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button
          icon={state.running === "preview" ? <Spinner size="tiny" /> : <EyeRegular />}
          disabled={busy}
          onClick={() => void w.preview()}
        >
          {t(state.running === "preview" ? "warning.pane.previewing" : "warning.pane.preview")}
        </Button>
        <Button
          appearance="primary"
          icon={state.running === "create" ? <Spinner size="tiny" /> : <DocumentAddRegular />}
          disabled={busy || planned === 0}
          onClick={() => void w.create()}
        >
          {state.running === "create"
            ? t("warning.pane.creating")
            : planned === 0
              ? t("warning.pane.create-none")
              : t("warning.pane.create", { count: planned })}
        </Button>
      </div>
      {busy && state.running !== "list" && (
        <Field validationState="none" validationMessage={paneText("pane.check.working", locale)}>
          <ProgressBar />
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
                onClick={w.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {state.notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.plan !== null && <WarningPlan outcome={state.plan} locale={locale} />}
      {state.plan === null && state.created !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <WarningPlan outcome={state.created} locale={locale} onOpen={(sheet) => void w.open(sheet)} />
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.heading}>
        <Subtitle2 as="h2">
          {list === null
            ? t("warning.pane.open.title", { count: 0, overdue: 0 })
            : t("warning.pane.open.title", { count: list.open.length, overdue: list.overdue })}
        </Subtitle2>
        <Button
          appearance="subtle"
          size="small"
          icon={state.running === "list" ? <Spinner size="tiny" /> : <ArrowSyncRegular />}
          disabled={busy}
          onClick={() => void w.refresh()}
        >
          {t("warning.pane.refresh")}
        </Button>
      </div>
      {state.pending !== null && (
        <StatusChangeForm
          key={`${state.pending.number}-${state.pending.action}`}
          pending={state.pending}
          today={today}
          disabled={busy}
          onConfirm={(number, change) => void w.changeStatus(number, change)}
          onCancel={() => w.ask(null)}
          locale={locale}
        />
      )}
      {list !== null && list.open.length === 0 && <Body1>{t("warning.pane.open.none")}</Body1>}
      {list !== null && list.open.length > 0 && (
        <OpenForms
          forms={list.open}
          today={today}
          disabled={busy}
          onOpen={(sheet) => void w.open(sheet)}
          onProcessing={(number) => void w.changeStatus(number, { to: "处理中" })}
          onAsk={w.ask}
          locale={locale}
        />
      )}
      {list !== null &&
        [...list.notes, ...list.problems.map((p) => p.message)].map((n, i) => <Body1 key={i}>{n}</Body1>)}
    </div>
  );
}
