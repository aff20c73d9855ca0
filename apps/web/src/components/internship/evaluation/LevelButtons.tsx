import { Box, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CompetencyLevel } from '../../../api/tutorEvaluations';
import { LEVELS } from '../../../lib/evaluations';

interface LevelButtonsProps {
  label: string;
  value: CompetencyLevel | null;
  disabled: boolean;
  onChange: (level: CompetencyLevel | null) => void;
}

/** The four levels as large toggle buttons (two per row on a phone); pressing the chosen one again clears it. */
export const LevelButtons = ({ label, value, disabled, onChange }: LevelButtonsProps) => {
  const translate = useTranslate();
  return (
    <Box role="group" aria-label={label} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' }, gap: 1 }}>
      {LEVELS.map((level) => {
        const selected = value === level;
        return (
          <Button
            key={level}
            variant={selected ? 'contained' : 'outlined'}
            aria-pressed={selected}
            disabled={disabled && !selected}
            onClick={() => !disabled && onChange(selected ? null : level)}
            sx={{ minHeight: 48, lineHeight: 1.2, textTransform: 'none', pointerEvents: disabled ? 'none' : undefined }}
          >
            {translate(`app.evaluations.level.${level}`)}
          </Button>
        );
      })}
    </Box>
  );
};
