import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ConventionStatus } from '../../../api/conventions';

const COLORS: Record<ConventionStatus, ChipProps['color']> = {
  draft: 'default',
  sent: 'info',
  partly_signed: 'warning',
  signed: 'success',
};

/** « Brouillon » grey, « Envoyée pour signature » blue, « Partiellement signée » orange, « Signée » green. */
export const ConventionStatusChip = ({ status, size = 'small' }: { status: ConventionStatus; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return <Chip size={size} color={COLORS[status]} label={translate(`app.conventions.status.${status}`)} />;
};
