import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { memo } from "react";
import type { Locale } from "../../../core/messages/message";
import { noticeText } from "../../../core/messages/notice-messages";
import { dayToIso } from "../../../core/values/day";
import type { UndecidedNotice } from "../../../usecases/create-maturity-notices";
import { amountText } from "./amount-text";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Loans shown in the pane; the rest are in the summary sheet. */
const SHOWN = 10;

export interface UndecidedListProps {
  readonly loans: readonly UndecidedNotice[];
  readonly unit: "元" | "万元" | null;
  readonly locale: Locale;
}

/** 已到期未定处理方式: the loans of earlier notices that matured with no decision. */
function UndecidedList({ loans, unit, locale }: UndecidedListProps) {
  const styles = useStyles();
  if (loans.length === 0) return null;
  return (
    <div
      className={styles.root}
      role="region"
      aria-label={noticeText("notice.pane.undecided.title", { count: loans.length }, locale)}
    >
      <Body1Strong className={styles.title}>
        {noticeText("notice.pane.undecided.title", { count: loans.length }, locale)}
      </Body1Strong>
      <ul className={styles.list}>
        {loans.slice(0, SHOWN).map((l) => (
          <li key={l.match}>
            {noticeText(
              "notice.pane.undecided.item",
              {
                branch: l.branch,
                customer: l.customer ?? "",
                key: l.loanNo ?? "",
                maturity: dayToIso(l.maturity),
                balance: amountText(l.balance, unit, locale),
              },
              locale,
            )}
          </li>
        ))}
      </ul>
      {loans.length > SHOWN && (
        <div>{noticeText("notice.pane.undecided.more", { count: loans.length - SHOWN }, locale)}</div>
      )}
    </div>
  );
}

export default memo(UndecidedList);
