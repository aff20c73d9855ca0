import type { TraineeStatus } from '../../api/types';
import { EnumField } from '../../components/EnumField';

export const TRAINEE_STATUS_COLORS = { active: 'success', withdrawn: 'default' } as const satisfies Record<TraineeStatus, string>;

export const TraineeStatusField = ({ source = 'status' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.traineeStatus" colors={TRAINEE_STATUS_COLORS} />
);
