import {
  Badge,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import { RULE_IDS, type RuleId, type Severity } from "../../../core/findings/finding";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import type { CheckedLedger } from "../../state/check-reducer";
import ColumnCompleteness from "./ColumnCompleteness";
import { percentText, SEVERITY_BADGE } from "./severity-style";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  rules: { display: "grid", gridTemplateColumns: "1fr auto", columnGap: tokens.spacingHorizontalM, rowGap: "2px" },
  count: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

const VERDICT = {
  errors: { intent: "error", title: "pane.verdict.fail", text: "pane.verdict.fail.text" },
  warnings: { intent: "warning", title: "pane.verdict.review", text: "pane.verdict.review.text" },
  pass: { intent: "success", title: "pane.verdict.pass", text: "pane.verdict.pass.text" },
} as const;

export interface CheckSummaryProps {
  readonly checked: CheckedLedger;
  readonly locale: Locale;
  /** Filters the findings list (a click on a count). */
  readonly onSeverity: (severity: Severity) => void;
  readonly onRule: (rule: RuleId) => void;
}

/** The verdict and the figures of the last check. */
function CheckSummary({ checked, locale, onSeverity, onRule }: CheckSummaryProps) {
  const styles = useStyles();
  const s = checked.result.summary;
  const verdict = VERDICT[s.verdict];
  const counts = { errors: s.bySeverity.error, warnings: s.bySeverity.warning };
  const rules = RULE_IDS.filter((r) => (s.byRule[r] ?? 0) > 0);
  return (
    <section className={styles.root} aria-label={paneText(verdict.title, locale)}>
      <MessageBar intent={verdict.intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{paneText(verdict.title, locale)}</MessageBarTitle>
          {paneText(verdict.text, locale, counts)}
        </MessageBarBody>
      </MessageBar>
      <Caption1>
        {paneText("pane.summary.context", locale, { sheet: checked.sheet, asOf: s.asOf, rows: s.dataRows })}
      </Caption1>

      <Subtitle2 as="h3">{paneText("pane.summary.bySeverity", locale)}</Subtitle2>
      <div className={styles.badges}>
        {(["error", "warning", "info"] as const).map((sev) => (
          <Link key={sev} as="button" onClick={() => onSeverity(sev)}>
            <Badge appearance="tint" color={SEVERITY_BADGE[sev]} data-severity={sev}>
              {paneText(`pane.severity.${sev}`, locale)} {s.bySeverity[sev]}
            </Badge>
          </Link>
        ))}
      </div>

      {rules.length > 0 && (
        <>
          <Subtitle2 as="h3">{paneText("pane.summary.byRule", locale)}</Subtitle2>
          <div className={styles.rules} data-testid="counts-by-rule">
            {rules.map((r) => (
              <RuleCount key={r} rule={r} count={s.byRule[r] ?? 0} locale={locale} onRule={onRule} />
            ))}
          </div>
        </>
      )}

      <Subtitle2 as="h3">{paneText("pane.summary.complete", locale)}</Subtitle2>
      <ProgressBar value={s.completeShare} thickness="large" color={s.completeShare >= 1 ? "success" : "brand"} />
      <Caption1>
        {paneText("pane.summary.completeValue", locale, {
          percent: percentText(s.completeShare),
          complete: s.completeRows,
          rows: s.dataRows,
        })}
      </Caption1>

      <ColumnCompleteness columns={s.columns} locale={locale} />
    </section>
  );
}

function RuleCount(props: { rule: RuleId; count: number; locale: Locale; onRule: (rule: RuleId) => void }) {
  const styles = useStyles();
  return (
    <>
      <Link as="button" onClick={() => props.onRule(props.rule)}>
        {paneText(`pane.rule.${props.rule}`, props.locale)}
      </Link>
      <span className={styles.count}>{props.count}</span>
    </>
  );
}

// Memoised: the panel re-renders on every progress report; the result does not change meanwhile.
export default memo(CheckSummary);
