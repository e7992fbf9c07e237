import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Field,
  makeStyles,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { PlayRegular } from "@fluentui/react-icons";
import { useCallback } from "react";
import type { Finding, RuleId, Severity } from "../../../core/findings/finding";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import type { Settings } from "../../../core/settings/defaults";
import type { Day } from "../../../core/values/day";
import type { WorkbookPort } from "../../../usecases";
import { useLedgerCheck } from "../../hooks/use-ledger-check";
import type { ColumnMapping } from "../../state/check-reducer";
import AsOfField from "./AsOfField";
import CheckActions from "./CheckActions";
import CheckMessages from "./CheckMessages";
import CheckSummary from "./CheckSummary";
import FindingsList from "./FindingsList";
import MappingEditor from "./MappingEditor";
import SettingsEditor from "./SettingsEditor";
import SheetPicker from "./SheetPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  run: { alignSelf: "flex-start" },
});

const NO_NOTICES: readonly never[] = [];

export interface CheckPanelProps {
  readonly port: WorkbookPort;
  readonly locale: Locale;
  readonly today: Day;
}

/** 台账检查: pick a ledger, check it, read and navigate the findings, write results, mark and clear. */
export default function CheckPanel({ port, locale, today }: CheckPanelProps) {
  const styles = useStyles();
  const c = useLedgerCheck(port, locale, today);
  const { state } = c;
  const busy = state.running !== null;
  const checked = state.checked;
  // Stable handlers, so that the memoised result components skip the re-renders of progress reports.
  const { setFilter, goTo, applyMapping, saveSettings, writeResults, markCells, clearAllMarks, refreshSheets } = c;
  const onSeverity = useCallback((severity: Severity) => setFilter({ severity, rule: null }), [setFilter]);
  const onRule = useCallback((rule: RuleId) => setFilter({ rule, severity: null }), [setFilter]);
  const onGoTo = useCallback((f: Finding) => void goTo(f), [goTo]);
  const onApply = useCallback((m: ColumnMapping) => void applyMapping(m), [applyMapping]);
  const onSave = useCallback((s: Settings) => void saveSettings(s), [saveSettings]);
  const onWrite = useCallback(() => void writeResults(), [writeResults]);
  const onMark = useCallback(() => void markCells(), [markCells]);
  const onClear = useCallback(() => void clearAllMarks(), [clearAllMarks]);
  const onRefresh = useCallback(() => void refreshSheets(), [refreshSheets]);
  return (
    <div className={styles.root}>
      <Body1>{paneText("pane.check.intro", locale)}</Body1>
      <SheetPicker
        candidates={state.candidates}
        otherSheets={state.otherSheets}
        value={state.sheet}
        onChange={c.chooseSheet}
        onRefresh={onRefresh}
        disabled={busy}
        locale={locale}
      />
      <AsOfField
        value={state.asOf}
        used={checked === null ? null : { asOf: checked.asOf, source: checked.asOfSource }}
        onChange={c.setAsOf}
        disabled={busy}
        locale={locale}
      />
      <Button
        className={styles.run}
        appearance="primary"
        icon={state.running === "check" ? <Spinner size="tiny" /> : <PlayRegular />}
        disabled={busy}
        onClick={() => void c.check()}
      >
        {paneText(state.running === "check" ? "pane.check.running" : "pane.check.run", locale)}
      </Button>
      {state.running === "check" && (
        <Field
          validationState="none"
          validationMessage={
            state.progress === null
              ? paneText("pane.check.working", locale)
              : paneText("pane.check.progress", locale, { percent: Math.round(state.progress * 100) })
          }
        >
          <ProgressBar value={state.progress ?? undefined} />
        </Field>
      )}
      <CheckMessages
        problem={state.problem}
        notice={state.notice}
        storeProblems={state.storeProblems}
        checkNotices={checked?.notices ?? NO_NOTICES}
        onDismiss={c.dismiss}
        locale={locale}
      />
      <CheckActions
        hasResult={checked !== null}
        running={state.running}
        onWrite={onWrite}
        onMark={onMark}
        onClear={onClear}
        locale={locale}
      />
      {checked !== null && (
        <>
          <CheckSummary checked={checked} locale={locale} onSeverity={onSeverity} onRule={onRule} />
          <FindingsList
            findings={checked.result.findings}
            filter={state.filter}
            page={state.page}
            onFilter={c.setFilter}
            onPage={c.setPage}
            onGoTo={onGoTo}
            locale={locale}
          />
        </>
      )}
      <Accordion collapsible multiple>
        <AccordionItem value="mapping">
          <AccordionHeader>{paneText("pane.mapping.title", locale)}</AccordionHeader>
          <AccordionPanel>
            <MappingEditor checked={checked} disabled={busy} onApply={onApply} locale={locale} />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="settings">
          <AccordionHeader>{paneText("pane.settings.title", locale)}</AccordionHeader>
          <AccordionPanel>
            <SettingsEditor settings={state.settings} disabled={busy} onSave={onSave} locale={locale} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
