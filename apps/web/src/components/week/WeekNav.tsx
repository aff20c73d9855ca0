import type { ReactNode } from 'react';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, IconButton, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDay } from '../../lib/dates';
import type { Week } from './useWeek';

/** « Semaine du 12 au 18 janvier 2026 » with previous / today / next. */
export const WeekNav = ({ week, children }: { week: Week; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1, mb: 2 }}>
      <Tooltip title={translate('app.week.previous')}>
        <IconButton onClick={week.previous} aria-label={translate('app.week.previous')}>
          <ChevronLeftIcon />
        </IconButton>
      </Tooltip>
      <Button onClick={week.today} variant="outlined" size="small">
        {translate('app.week.today')}
      </Button>
      <Tooltip title={translate('app.week.next')}>
        <IconButton onClick={week.next} aria-label={translate('app.week.next')}>
          <ChevronRightIcon />
        </IconButton>
      </Tooltip>
      <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>
        {translate('app.week.label', {
          from: formatDay(week.monday, { day: 'numeric', month: 'long' }),
          to: formatDay(week.sunday, { day: 'numeric', month: 'long', year: 'numeric' }),
        })}
      </Typography>
      {children}
    </Box>
  );
};
