import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import type { ShownProblem } from "../../hooks/use-command";
import type { Notice } from "../../state/check-reducer";

export interface CheckMessagesProps {
  readonly problem: ShownProblem | null;
  readonly notice: Notice | null;
  readonly storeProblems: readonly ShownProblem[];
  /** What did not stop the last check but the user should know (damaged settings, a mapping not saved). */
  readonly checkNotices: readonly ShownProblem[];
  readonly onDismiss: () => void;
  readonly locale: Locale;
}

function noticeText(notice: Notice, locale: Locale): string {
  switch (notice.kind) {
    case "written": {
      const written = paneText("pane.action.written", locale, { sheet: notice.sheet });
      // The use case explains a renamed sheet (检查结果 existed and was not ours) in its own words.
      return notice.message === undefined ? written : `${written} ${notice.message}`;
    }
    case "marked":
      return paneText("pane.action.marked", locale, { count: notice.count });
    case "cleared":
      return paneText("pane.action.cleared", locale, { count: notice.count });
    case "settings-saved":
      return paneText("pane.settings.saved", locale);
  }
}

function distinct(problems: readonly ShownProblem[]): ShownProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.message}\u0000${p.hint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The pane's answers: a problem (what went wrong and what to do), a done notice, and warnings that stopped nothing. */
export default function CheckMessages(props: CheckMessagesProps) {
  const { problem, notice, storeProblems, checkNotices, onDismiss, locale } = props;
  // A damaged setting is reported when the store loads and again by each check: say it once.
  const warnings = distinct([
    ...storeProblems,
    ...checkNotices,
    ...(notice !== null && (notice.kind === "marked" || notice.kind === "cleared") ? (notice.problems ?? []) : []),
  ]);
  const dismiss = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={paneText("pane.dismiss", locale)}
          icon={<DismissRegular />}
          onClick={onDismiss}
        />
      }
    />
  );
  return (
    <>
      {problem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{paneText("pane.problem.title", locale)}</MessageBarTitle>
            {problem.message}
            {problem.hint !== "" && <div>{problem.hint}</div>}
          </MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
      {notice !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{noticeText(notice, locale)}</MessageBarBody>
          {dismiss}
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{paneText("pane.warnings.title", locale)}</MessageBarTitle>
            {warnings.map((p, i) => (
              <div key={i}>
                {p.message} {p.hint}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
