import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Loading, useNotify, usePermissions, useTranslate } from 'react-admin';
import { tutorEvaluationsApi, type PlacementEvaluation } from '../../../api/tutorEvaluations';
import { ErrorAlert } from '../../ErrorAlert';
import { ReasonDialog } from '../../ReasonDialog';
import { formatDay } from '../../../lib/dates';
import { isStaffRole } from '../../../lib/roles';
import { EvaluationDatesDialog } from './EvaluationDatesDialog';
import { EvaluationRow } from './EvaluationRow';
import { EvaluationViewDialog } from './EvaluationViewDialog';

interface EvaluationsPanelProps {
  placementId: string;
  /** The placement's dates (for the due dates editor) and trainee's name, when the page has them. */
  placement?: { startOn: string; endOn: string; traineeName: string };
}

export const placementEvaluationsKey = (placementId: string) => ['placements', placementId, 'evaluations'];

/** The tutor evaluations of a placement (staff): states, links, reopening and the placement's own due dates. */
export const EvaluationsPanel = ({ placementId, placement }: EvaluationsPanelProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions();
  const canManage = isStaffRole(permissions);
  const queryClient = useQueryClient();
  const key = placementEvaluationsKey(placementId);
  const list = useQuery({ queryKey: key, queryFn: () => tutorEvaluationsApi.ofPlacement(placementId) });
  const [viewing, setViewing] = useState<PlacementEvaluation | null>(null);
  const [reopening, setReopening] = useState<PlacementEvaluation | null>(null);
  const [editingDates, setEditingDates] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const update = (evaluations: PlacementEvaluation[]) => queryClient.setQueryData(key, evaluations);
  const send = async (evaluation: PlacementEvaluation) => {
    setPending(true);
    setError(null);
    try {
      update(await tutorEvaluationsApi.sendLink(evaluation.id));
      notify('app.evaluations.panel.link_done', { type: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Card variant="outlined" component="section" aria-label={translate('app.evaluations.panel.title')}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            {translate('app.evaluations.panel.title')}
          </Typography>
          {canManage && list.data && (
            <Button size="small" onClick={() => setEditingDates(true)}>
              {translate('app.evaluations.panel.dates')}
            </Button>
          )}
        </Box>
        <ErrorAlert error={error ?? list.error} />
        {list.isPending && <Loading />}
        {list.data?.length === 0 && <Typography color="text.secondary">{translate('app.evaluations.panel.empty')}</Typography>}
        <Box component="ul" sx={{ p: 0, m: 0 }}>
          {list.data?.map((e) => (
            <EvaluationRow
              key={e.id}
              evaluation={e}
              canManage={canManage}
              pending={pending}
              onSend={() => void send(e)}
              onView={() => setViewing(e)}
              onReopen={() => setReopening(e)}
            />
          ))}
        </Box>
      </CardContent>
      {viewing && <EvaluationViewDialog evaluation={viewing} traineeName={placement?.traineeName ?? ''} onClose={() => setViewing(null)} />}
      {editingDates && list.data && (
        <EvaluationDatesDialog
          placementId={placementId}
          period={placement ?? null}
          evaluations={list.data}
          onClose={() => setEditingDates(false)}
          onSaved={(evaluations) => {
            update(evaluations);
            setEditingDates(false);
            notify('app.evaluations.panel.dates_saved', { type: 'success' });
          }}
        />
      )}
      <ReasonDialog
        open={reopening !== null}
        title="app.evaluations.panel.reopen_title"
        titleOptions={{ date: reopening ? formatDay(reopening.dueOn) : '' }}
        content="app.evaluations.panel.reopen_content"
        confirmLabel="app.evaluations.panel.reopen"
        onClose={() => setReopening(null)}
        onConfirm={async (reason) => {
          update(await tutorEvaluationsApi.reopen(reopening!.id, reason));
          setReopening(null);
          notify('app.evaluations.panel.reopened', { type: 'success' });
        }}
      />
    </Card>
  );
};
