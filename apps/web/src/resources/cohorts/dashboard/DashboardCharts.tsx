import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CohortDashboard } from '../../../api/types';
import { HOURS_COLORS } from '../../../components/hours/HoursBar';
import { blockTitle } from '../../../components/hours/BlockHours';
import { formatMinutes } from '../../../lib/duration';

const SERIES = ['attended', 'excused', 'missed', 'remaining'] as const;
const toHours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** One stacked bar chart per block: attended, excused, missed and remaining hours of each trainee. */
const DashboardCharts = ({ dashboard }: { dashboard: CohortDashboard }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, mb: 3 }}>
      {dashboard.blocks.map((block) => {
        const rows = dashboard.trainees.map((trainee) => {
          const figures = trainee.blocks.find((row) => row.blockId === block.blockId);
          return {
            name: `${trainee.lastName} ${trainee.firstName.charAt(0)}.`,
            attended: toHours(figures?.attendedMinutes ?? 0),
            excused: toHours(figures?.excusedMinutes ?? 0),
            missed: toHours(figures?.missedMinutes ?? 0),
            remaining: toHours(figures?.remainingMinutes ?? 0),
          };
        });
        return (
          <Paper key={block.blockId} component="figure" aria-label={blockTitle(block)} variant="outlined" sx={{ p: 1.5, m: 0 }}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {blockTitle(block)}
            </Typography>
            <Box sx={{ height: 240 }}>
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: -16 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={{ fontSize: 11 }} interval={0} angle={-30} textAnchor="end" height={56} />
                  <YAxis tick={{ fontSize: 11 }} unit=" h" />
                  <Tooltip formatter={(value, key) => [formatMinutes(Number(value) * 60), translate(`app.progress.${String(key)}`)]} />
                  {SERIES.map((kind) => (
                    <Bar key={kind} dataKey={kind} stackId="hours" fill={HOURS_COLORS[kind]} isAnimationActive={false} />
                  ))}
                </BarChart>
              </ResponsiveContainer>
            </Box>
          </Paper>
        );
      })}
    </Box>
  );
};

export default DashboardCharts;
