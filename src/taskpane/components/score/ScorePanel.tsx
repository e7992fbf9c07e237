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
import { DismissRegular, EyeRegular, TableAddRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { scoreText } from "../../../core/messages/score-messages";
import { dayToIso, type Day } from "../../../core/values/day";
import type { WorkbookPort } from "../../../usecases/workbook-port";
import { useScorecards } from "../../hooks/use-scorecards";
import AsOfField from "../check/AsOfField";
import BranchPicker from "./BranchPicker";
import ScorePlan from "./ScorePlan";
import ScoreTable from "./ScoreTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ScorePanelProps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  readonly today: Day;
}

/**
 * 检查评分: choose all branches or one, see what will be written, generate
 * the scorecards, and read each branch's score, grade and what cost most.
 */
export default function ScorePanel({ port, locale, today }: ScorePanelProps) {
  const styles = useStyles();
  const s = useScorecards(port, locale, today);
  const { state } = s;
  const t = (id: Parameters<typeof scoreText>[0], params?: Parameters<typeof scoreText>[1]) =>
    scoreText(id, params, locale);
  const busy = state.running !== null;
  const shown = state.plan ?? state.written;
  const sep = locale === "zh-CN" ? "、" : ", ";
  const written = state.written;
  const noticesWritten = written?.branches.filter((b) => b.notice !== null && !b.notice.kept).length ?? 0;
  return (
    <div className={styles.root}>
      <Body1>{t("score.pane.intro")}</Body1>
      <BranchPicker
        branches={state.branches}
        value={state.branch}
        onChange={s.chooseBranch}
        disabled={busy}
        locale={locale}
      />
      <AsOfField
        value={state.asOf}
        used={shown === null ? null : { asOf: shown.asOf, source: shown.asOfSource }}
        onChange={s.setAsOf}
        disabled={busy}
        locale={locale}
      />
      <div className={styles.actions}>
        <Button
          icon={state.running === "preview" ? <Spinner size="tiny" /> : <EyeRegular />}
          disabled={busy}
          onClick={() => void s.preview()}
        >
          {t(state.running === "preview" ? "score.pane.previewing" : "score.pane.preview")}
        </Button>
        <Button
          appearance="primary"
          icon={state.running === "fill" ? <Spinner size="tiny" /> : <TableAddRegular />}
          disabled={busy}
          onClick={() => void s.fill()}
        >
          {t(state.running === "fill" ? "score.pane.running" : "score.pane.run")}
        </Button>
      </div>
      {busy && (
        <Field validationState="none" validationMessage={paneText("pane.check.working", locale)}>
          <ProgressBar value={state.progress ?? undefined} />
        </Field>
      )}
      {state.problem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{paneText("pane.problem.title", locale)}</MessageBarTitle>
            {state.problem.message}
            {state.problem.hint !== "" && <div>{state.problem.hint}</div>}
            {state.standardProblems.length > 0 && (
              <ul className={styles.list}>
                {state.standardProblems.map((p, i) => (
                  <li key={i}>{p}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={paneText("pane.dismiss", locale)}
                icon={<DismissRegular />}
                onClick={s.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {state.plan !== null && <ScorePlan plan={state.plan} locale={locale} />}
      {state.plan === null && written !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t("score.pane.done", {
              cards: written.branches.length,
              notices: noticesWritten === 0 ? "" : t("score.pane.done.notices", { count: noticesWritten }),
            })}
            {written.notes.length > 0 && (
              <ul className={styles.list}>
                {written.notes.map((n, i) => (
                  <li key={i}>{n}</li>
                ))}
              </ul>
            )}
            {written.summarySheet !== null && (
              <div>
                <Button appearance="transparent" size="small" onClick={() => void s.open(written.summarySheet ?? "")}>
                  {written.summarySheet}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {shown !== null && (
        <>
          <Body1>
            {t("score.pane.as-of", { date: dayToIso(shown.asOf) })}
            {sep}
            {shown.sheet}
          </Body1>
          <ScoreTable
            branches={shown.branches}
            threshold={shown.standard.penaltyThreshold}
            {...(shown === written ? { onOpen: (sheet: string) => void s.open(sheet) } : {})}
            locale={locale}
          />
        </>
      )}
    </div>
  );
}
