import type { FC } from 'react';
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApplicationSummary, Eligibility } from '../../api/types';
import { eligibilityOf } from '../../lib/applications';

const COLORS: Record<Eligibility, ChipProps['color']> = { eligible: 'success', not_eligible: 'warning', overridden: 'info' };

/** Props read by the list (column header, sorting), not by the field itself. */
interface ColumnProps {
  label?: string;
  source?: string;
  sortable?: boolean;
}

/** « Éligible », « Non éligible » or « Dérogation » as a small chip (list column). */
export const EligibilityField: FC<ColumnProps> = () => {
  const translate = useTranslate();
  const record = useRecordContext<ApplicationSummary>();
  if (!record) return null;
  const eligibility = eligibilityOf(record);
  return <Chip size="small" variant="outlined" label={translate(`app.eligibility.${eligibility}`)} color={COLORS[eligibility]} />;
};
