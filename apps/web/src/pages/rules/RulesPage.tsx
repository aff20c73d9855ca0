import { useState } from 'react';
import { Box, LinearProgress, Tab, Tabs, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { useVersions } from '../../api/hooks';
import { referentialApi } from '../../api/referential';
import type { RuleSetting } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SettingDialog, type SettingAction } from './SettingDialog';
import { SettingRow } from './SettingRow';

/** « Règles de certification »: each rule of a version, its source (référentiel / école), overriding and resetting. */
const RulesPage = () => {
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const versions = useVersions();
  const [chosen, setChosen] = useState<string | null>(null);
  const [action, setAction] = useState<SettingAction | null>(null);
  // The version registered last is shown first.
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  const versionId = chosen ?? sorted[0]?.id;
  const queryKey = ['settings', versionId];
  const settings = useQuery({ queryKey, queryFn: () => referentialApi.settings(versionId!), enabled: !!versionId });

  return (
    <Box sx={{ py: 2, maxWidth: 960 }}>
      <Title title="app.menu.rules" />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.rules.intro')}
      </Typography>
      <ErrorAlert error={versions.error ?? settings.error} />
      {versionId && (
        <Tabs value={versionId} onChange={(_, id: string) => setChosen(id)} variant="scrollable" sx={{ mb: 2 }}>
          {sorted.map((version) => (
            <Tab key={version.id} value={version.id} label={version.code} />
          ))}
        </Tabs>
      )}
      {(versions.isPending || settings.isFetching) && <LinearProgress />}
      <Box component="ul" sx={{ p: 0, m: 0, display: 'grid', gap: 1 }}>
        {settings.data?.map((setting) => (
          <SettingRow key={setting.key} setting={setting} onAction={(kind) => setAction({ kind, setting })} />
        ))}
      </Box>
      {versionId && (
        <SettingDialog
          key={action ? `${action.kind}-${action.setting.key}` : 'none'}
          versionId={versionId}
          action={action}
          onDone={(next: RuleSetting[]) => {
            queryClient.setQueryData(queryKey, next);
            setAction(null);
          }}
          onClose={() => setAction(null)}
        />
      )}
    </Box>
  );
};

export default RulesPage;
