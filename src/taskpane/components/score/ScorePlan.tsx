import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../../core/messages/message";
import { scoreText } from "../../../core/messages/score-messages";
import type { ScorecardsResult } from "../../../usecases/fill-scorecards";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What 生成评分表 will write, before anything is: how many sheets, for whom, and which branches get a notice. */
export default function ScorePlan({ plan, locale }: { readonly plan: ScorecardsResult; readonly locale: Locale }) {
  const styles = useStyles();
  const t = (id: Parameters<typeof scoreText>[0], params?: Parameters<typeof scoreText>[1]) =>
    scoreText(id, params, locale);
  const noticed = plan.branches.filter((b) => b.notice !== null && !b.notice.kept).map((b) => b.branch);
  const sep = locale === "zh-CN" ? "、" : ", ";
  return (
    <div className={styles.root}>
      <Body1>
        {t("score.pane.plan", {
          cards: plan.branches.length,
          summary: plan.summarySheet === null ? "" : t("score.pane.plan.summary"),
          notices: noticed.length,
        })}
      </Body1>
      <ul className={styles.list}>
        {plan.branches.map((b) => (
          <li key={b.branch}>
            {b.sheets.scorecard}
            {sep}
            {b.sheets.evidence}
          </li>
        ))}
        {plan.summarySheet !== null && <li>{plan.summarySheet}</li>}
        {plan.standardWritten && <li>{plan.standardSheet}</li>}
      </ul>
      {noticed.length > 0 && <Body1>{t("score.pane.plan.notices-for", { branches: noticed.join(sep) })}</Body1>}
    </div>
  );
}
