import { Box, Paper } from '@mui/material';
import { Title } from 'react-admin';
import { PlacementCards } from '../../components/internship/PlacementCards';
import { MyDataButton } from '../../components/records/MyDataButton';
import { MyAfgsu } from './MyAfgsu';
import { MyHealth } from './MyHealth';
import { MyHours } from './MyHours';
import { TodaySessions } from './TodaySessions';

/** The trainee's home, phone first: today's sessions to sign, the AFGSU, the hours per block, the placements, on request their health data, and their data as a ZIP. */
const TraineeHome = () => (
  <Box sx={{ maxWidth: 720, mx: 'auto', py: 2, display: 'grid', gap: 3 }}>
    <Title title="app.title" />
    <TodaySessions />
    <Paper variant="outlined" sx={{ p: 2 }}>
      <MyAfgsu />
    </Paper>
    <Paper variant="outlined" sx={{ p: 2 }}>
      <MyHours />
    </Paper>
    <Paper variant="outlined" sx={{ p: 2 }}>
      <PlacementCards />
    </Paper>
    <Paper variant="outlined" sx={{ p: 2 }}>
      <MyHealth />
    </Paper>
    <Paper variant="outlined" sx={{ p: 2 }}>
      <MyDataButton />
    </Paper>
  </Box>
);

export default TraineeHome;
