import { useState } from 'react';
import { Box, LinearProgress, Tab, Tabs, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { assessmentApi, examKeys } from '../../../api/exams';
import { useVersions } from '../../../api/hooks';
import { referentialApi } from '../../../api/referential';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { currentVersion, DEFAULT_PASS_MARK } from '../../../lib/exams';
import { BlockPlanCard } from './BlockPlanCard';

/**
 * « Évaluations » (school admin and staff): the épreuves of each competency block of a version (the current one first),
 * added, changed and retired by both; the rule of each block's result, chosen by the school administrator.
 */
const PlanPage = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions();
  const versions = useVersions();
  const [chosen, setChosen] = useState<string | null>(null);
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  const versionId = chosen ?? currentVersion(sorted)?.id;
  const plan = useQuery({ queryKey: examKeys.plan(versionId), queryFn: () => assessmentApi.plan(versionId!), enabled: !!versionId });
  const settings = useQuery({
    queryKey: ['settings', versionId],
    queryFn: () => referentialApi.settings(versionId!),
    enabled: !!versionId,
  });
  const passMark = settings.data?.find((setting) => setting.key === 'passMark')?.value ?? DEFAULT_PASS_MARK;

  return (
    <Box sx={{ py: 2, maxWidth: 1100, minWidth: 0 }}>
      <Title title="app.exams.plan.title" />
      <Typography variant="h5" component="h1">
        {translate('app.exams.plan.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, mb: 1 }}>
        {translate('app.exams.plan.intro')}
      </Typography>
      <ErrorAlert error={versions.error ?? plan.error} />
      {versionId && (
        <Tabs
          value={versionId}
          onChange={(_, id: string) => setChosen(id)}
          variant="scrollable"
          aria-label={translate('app.exams.plan.version')}
          sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {sorted.map((version) => (
            <Tab key={version.id} value={version.id} label={version.code} />
          ))}
        </Tabs>
      )}
      {(versions.isPending || plan.isFetching) && <LinearProgress sx={{ mb: 1 }} />}
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
        {versionId &&
          plan.data?.map((block) => (
            <BlockPlanCard
              key={block.blockId}
              versionId={versionId}
              block={block}
              passMark={passMark}
              canChangeRule={role === 'school_admin'}
            />
          ))}
      </Box>
    </Box>
  );
};

export default PlanPage;
