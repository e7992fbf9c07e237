import { makeStyles, Subtitle1, Body1, tokens } from "@fluentui/react-components";
import { message } from "../../core/messages/catalogue";
import type { Locale } from "../../core/messages/message";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  readonly locale: Locale;
}

export default function App({ locale }: AppProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle1 as="h1">{message("ui.title", {}, locale)}</Subtitle1>
      <Body1>{message("ui.subtitle", {}, locale)}</Body1>
    </div>
  );
}
