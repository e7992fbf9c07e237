import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import type { Locale } from "../../../core/messages/message";
import { scoreText } from "../../../core/messages/score-messages";

const useStyles = makeStyles({ dropdown: { minWidth: "0", width: "100%" } });

/** The option value meaning all branches: no branch name is empty. */
const ALL = "";

export interface BranchPickerProps {
  readonly branches: readonly string[];
  /** null = all branches. */
  readonly value: string | null;
  readonly onChange: (branch: string | null) => void;
  readonly disabled: boolean;
  readonly locale: Locale;
}

/** 生成评分表 for all branches (with the summary) or for one. */
export default function BranchPicker({ branches, value, onChange, disabled, locale }: BranchPickerProps) {
  const styles = useStyles();
  const all = scoreText("score.pane.branch.all", {}, locale);
  return (
    <Field label={scoreText("score.pane.branch", {}, locale)}>
      <Dropdown
        className={styles.dropdown}
        value={value ?? all}
        selectedOptions={[value ?? ALL]}
        onOptionSelect={(_, data) => onChange(data.optionValue ? data.optionValue : null)}
        disabled={disabled}
      >
        <Option value={ALL}>{all}</Option>
        {branches.map((b) => (
          <Option key={b} value={b}>
            {b}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
