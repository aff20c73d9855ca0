import { useState } from 'react';
import { Box, LinearProgress, Tab, Tabs, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { useVersions } from '../../api/hooks';
import { referentialApi } from '../../api/referential';
import type { RuleSetting } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExemptionTableSection } from './ExemptionTableSection';
import { SettingDialog, type SettingAction } from './SettingDialog';
import { SettingRow } from './SettingRow';

/**
 * « Règles de certification »: each rule of a version and its exemption table, with their source (référentiel / école);
 * the school administrator overrides and resets them, staff read them.
 */
const RulesPage = () => {
  const translate = useTranslate();
  const { permissions: role } = usePermissions();
  const canEdit = role === 'school_admin';
  const queryClient = useQueryClient();
  const versions = useVersions();
  const [chosen, setChosen] = useState<string | null>(null);
  const [action, setAction] = useState<SettingAction | null>(null);
  // The version registered last is shown first.
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  const version = sorted.find((v) => v.id === chosen) ?? sorted[0];
  const versionId = version?.id;
  const queryKey = ['settings', versionId];
  const settings = useQuery({ queryKey, queryFn: () => referentialApi.settings(versionId!), enabled: !!versionId });

  return (
    <Box sx={{ py: 2, maxWidth: 960, minWidth: 0 }}>
      <Title title="app.menu.rules" />
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.rules.intro')}
        {!canEdit && ` ${translate('app.rules.read_only')}`}
      </Typography>
      <ErrorAlert error={versions.error ?? settings.error} />
      {versionId && (
        <Tabs value={versionId} onChange={(_, id: string) => setChosen(id)} variant="scrollable" sx={{ mb: 2 }}>
          {sorted.map((v) => (
            <Tab key={v.id} value={v.id} label={v.code} />
          ))}
        </Tabs>
      )}
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('app.rules.settings_title')}
      </Typography>
      {(versions.isPending || settings.isFetching) && <LinearProgress />}
      <Box component="ul" sx={{ p: 0, m: 0, display: 'grid', gap: 1 }}>
        {settings.data?.map((setting) => (
          <SettingRow key={setting.key} setting={setting} canEdit={canEdit} onAction={(kind) => setAction({ kind, setting })} />
        ))}
      </Box>
      {version && <ExemptionTableSection key={version.id} version={version} canEdit={canEdit} />}
      {versionId && canEdit && (
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
