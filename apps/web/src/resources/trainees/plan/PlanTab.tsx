import { useState } from 'react';
import AddIcon from '@mui/icons-material/Add';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { progressApi } from '../../../api/progress';
import type { Plan, Trainee } from '../../../api/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatMinutes } from '../../../lib/duration';
import { ExemptionDialog } from './ExemptionDialog';
import { ExemptionList } from './ExemptionList';
import { PlanTable } from './PlanTable';

/** « Parcours individualisé »: planned, exempted and required hours per block; the exemptions. */
const PlanTab = () => {
  const translate = useTranslate();
  const trainee = useRecordContext<Trainee>();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const queryKey = ['plan', trainee?.id];
  const plan = useQuery({ queryKey, queryFn: () => progressApi.plan(trainee!.id), enabled: !!trainee });
  if (!trainee || plan.isPending) return <LinearProgress />;
  if (plan.error) return <ErrorAlert error={plan.error} />;

  /** Every change answers with the new plan; the hours depend on it too. */
  const changed = (next: Plan) => {
    queryClient.setQueryData(queryKey, next);
    void queryClient.invalidateQueries({ queryKey: ['progress', trainee.id] });
  };
  const editable = trainee.status === 'active';
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography sx={{ flexGrow: 1 }}>
          {translate('app.plan.summary', {
            version: plan.data.versionCode,
            planned: formatMinutes(plan.data.plannedMinutes),
            required: formatMinutes(plan.data.requiredMinutes),
          })}
        </Typography>
        {editable && (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setAdding(true)}>
            {translate('app.plan.add')}
          </Button>
        )}
      </Box>
      <PlanTable plan={plan.data} />
      <ExemptionList trainee={trainee} plan={plan.data} editable={editable} onChange={changed} />
      <ExemptionDialog trainee={trainee} plan={plan.data} open={adding} onClose={() => setAdding(false)} onChange={changed} />
    </Box>
  );
};

export default PlanTab;
