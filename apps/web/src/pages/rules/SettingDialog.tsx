import { useState } from 'react';
import { Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { referentialApi } from '../../api/referential';
import type { RuleSetting } from '../../api/types';
import { ReasonDialog } from '../../components/ReasonDialog';
import { settingValue } from './SettingRow';

export interface SettingAction {
  kind: 'edit' | 'reset';
  setting: RuleSetting;
}

interface Props {
  versionId: string;
  action: SettingAction | null;
  onDone: (settings: RuleSetting[]) => void;
  onClose: () => void;
}

/** Whether a typed value fits the setting (integer, bounds). */
function accepts(setting: RuleSetting, value: number): boolean {
  return Number.isFinite(value) && value >= setting.min && value <= setting.max && (!setting.integer || Number.isInteger(value));
}

/** Changing a rule (new value + mandatory reason) or going back to the referential (reason). */
export const SettingDialog = ({ versionId, action, onDone, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const setting = action?.setting;
  // Mounted anew for each action (see the key in RulesPage), so the inputs start from the value in force.
  const [text, setText] = useState(setting?.value == null ? '' : String(setting.value));
  const [none, setNone] = useState(setting?.value === null);

  const value = none ? null : Number(text.replace(',', '.'));
  const valid = !!setting && (value === null ? setting.nullable : text.trim() !== '' && accepts(setting, value));
  const confirm = async (reason: string) => {
    if (!setting) return;
    const next =
      action?.kind === 'reset'
        ? await referentialApi.reset(versionId, setting.key, reason)
        : await referentialApi.override(versionId, setting.key, value, reason);
    notify(action?.kind === 'reset' ? 'app.rules.reset_done' : 'app.rules.saved', { type: 'success' });
    onDone(next);
  };

  if (action?.kind === 'reset') {
    return (
      <ReasonDialog
        open
        title="app.rules.reset_title"
        titleOptions={{ label: setting?.label, value: settingValue(setting?.referentialValue ?? null, translate) }}
        confirmLabel="app.rules.reset"
        onConfirm={confirm}
        onClose={onClose}
      />
    );
  }
  return (
    <ReasonDialog
      open={!!setting}
      title="app.rules.edit_title"
      titleOptions={{ label: setting?.label }}
      confirmLabel="ra.action.save"
      canConfirm={valid}
      onConfirm={confirm}
      onClose={onClose}
    >
      {setting && (
        <>
          <TextField
            label={translate('app.rules.value')}
            value={none ? '' : text}
            onChange={(event) => setText(event.target.value)}
            disabled={none}
            error={!none && text.trim() !== '' && !valid}
            helperText={translate('app.rules.range', { min: setting.min, max: setting.max })}
            slotProps={{ htmlInput: { inputMode: setting.integer ? 'numeric' : 'decimal' } }}
            fullWidth
            margin="dense"
          />
          {setting.nullable && (
            <FormControlLabel
              control={<Checkbox checked={none} onChange={(event) => setNone(event.target.checked)} />}
              label={translate('app.rules.none_option')}
            />
          )}
        </>
      )}
    </ReasonDialog>
  );
};
