import DeleteIcon from '@mui/icons-material/Delete';
import { Box, IconButton, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnrolExemption } from '../../api/types';
import { formatMinutes } from '../../lib/duration';

interface Props {
  label: string;
  line: EnrolExemption;
  onChange: (line: EnrolExemption) => void;
  onRemove: () => void;
}

/** One proposed exemption: its block or module, minutes and justification editable; it can be removed. */
export const ExemptionLine = ({ label, line, onChange, onRemove }: Props) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 2, p: 1.5, mb: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1 }}>
        <Typography sx={{ fontWeight: 600 }}>{label}</Typography>
        <Tooltip title={translate('app.admissions.enrol_remove')}>
          <IconButton aria-label={translate('app.admissions.enrol_remove')} onClick={onRemove} color="error" size="small">
            <DeleteIcon />
          </IconButton>
        </Tooltip>
      </Box>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: { xs: 'wrap', sm: 'nowrap' }, mt: 1 }}>
        <TextField
          label={translate('app.admissions.enrol_minutes')}
          type="number"
          value={Number.isFinite(line.minutes) ? line.minutes : ''}
          onChange={(event) => onChange({ ...line, minutes: event.target.value === '' ? NaN : Number(event.target.value) })}
          helperText={formatMinutes(line.minutes)}
          slotProps={{ htmlInput: { min: 1, step: 15, inputMode: 'numeric' } }}
          sx={{ width: { xs: '100%', sm: 180 }, flexShrink: 0 }}
          size="small"
        />
        <TextField
          label={translate('resources.exemptions.fields.justification')}
          value={line.justification}
          onChange={(event) => onChange({ ...line, justification: event.target.value })}
          multiline
          fullWidth
          size="small"
        />
      </Box>
    </Box>
  );
};
