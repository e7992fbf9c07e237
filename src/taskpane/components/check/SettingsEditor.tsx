import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { memo, useState } from "react";
import type { Locale } from "../../../core/messages/message";
import { paneText } from "../../../core/messages/pane-messages";
import { DEFAULT_SETTINGS, type Settings } from "../../../core/settings/defaults";
import { draftOf, SETTINGS_FIELDS, settingsFromDraft, type SettingsDraft, type SettingsField } from "./settings-form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", width: "100%" },
});

const WINDOWS = ["next-month", "next-30-days"] as const;

export interface SettingsEditorProps {
  /** The settings in force (from the workbook, else the defaults). */
  readonly settings: Settings;
  readonly disabled: boolean;
  readonly onSave: (settings: Settings) => void;
  readonly locale: Locale;
}

/** The thresholds of the check, edited and saved in the workbook. */
function SettingsEditor({ settings, disabled, onSave, locale }: SettingsEditorProps) {
  const styles = useStyles();
  // The draft belongs to the settings it was started from: new settings from the workbook start it afresh.
  const [edit, setEdit] = useState<{ base: Settings; draft: SettingsDraft }>(() => ({
    base: settings,
    draft: draftOf(settings),
  }));
  const draft = edit.base === settings ? edit.draft : draftOf(settings);
  const setDraft = (next: SettingsDraft) => setEdit({ base: settings, draft: next });
  const { settings: next, errors } = settingsFromDraft(draft, settings);
  const valid = Object.keys(errors).length === 0;
  const field = (f: SettingsField) => {
    const error = errors[f.id];
    return (
      <Field
        key={f.id}
        label={paneText(`pane.settings.${f.id}`, locale)}
        validationState={error === undefined ? "none" : "error"}
        validationMessage={error === undefined ? undefined : paneText(error, locale)}
      >
        <Input
          type="number"
          inputMode={f.kind === "days" ? "numeric" : "decimal"}
          step={f.kind === "days" ? 1 : 0.05}
          min={0}
          value={draft[f.id]}
          onChange={(_, d) => setDraft({ ...draft, [f.id]: d.value })}
          disabled={disabled}
          data-setting={f.id}
        />
      </Field>
    );
  };
  const windowText = (w: (typeof WINDOWS)[number]) => paneText(`pane.settings.maturity.${w}`, locale);

  return (
    <div className={styles.root}>
      <Caption1>{paneText("pane.settings.intro", locale)}</Caption1>
      <Subtitle2 as="h3">{paneText("pane.settings.inspection", locale)}</Subtitle2>
      {SETTINGS_FIELDS.filter((f) => f.group === "inspection").map(field)}
      <Subtitle2 as="h3">{paneText("pane.settings.classification", locale)}</Subtitle2>
      {SETTINGS_FIELDS.filter((f) => f.group === "classification").map(field)}
      <Field label={paneText("pane.settings.maturity", locale)}>
        <Dropdown
          className={styles.dropdown}
          value={windowText(draft.maturityWindow)}
          selectedOptions={[draft.maturityWindow]}
          onOptionSelect={(_, d) => {
            const w = WINDOWS.find((x) => x === d.optionValue);
            if (w !== undefined) setDraft({ ...draft, maturityWindow: w });
          }}
          disabled={disabled}
        >
          {WINDOWS.map((w) => (
            <Option key={w} value={w}>
              {windowText(w)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={disabled || !valid} onClick={() => onSave(next)}>
          {paneText("pane.settings.save", locale)}
        </Button>
        <Button disabled={disabled} onClick={() => setDraft(draftOf(DEFAULT_SETTINGS))}>
          {paneText("pane.settings.defaults", locale)}
        </Button>
      </div>
    </div>
  );
}

// Memoised: the panel re-renders on every progress report; the result does not change meanwhile.
export default memo(SettingsEditor);
