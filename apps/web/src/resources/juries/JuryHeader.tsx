import GavelIcon from '@mui/icons-material/Gavel';
import GroupsIcon from '@mui/icons-material/Groups';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { JuryBoard } from '../../api/juries';
import { formatDay } from '../../lib/dates';

/** The jury's date, president and members, and the decisions recorded so far. */
export const JuryHeader = ({ jury }: { jury: JuryBoard }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {translate('app.juries.jury.title', { date: formatDay(jury.date, { dateStyle: 'full' }) })}
        </Typography>
        <Chip variant="outlined" label={translate('app.juries.jury.decisions', { smart_count: jury.decisionCount })} />
      </Box>
      <Stack spacing={0.5}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <GavelIcon fontSize="small" color="action" />
          <Typography>{translate('app.juries.jury.president', { name: jury.president })}</Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <GroupsIcon fontSize="small" color="action" />
          <Typography>
            {jury.members.length
              ? translate('app.juries.jury.members', { names: jury.members.join(', ') })
              : translate('app.juries.jury.no_members')}
          </Typography>
        </Box>
      </Stack>
    </Box>
  );
};
