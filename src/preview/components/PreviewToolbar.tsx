import {
  Button,
  makeStyles,
  Text,
  ToggleButton,
  tokens,
  Toolbar,
  ToolbarDivider,
  ToolbarGroup,
} from "@fluentui/react-components";
import { ArrowResetRegular, FolderOpenRegular, SaveRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: "#217346",
    color: "#ffffff",
    minHeight: "44px",
    flexShrink: 0,
  },
  title: { color: "#ffffff", fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  file: { color: "#e6f2ea", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0 },
  tools: { backgroundColor: "#ffffff", borderRadius: tokens.borderRadiusMedium, padding: "2px" },
  hidden: { display: "none" },
});

export interface PreviewToolbarProps {
  readonly locale: Locale;
  /** What is open, e.g. 示例工作簿：2000 笔贷款 or the file name. */
  readonly fileLabel: string;
  readonly busy: boolean;
  readonly onOpen: (file: File) => void;
  readonly onSave: () => void;
  readonly onReset: () => void;
  readonly onLocale: (locale: Locale) => void;
}

/** The preview's own controls: open and save .xlsx, reset the demo, and the pane's language. */
export function PreviewToolbar({ locale, fileLabel, busy, onOpen, onSave, onReset, onLocale }: PreviewToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <header className={styles.bar}>
      <Text as="h1" size={400} className={styles.title}>
        {previewText("preview.title", locale)}
      </Text>
      <Text size={200} className={styles.file} data-testid="file-label">
        {fileLabel}
      </Text>
      <Toolbar className={styles.tools} aria-label={previewText("preview.toolbar.label", locale)} size="small">
        <ToolbarGroup>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hidden}
            data-testid="open-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) onOpen(file);
            }}
          />
          <Button
            appearance="subtle"
            icon={<FolderOpenRegular />}
            disabled={busy}
            title={previewText("preview.open.title", locale)}
            onClick={() => input.current?.click()}
          >
            {previewText("preview.open", locale)}
          </Button>
          <Button
            appearance="subtle"
            icon={<SaveRegular />}
            disabled={busy}
            title={previewText("preview.save.title", locale)}
            onClick={onSave}
            data-testid="save"
          >
            {previewText("preview.save", locale)}
          </Button>
          <Button
            appearance="subtle"
            icon={<ArrowResetRegular />}
            disabled={busy}
            title={previewText("preview.reset.title", locale)}
            onClick={onReset}
          >
            {previewText("preview.reset", locale)}
          </Button>
        </ToolbarGroup>
        <ToolbarDivider />
        <ToolbarGroup role="group" aria-label={previewText("preview.language", locale)}>
          <ToggleButton
            appearance="subtle"
            checked={locale === "zh-CN"}
            lang="zh-CN"
            onClick={() => onLocale("zh-CN")}
            data-testid="lang-zh"
          >
            {previewText("preview.language.zh", locale)}
          </ToggleButton>
          <ToggleButton
            appearance="subtle"
            checked={locale === "en-US"}
            lang="en"
            onClick={() => onLocale("en-US")}
            data-testid="lang-en"
          >
            {previewText("preview.language.en", locale)}
          </ToggleButton>
        </ToolbarGroup>
      </Toolbar>
    </header>
  );
}
