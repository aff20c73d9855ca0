import DeleteIcon from '@mui/icons-material/Delete';
import { Box, IconButton, MenuItem, TextField, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CertificationVersion, Diploma, ExemptionTableLine } from '../../api/types';
import { DIPLOMAS } from '../../lib/applications';
import { MAX_JUSTIFICATION_LENGTH, isValidLine, percentText, shareOf } from './exemptions';

interface Props {
  /** Line number, from 1 (the API's messages name lines by it). */
  number: number;
  line: ExemptionTableLine;
  blocks: CertificationVersion['blocks'];
  onChange: (line: ExemptionTableLine) => void;
  onRemove: () => void;
}

const WHOLE_BLOCK = '';

/** One line of the exemption table being edited: diploma, block, module (or the whole block), percentage, justification. */
export const ExemptionLineEditor = ({ number, line, blocks, onChange, onRemove }: Props) => {
  const translate = useTranslate();
  const block = blocks.find((b) => b.code === line.blockCode);
  const label = translate('app.rules.exemptions.line', { number });
  const invalid = !isValidLine(line);
  return (
    <Box
      component="li"
      aria-label={label}
      sx={{ listStyle: 'none', border: 1, borderColor: invalid ? 'warning.main' : 'divider', borderRadius: 2, p: 1.5, mb: 1.5 }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="subtitle2" component="p">
          {label}
        </Typography>
        <Tooltip title={translate('app.rules.exemptions.remove', { number })}>
          <IconButton aria-label={translate('app.rules.exemptions.remove', { number })} onClick={onRemove} color="error" size="small">
            <DeleteIcon />
          </IconButton>
        </Tooltip>
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr 1fr' } }}>
        <TextField
          select
          size="small"
          label={translate('app.rules.exemptions.diploma')}
          value={line.diploma}
          onChange={(event) => onChange({ ...line, diploma: event.target.value as Diploma })}
        >
          {DIPLOMAS.map((diploma) => (
            <MenuItem key={diploma} value={diploma}>
              {translate(`app.diploma.${diploma}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.rules.exemptions.block')}
          value={line.blockCode}
          onChange={(event) => onChange({ ...line, blockCode: event.target.value, moduleCode: null })}
        >
          {blocks.map((b) => (
            <MenuItem key={b.code} value={b.code}>
              {`${b.code} – ${b.title}`}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.rules.exemptions.module')}
          value={line.moduleCode ?? WHOLE_BLOCK}
          onChange={(event) => onChange({ ...line, moduleCode: event.target.value === WHOLE_BLOCK ? null : event.target.value })}
        >
          <MenuItem value={WHOLE_BLOCK}>{translate('app.rules.exemptions.whole_block_option')}</MenuItem>
          {(block?.modules ?? []).map((m) => (
            <MenuItem key={m.code} value={m.code}>
              {`${m.code} – ${m.title}`}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: { xs: 'wrap', sm: 'nowrap' }, mt: 1.5 }}>
        <TextField
          size="small"
          type="number"
          label={translate('app.rules.exemptions.share_input')}
          value={percentText(line.share)}
          onChange={(event) => onChange({ ...line, share: shareOf(event.target.value) })}
          slotProps={{ htmlInput: { min: 1, max: 100, step: 1, inputMode: 'numeric' } }}
          sx={{ width: { xs: '100%', sm: 160 }, flexShrink: 0 }}
        />
        <TextField
          size="small"
          label={translate('app.rules.exemptions.reason')}
          value={line.reason}
          onChange={(event) => onChange({ ...line, reason: event.target.value })}
          slotProps={{ htmlInput: { maxLength: MAX_JUSTIFICATION_LENGTH } }}
          multiline
          fullWidth
        />
      </Box>
    </Box>
  );
};
