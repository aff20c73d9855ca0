import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuStatusCode } from '../../api/afgsu';
import { AFGSU_STATUS_COLORS } from '../../lib/afgsu';

/** « Valide » in green, « Expire bientôt » in orange, « Expirée » in red, « Prévue » in blue, « Manquante » in grey. */
export const AfgsuStatusChip = ({ status, size = 'small' }: { status: AfgsuStatusCode; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return <Chip size={size} color={AFGSU_STATUS_COLORS[status]} label={translate(`app.afgsu.status.${status}`)} />;
};
