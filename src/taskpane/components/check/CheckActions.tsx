import { Button, makeStyles, Spinner, tokens, Tooltip } from "@fluentui/react-components";
import { EraserRegular, HighlightRegular, TableAddRegular } from "@fluentui/react-icons";
import { memo, type ReactElement } from "react";
import type { Locale } from "../../../core/messages/message";
import { paneText, type PaneMessageId } from "../../../core/messages/pane-messages";
import type { CheckCommand } from "../../state/check-reducer";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface CheckActionsProps {
  /** Whether there is a result to write or mark. */
  readonly hasResult: boolean;
  readonly running: CheckCommand | null;
  readonly onWrite: () => void;
  readonly onMark: () => void;
  readonly onClear: () => void;
  readonly locale: Locale;
}

/** 写入检查结果 / 标记问题单元格 / 清除标记. */
function CheckActions({ hasResult, running, onWrite, onMark, onClear, locale }: CheckActionsProps) {
  const styles = useStyles();
  const busy = running !== null;
  const action = (
    command: CheckCommand,
    label: PaneMessageId,
    tip: PaneMessageId,
    icon: ReactElement,
    onClick: () => void,
    enabled: boolean,
  ) => (
    <Tooltip content={paneText(tip, locale)} relationship="description">
      <Button icon={running === command ? <Spinner size="tiny" /> : icon} onClick={onClick} disabled={busy || !enabled}>
        {paneText(label, locale)}
      </Button>
    </Tooltip>
  );
  return (
    <div className={styles.row}>
      {action("write", "pane.action.write", "pane.action.write.tip", <TableAddRegular />, onWrite, hasResult)}
      {action("mark", "pane.action.mark", "pane.action.mark.tip", <HighlightRegular />, onMark, hasResult)}
      {/* Marks can be left from an earlier session: clearing needs no result on screen. */}
      {action("clear", "pane.action.clear", "pane.action.clear.tip", <EraserRegular />, onClear, true)}
    </div>
  );
}

// Memoised: the panel re-renders on every progress report; the result does not change meanwhile.
export default memo(CheckActions);
