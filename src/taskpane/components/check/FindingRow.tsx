import { Badge, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Finding } from "../../../core/findings/finding";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { SEVERITY_BADGE } from "./severity-style";

const useStyles = makeStyles({
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  button: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    background: "none",
    textAlign: "left",
    cursor: "pointer",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  where: { fontVariantNumeric: "tabular-nums" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface FindingRowProps {
  readonly finding: Finding;
  readonly onGoTo: (finding: Finding) => void;
  readonly locale: Locale;
}

/** One finding: severity, where it is, the message and the hint; a click shows the cell. */
function FindingRow({ finding: f, onGoTo, locale }: FindingRowProps) {
  const styles = useStyles();
  const where =
    f.cell === null
      ? paneText("pane.findings.whereRow", locale, { row: f.row })
      : paneText("pane.findings.where", locale, { cell: f.cell, row: f.row });
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={styles.button}
        onClick={() => onGoTo(f)}
        aria-label={paneText("pane.findings.goTo", locale, { where, message: f.message })}
        data-cell={f.cell ?? ""}
      >
        <span className={styles.head}>
          <Badge size="small" appearance="filled" color={SEVERITY_BADGE[f.severity]}>
            {paneText(`pane.severity.${f.severity}`, locale)}
          </Badge>
          <Caption1 className={styles.where}>{where}</Caption1>
          {f.key !== null && <Caption1>{f.key}</Caption1>}
        </span>
        <Text size={200}>{f.message}</Text>
        <Caption1 className={styles.hint}>{f.hint}</Caption1>
      </button>
    </li>
  );
}

export default memo(FindingRow);
