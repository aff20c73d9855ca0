import EditIcon from '@mui/icons-material/Edit';
import RestoreIcon from '@mui/icons-material/Restore';
import { Box, Button, Chip, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RuleSetting } from '../../api/types';

/** A setting's value as shown: « Aucune » for null. */
export const settingValue = (value: number | null, translate: (key: string) => string) =>
  value === null ? translate('app.rules.none') : new Intl.NumberFormat('fr-FR').format(value);

interface Props {
  setting: RuleSetting;
  /** School administrators change rules; staff read them. */
  canEdit: boolean;
  onAction: (kind: 'edit' | 'reset') => void;
}

/** One rule: label, value in force, where it comes from, and the actions allowed. */
export const SettingRow = ({ setting, canEdit, onAction }: Props) => {
  const translate = useTranslate();
  const fromSchool = setting.source === 'school';
  return (
    <Paper
      component="li"
      variant="outlined"
      aria-label={setting.label}
      sx={{ listStyle: 'none', p: 2, display: 'flex', gap: 2, alignItems: { sm: 'center' }, flexDirection: { xs: 'column', sm: 'row' } }}
    >
      <Box sx={{ flexGrow: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{setting.label}</Typography>
        {fromSchool && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.rules.referential_value', { value: settingValue(setting.referentialValue, translate) })}
          </Typography>
        )}
        {!setting.configurable && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.rules.not_configurable')}
          </Typography>
        )}
      </Box>
      <Typography variant="h6" component="p" sx={{ minWidth: 80, textAlign: { sm: 'right' } }}>
        {settingValue(setting.value, translate)}
      </Typography>
      <Chip
        label={translate(`app.rules.source.${setting.source}`)}
        color={fromSchool ? 'secondary' : 'default'}
        variant={fromSchool ? 'filled' : 'outlined'}
        size="small"
        sx={{ alignSelf: { xs: 'flex-start', sm: 'center' } }}
      />
      <Box sx={{ display: 'flex', gap: 1, '&:empty': { display: 'none' } }}>
        {canEdit && setting.configurable && (
          <Button size="small" startIcon={<EditIcon />} onClick={() => onAction('edit')}>
            {translate('app.rules.edit')}
          </Button>
        )}
        {canEdit && fromSchool && (
          <Button size="small" startIcon={<RestoreIcon />} onClick={() => onAction('reset')}>
            {translate('app.rules.reset')}
          </Button>
        )}
      </Box>
    </Paper>
  );
};
