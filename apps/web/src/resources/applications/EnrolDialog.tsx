import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';
import { useTranslate } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import type { ApplicationDetail, EnrolExemption } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MIN_REASON_LENGTH } from '../../components/ReasonDialog';
import { traineePath } from '../../lib/paths';
import { ExemptionLine } from './ExemptionLine';
import { useApplicationUpdate } from './useApplicationUpdate';
import { useBlockLabels } from './useBlockLabels';

interface Props {
  application: ApplicationDetail;
  open: boolean;
  onClose: () => void;
}

const validLine = (line: EnrolExemption) =>
  Number.isFinite(line.minutes) && line.minutes > 0 && line.justification.trim().length >= MIN_REASON_LENGTH;

/** « Inscrire dans la session »: the proposed individual plan, adjusted, then the candidate becomes a trainee. */
export const EnrolDialog = ({ application, open, onClose }: Props) => {
  const translate = useTranslate();
  const update = useApplicationUpdate();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const labelOf = useBlockLabels(translate('app.admissions.whole_block'), translate('app.admissions.unknown_block'));
  const proposal = useQuery({
    queryKey: ['applications', application.id, 'positioning'],
    queryFn: () => admissionsApi.positioning(application.id),
    enabled: open,
    staleTime: 0,
  });
  const [edited, setLines] = useState<EnrolExemption[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [traineeId, setTraineeId] = useState<string | null>(null);

  /** The proposal as loaded until staff change it. */
  const lines: EnrolExemption[] | null = edited ?? proposal.data ?? null;

  const close = () => {
    setLines(null);
    setError(null);
    setTraineeId(null);
    onClose();
  };
  const enrol = async () => {
    if (!lines) return;
    setPending(true);
    setError(null);
    try {
      const exemptions = lines.map((line) => ({ ...line, justification: line.justification.trim() }));
      const result = await update(() => admissionsApi.enrol(application.id, exemptions), 'app.admissions.enrolled');
      setTraineeId(result.traineeId);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };
  const valid = !!lines && lines.every(validLine);

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle>
        {translate('app.admissions.enrol_title', {
          name: `${application.firstName} ${application.lastName}`,
          cohort: application.cohortName,
        })}
      </DialogTitle>
      <DialogContent>
        <ErrorAlert error={error ?? proposal.error} />
        {traineeId ? (
          <Alert severity="success">
            {translate('app.admissions.enrolled')}{' '}
            <Button component={RouterLink} to={traineePath(traineeId)} size="small">
              {translate('app.admissions.open_trainee')}
            </Button>
          </Alert>
        ) : (
          <>
            <Typography sx={{ mb: 2 }}>{translate('app.admissions.enrol_intro')}</Typography>
            {proposal.isPending && <LinearProgress />}
            {lines?.length === 0 && <Typography color="text.secondary">{translate('app.admissions.enrol_empty')}</Typography>}
            <Box component="ul" sx={{ p: 0, m: 0 }}>
              {lines?.map((line, index) => (
                <ExemptionLine
                  key={`${line.blockId}-${line.moduleId ?? ''}-${index}`}
                  label={labelOf(line)}
                  line={line}
                  onChange={(next) => setLines(lines.map((row, i) => (i === index ? next : row)))}
                  onRemove={() => setLines(lines.filter((_, i) => i !== index))}
                />
              ))}
            </Box>
            {lines && !valid && <Alert severity="warning">{translate('app.admissions.enrol_invalid')}</Alert>}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {traineeId ? (
          <Button onClick={close}>{translate('ra.action.close')}</Button>
        ) : (
          <>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button onClick={enrol} variant="contained" disabled={!valid || pending}>
              {translate('app.admissions.enrol_submit')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};
