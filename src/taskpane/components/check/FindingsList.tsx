import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular, SearchRegular } from "@fluentui/react-icons";
import { memo, useDeferredValue, useMemo, useRef } from "react";
import { RULE_IDS, type Finding, type RuleId, type Severity } from "../../../core/findings/finding";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { filterFindings, pageOf, searchTexts, type FindingsFilter } from "../../state/check-reducer";
import FindingRow from "./FindingRow";

/** Rows rendered at once: the list stays light with 50,000 findings. */
export const FINDINGS_PAGE_SIZE = 50;
const ALL = "";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  search: { gridColumn: "1 / span 2" },
  dropdown: { minWidth: "0", width: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  pager: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly filter: FindingsFilter;
  readonly page: number;
  readonly onFilter: (filter: Partial<FindingsFilter>) => void;
  readonly onPage: (page: number) => void;
  readonly onGoTo: (finding: Finding) => void;
  readonly locale: Locale;
}

/** The findings, filtered by severity, rule and text, one page at a time; a click shows the cell. */
function FindingsList({ findings, filter, page, onFilter, onPage, onGoTo, locale }: FindingsListProps) {
  const styles = useStyles();
  // Typing stays immediate; the filtering of a long list follows when React has time.
  const deferred = useDeferredValue(filter);
  const texts = useMemo(() => searchTexts(findings), [findings]);
  const shown = useMemo(() => filterFindings(findings, deferred, texts), [findings, deferred, texts]);
  const current = pageOf(shown, page, FINDINGS_PAGE_SIZE);
  const rulesPresent = useMemo(() => {
    const present = new Set(findings.map((f) => f.rule));
    return RULE_IDS.filter((r) => present.has(r));
  }, [findings]);
  const top = useRef<HTMLElement>(null);
  // A new page starts at its first finding, not where the pager button was.
  const turn = (next: number) => {
    onPage(next);
    top.current?.scrollIntoView?.({ block: "start" });
  };
  const all = paneText("pane.findings.all", locale);
  const severityText = (s: Severity | null) => (s === null ? all : paneText(`pane.severity.${s}`, locale));
  const ruleText = (r: RuleId | null) => (r === null ? all : paneText(`pane.rule.${r}`, locale));

  return (
    <section
      ref={top}
      className={styles.root}
      aria-label={paneText("pane.findings.title", locale, { count: findings.length })}
    >
      <Subtitle2 as="h3">{paneText("pane.findings.title", locale, { count: findings.length })}</Subtitle2>
      <div className={styles.filters}>
        <Field label={paneText("pane.findings.severity", locale)}>
          <Dropdown
            className={styles.dropdown}
            value={severityText(filter.severity)}
            selectedOptions={[filter.severity ?? ALL]}
            onOptionSelect={(_, d) => onFilter({ severity: (d.optionValue || null) as Severity | null })}
          >
            <Option value={ALL}>{all}</Option>
            {(["error", "warning", "info"] as const).map((s) => (
              <Option key={s} value={s}>
                {severityText(s)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={paneText("pane.findings.rule", locale)}>
          <Dropdown
            className={styles.dropdown}
            value={ruleText(filter.rule)}
            selectedOptions={[filter.rule ?? ALL]}
            onOptionSelect={(_, d) => onFilter({ rule: (d.optionValue || null) as RuleId | null })}
          >
            <Option value={ALL}>{all}</Option>
            {rulesPresent.map((r) => (
              <Option key={r} value={r}>
                {ruleText(r)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.search} label={paneText("pane.findings.search", locale)}>
          <Input
            type="search"
            contentBefore={<SearchRegular />}
            placeholder={paneText("pane.findings.searchPlaceholder", locale)}
            value={filter.text}
            onChange={(_, d) => onFilter({ text: d.value })}
          />
        </Field>
      </div>

      {shown.length === 0 ? (
        <Caption1>{paneText("pane.findings.empty", locale)}</Caption1>
      ) : (
        <>
          <ul className={styles.list}>
            {current.items.map((f, i) => (
              <FindingRow key={current.first + i} finding={f} onGoTo={onGoTo} locale={locale} />
            ))}
          </ul>
          <div className={styles.pager}>
            <Button
              icon={<ChevronLeftRegular />}
              appearance="subtle"
              aria-label={paneText("pane.findings.prev", locale)}
              disabled={current.page === 0}
              onClick={() => turn(current.page - 1)}
            />
            <Caption1 aria-live="polite">
              {paneText("pane.findings.range", locale, {
                from: current.first + 1,
                to: current.first + current.items.length,
                total: shown.length,
              })}
            </Caption1>
            <Button
              icon={<ChevronRightRegular />}
              appearance="subtle"
              aria-label={paneText("pane.findings.next", locale)}
              disabled={current.page >= current.pageCount - 1}
              onClick={() => turn(current.page + 1)}
            />
          </div>
        </>
      )}
    </section>
  );
}

// Memoised: the panel re-renders on every progress report; the result does not change meanwhile.
export default memo(FindingsList);
