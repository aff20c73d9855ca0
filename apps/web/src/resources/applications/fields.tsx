import type { ChipProps } from '@mui/material';
import { EnumField, enumChoices } from '../../components/EnumField';
import { APPLICATION_STATUSES } from '../../lib/applications';

export const STATUS_COLORS: Record<string, ChipProps['color']> = {
  draft: 'default',
  submitted: 'info',
  incomplete: 'warning',
  complete: 'primary',
  interview_scheduled: 'secondary',
  interviewed: 'secondary',
  admitted: 'success',
  waiting_list: 'warning',
  refused: 'error',
  enrolled: 'success',
  withdrawn: 'default',
};

export const statusChoices = enumChoices(APPLICATION_STATUSES, 'app.applicationStatus');

/** The application's status as a coloured chip. */
export const ApplicationStatusField = ({ source = 'status' }: { source?: string; label?: string; sortable?: boolean }) => (
  <EnumField source={source} prefix="app.applicationStatus" colors={STATUS_COLORS} />
);
