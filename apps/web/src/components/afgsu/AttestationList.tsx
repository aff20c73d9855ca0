import type { ReactNode } from 'react';
import {
  Box,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AfgsuAttestation } from '../../api/afgsu';
import { shortDay } from '../../lib/dates';

interface Props {
  attestations: AfgsuAttestation[];
  /** Accessible name of the list (catalogue key). */
  label: string;
  /** Staff: the scan and the verification of each attestation (a last column; under each card on a phone). */
  actions?: (attestation: AfgsuAttestation) => ReactNode;
}

const COLUMNS = ['level', 'kind', 'centre', 'issuedOn', 'expiresOn', 'verified'] as const;

/** Attestations, newest first: level, origin, centre, dates, verified or not; a table, or cards on a phone. */
export const AttestationList = ({ attestations, label, actions }: Props) => {
  const translate = useTranslate();
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  if (attestations.length === 0) return <Typography color="text.secondary">{translate('app.afgsu.trainee.none')}</Typography>;

  const title = (a: AfgsuAttestation) => `${translate('app.afgsu.level', { level: a.level })} · ${translate(`app.afgsu.kind.${a.kind}`)}`;
  const verified = (a: AfgsuAttestation) => (
    <Chip
      size="small"
      variant="outlined"
      color={a.verified ? 'success' : 'warning'}
      label={translate(a.verified ? 'app.afgsu.verified' : 'app.afgsu.to_verify')}
    />
  );

  if (isSmall) {
    return (
      <Box component="ul" aria-label={translate(label)} sx={{ p: 0, m: 0 }}>
        {attestations.map((a) => (
          <Box
            component="li"
            key={a.id}
            aria-label={title(a)}
            sx={{ listStyle: 'none', border: 1, borderColor: 'divider', borderRadius: 2, p: 1.5, mb: 1.5 }}
          >
            <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
              <Typography sx={{ fontWeight: 600 }}>{title(a)}</Typography>
              {verified(a)}
            </Box>
            <Typography variant="body2" color="text.secondary">
              {a.issuingCentre}
            </Typography>
            <Typography variant="body2">
              {translate('app.afgsu.issued_valid', { issued: shortDay(a.issuedOn), expires: shortDay(a.expiresOn) })}
            </Typography>
            {actions?.(a)}
          </Box>
        ))}
      </Box>
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={translate(label)}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => (
              <TableCell key={column}>{translate(`app.afgsu.trainee.columns.${column}`)}</TableCell>
            ))}
            {actions && <TableCell>{translate('app.afgsu.trainee.columns.scan')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {attestations.map((a) => (
            <TableRow key={a.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.afgsu.level', { level: a.level })}</TableCell>
              <TableCell>{translate(`app.afgsu.kind.${a.kind}`)}</TableCell>
              <TableCell>{a.issuingCentre}</TableCell>
              <TableCell>{shortDay(a.issuedOn)}</TableCell>
              <TableCell>{shortDay(a.expiresOn)}</TableCell>
              <TableCell>{verified(a)}</TableCell>
              {actions && <TableCell>{actions(a)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
