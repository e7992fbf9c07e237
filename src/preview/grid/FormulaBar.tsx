import { Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Locale } from "../../core/messages/message";
import { previewText } from "../../core/messages/preview-messages";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: { width: "110px", flexShrink: 0 },
  fx: { color: tokens.colorNeutralForeground3, fontStyle: "italic", fontFamily: "serif", paddingLeft: "4px" },
  content: {
    flexGrow: 1,
    minWidth: 0,
    height: "28px",
    lineHeight: "28px",
    paddingLeft: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
  },
});

export interface FormulaBarProps {
  /** The active cell's address ("B5"), or empty. */
  readonly address: string;
  /** The formula of the active cell, else what it holds. */
  readonly content: string;
  readonly locale: Locale;
  /** Goes to an address typed in the name box; returns false when it is not one. */
  readonly onGoTo: (address: string) => boolean;
}

/** Excel's name box and formula bar: where the active cell is and what it holds. */
export function FormulaBar({ address, content, locale, onGoTo }: FormulaBarProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState(address);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setTyped(address);
    setInvalid(false);
  }, [address]);
  return (
    <div className={styles.bar}>
      <Input
        className={styles.nameBox}
        size="small"
        aria-label={previewText("preview.nameBox", locale)}
        title={invalid ? previewText("preview.nameBox.invalid", locale, { value: typed }) : undefined}
        value={typed}
        aria-invalid={invalid}
        onChange={(_, d) => setTyped(d.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          setInvalid(!onGoTo(typed.trim()));
        }}
      />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <div
        className={styles.content}
        role="textbox"
        aria-readonly="true"
        aria-label={previewText("preview.formulaBar", locale)}
        data-testid="formula-bar"
        title={content}
      >
        {content}
      </div>
    </div>
  );
}
