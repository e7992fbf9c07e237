import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import type { Locale } from "../../../core/messages/message";
import { scoreText } from "../../../core/messages/score-messages";
import type { ScoredBranch } from "../../../usecases/fill-scorecards";

const useStyles = makeStyles({
  below: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  top: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

export interface ScoreTableProps {
  /** Best first. */
  readonly branches: readonly ScoredBranch[];
  readonly threshold: number;
  /** Shows a branch's scorecard; absent in a preview (nothing written yet). */
  readonly onOpen?: (sheet: string) => void;
  readonly locale: Locale;
}

/** The scores in the pane: each branch's total, grade and penalty, what cost most under its name; under-threshold totals in red. */
function ScoreTable({ branches, threshold, onOpen, locale }: ScoreTableProps) {
  const styles = useStyles();
  const t = (id: Parameters<typeof scoreText>[0], params?: Parameters<typeof scoreText>[1]) =>
    scoreText(id, params, locale);
  const sep = locale === "zh-CN" ? "、" : ", ";
  return (
    <Table size="small" aria-label={t("score.pane.summary.label")}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("score.pane.col.branch")}</TableHeaderCell>
          <TableHeaderCell>{t("score.pane.col.score")}</TableHeaderCell>
          <TableHeaderCell>{t("score.pane.col.grade")}</TableHeaderCell>
          <TableHeaderCell>{t("score.pane.col.penalty")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {branches.map((b) => {
          const top = b.score.topLosses.map((i) => `${i.item}(-${i.deduction})`).join(sep);
          return (
            <TableRow key={b.branch} data-branch={b.branch}>
              <TableCell>
                {onOpen === undefined ? (
                  b.branch
                ) : (
                  <Button appearance="transparent" size="small" onClick={() => onOpen(b.sheets.scorecard)}>
                    {b.branch}
                  </Button>
                )}
                <span className={styles.top}>
                  {t("score.pane.top", { items: top === "" ? t("score.pane.none") : top })}
                </span>
              </TableCell>
              <TableCell className={b.score.total < threshold ? styles.below : undefined}>{b.score.total}</TableCell>
              <TableCell>{b.score.grade}</TableCell>
              <TableCell>{b.score.penalty > 0 ? b.score.penalty : ""}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

export default memo(ScoreTable);
