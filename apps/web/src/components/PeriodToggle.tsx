import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Which sessions a list shows: to come, past, or all. */
export const PERIODS = ['upcoming', 'past', 'all'] as const;
export type Period = (typeof PERIODS)[number];

/** « À venir / Passées / Toutes » for session lists; `labels` is the i18n prefix of the three labels. */
export const PeriodToggle = ({ value, onChange, labels }: { value: Period; onChange: (value: Period) => void; labels: string }) => {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={value}
      onChange={(_, next: Period | null) => {
        if (next) onChange(next);
      }}
      sx={{ flexGrow: 1 }}
    >
      {PERIODS.map((period) => (
        <ToggleButton key={period} value={period}>
          {translate(`${labels}.${period}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
};
