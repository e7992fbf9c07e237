import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Locale } from "../../core/messages/message";
import { paneText } from "../../core/messages/pane-messages";
import { message } from "../../core/messages/catalogue";
import { noticeText } from "../../core/messages/notice-messages";
import { scoreText } from "../../core/messages/score-messages";
import { targetText } from "../../core/messages/target-messages";
import { warningText } from "../../core/messages/warning-messages";
import type { Day } from "../../core/values/day";
import type { WorkbookPort } from "../../usecases/workbook-port";
import CheckPanel from "./check/CheckPanel";
import { FeatureTabs } from "./FeatureTabs";
import NoticesPanel from "./notices/NoticesPanel";
import ScorePanel from "./score/ScorePanel";
import TargetsPanel from "./targets/TargetsPanel";
import WarningPanel from "./warning/WarningPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export interface AppProps {
  /** The workbook; null while Office (or the preview) is still connecting. */
  readonly port: WorkbookPort | null;
  readonly locale: Locale;
  /** Today by the local clock: the as-of date when the ledger states none. */
  readonly today: Day;
}

/** The feature tabs. Each feature adds one entry and its panel folder under components/. */
const FEATURES = ["check", "score", "warning", "notices", "targets"] as const;
type Feature = (typeof FEATURES)[number];
/** Each feature's tab label, from its own message table. */
const FEATURE_LABEL: Record<Feature, (locale: Locale) => string> = {
  check: (locale) => paneText("pane.tab.check", locale),
  score: (locale) => scoreText("score.pane.tab", {}, locale),
  notices: (locale) => noticeText("notice.tab", {}, locale),
  warning: (locale) => warningText("warning.pane.tab", locale),
  targets: (locale) => targetText("targets.pane.tab", {}, locale),
};

/**
 * The task pane: one tab per feature. Every panel gets the port as a prop,
 * so the same component runs in Excel (Office.js adapter) and in the browser
 * preview (memory adapter).
 */
export default function App({ port, locale, today }: AppProps) {
  const styles = useStyles();
  const [feature, setFeature] = useState<Feature>("check");
  const workbookKey = useWorkbookKey(port);
  return (
    <div className={styles.root}>
      <Subtitle1 as="h1">{message("ui.title", {}, locale)}</Subtitle1>
      <FeatureTabs
        tabs={FEATURES.map((f) => ({ value: f, label: FEATURE_LABEL[f](locale) }))}
        selected={feature}
        onSelect={setFeature}
        label={paneText("pane.tabs.label", locale)}
        separator={locale === "zh-CN" ? "、" : ", "}
      />
      {port === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{paneText("pane.connecting", locale)}</MessageBarTitle>
            {paneText("pane.connecting.hint", locale)}
          </MessageBarBody>
          <Spinner size="tiny" />
        </MessageBar>
      ) : (
        <>
          {feature === "check" && <CheckPanel key={workbookKey} port={port} locale={locale} today={today} />}
          {feature === "score" && <ScorePanel key={workbookKey} port={port} locale={locale} today={today} />}
          {feature === "notices" && <NoticesPanel key={workbookKey} port={port} locale={locale} today={today} />}
          {feature === "warning" && <WarningPanel key={workbookKey} port={port} locale={locale} today={today} />}
          {feature === "targets" && <TargetsPanel key={workbookKey} port={port} locale={locale} today={today} />}
        </>
      )}
    </div>
  );
}

/** A number that changes when another workbook is connected, so that panels start afresh on it. */
function useWorkbookKey(port: WorkbookPort | null): number {
  const seen = useRef<{ port: WorkbookPort | null; key: number }>({ port, key: 0 });
  if (seen.current.port !== port) seen.current = { port, key: seen.current.key + 1 };
  return seen.current.key;
}
