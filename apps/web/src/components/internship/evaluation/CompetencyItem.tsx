import { Box, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CompetencyLevel } from '../../../api/tutorEvaluations';
import { LevelButtons } from './LevelButtons';

interface CompetencyItemProps {
  code: string;
  label: string;
  level: CompetencyLevel | null;
  comment: string;
  readOnly: boolean;
  missing: boolean;
  onLevel: (level: CompetencyLevel | null) => void;
  onComment: (comment: string) => void;
}

/** One competency: its label, the four levels, an optional comment; outlined in red when its level is missing. */
export const CompetencyItem = ({ code, label, level, comment, readOnly, missing, onLevel, onComment }: CompetencyItemProps) => {
  const translate = useTranslate();
  return (
    <Box
      id={`competency-${code}`}
      data-missing={missing || undefined}
      sx={{
        py: 1.5,
        px: missing ? 1 : 0,
        borderTop: 1,
        borderColor: 'divider',
        ...(missing && { outline: 2, outlineColor: 'error.main', borderRadius: 1, bgcolor: 'error.50' }),
      }}
    >
      <Typography sx={{ fontWeight: 600, mb: 1 }}>
        {label}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          {code}
        </Typography>
      </Typography>
      <LevelButtons
        label={translate('app.evaluations.competency.levels', { label })}
        value={level}
        disabled={readOnly}
        onChange={onLevel}
      />
      {missing && (
        <Typography variant="body2" color="error" sx={{ mt: 0.5 }}>
          {translate('app.evaluations.competency.missing')}
        </Typography>
      )}
      {readOnly ? (
        comment && (
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
            « {comment} »
          </Typography>
        )
      ) : (
        <TextField
          label={translate('app.evaluations.competency.comment')}
          value={comment}
          onChange={(event) => onComment(event.target.value)}
          size="small"
          fullWidth
          multiline
          margin="dense"
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      )}
    </Box>
  );
};
