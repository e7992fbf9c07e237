import { Caption1, makeStyles, ProgressBar, Subtitle2, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { ColumnCompleteness as Completeness } from "../../../core/ledger/ledger-summary";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { percentText } from "./severity-style";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 8em) minmax(3em, 1fr) auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  value: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

export interface ColumnCompletenessProps {
  readonly columns: readonly Completeness[];
  readonly locale: Locale;
}

/** How full each mapped column is, as a small bar per column in sheet order. */
export default function ColumnCompleteness({ columns, locale }: ColumnCompletenessProps) {
  const styles = useStyles();
  if (columns.length === 0) return null;
  return (
    <>
      <Subtitle2 as="h3">{paneText("pane.summary.columns", locale)}</Subtitle2>
      <div className={styles.grid} data-testid="column-completeness">
        {columns.map((c, i) => {
          const share = c.total === 0 ? 1 : c.filled / c.total;
          // Headers keep their line breaks in the sheet; one line here.
          const header = c.header.replace(/\s+/g, " ").trim();
          const title = paneText("pane.summary.columnTitle", locale, { header, filled: c.filled, rows: c.total });
          return (
            <Fragment key={`${c.key}-${i}`}>
              <Caption1 className={styles.name} title={title}>
                {header}
              </Caption1>
              <ProgressBar
                value={share}
                thickness="medium"
                color={share >= 1 ? "success" : share >= 0.9 ? "brand" : "warning"}
                aria-label={header}
              />
              <Caption1 className={styles.value} title={title}>
                {paneText("pane.summary.columnValue", locale, { percent: percentText(share) })}
              </Caption1>
            </Fragment>
          );
        })}
      </div>
    </>
  );
}
