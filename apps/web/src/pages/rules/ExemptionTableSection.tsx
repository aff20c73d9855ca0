import { useState } from 'react';
import EditIcon from '@mui/icons-material/Edit';
import RestoreIcon from '@mui/icons-material/Restore';
import { Box, Button, Chip, LinearProgress, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { referentialApi } from '../../api/referential';
import type { CertificationVersion, ExemptionTable } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ExemptionTableDialog } from './ExemptionTableDialog';
import { ExemptionTableView } from './ExemptionTableView';

interface Props {
  version: CertificationVersion;
  /** School administrators change the table; staff read it. */
  canEdit: boolean;
}

/** « Table des dispenses » of a version: the lines in force and their source; « Modifier » and going back to the referential. */
export const ExemptionTableSection = ({ version, canEdit }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const queryKey = ['exemption-table', version.id];
  const table = useQuery({ queryKey, queryFn: () => referentialApi.exemptionTable(version.id) });
  const [dialog, setDialog] = useState<'edit' | 'reset' | null>(null);
  const fromSchool = table.data?.source === 'school';

  const done = (next: ExemptionTable) => {
    queryClient.setQueryData(queryKey, next);
    setDialog(null);
  };
  const reset = async (reason: string) => {
    const next = await referentialApi.resetExemptionTable(version.id, reason);
    notify('app.rules.exemptions.reset_done', { type: 'success' });
    done(next);
  };

  return (
    <Box component="section" aria-labelledby="exemption-table-title" sx={{ mt: 4 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1 }}>
        <Typography id="exemption-table-title" variant="h6" component="h2">
          {translate('app.rules.exemptions.title')}
        </Typography>
        {table.data && (
          <Chip
            size="small"
            label={translate(`app.rules.exemptions.source.${table.data.source}`)}
            color={fromSchool ? 'secondary' : 'default'}
            variant={fromSchool ? 'filled' : 'outlined'}
          />
        )}
        {canEdit && table.data && (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', ml: { sm: 'auto' } }}>
            <Button size="small" startIcon={<EditIcon />} onClick={() => setDialog('edit')}>
              {translate('app.rules.edit')}
            </Button>
            {fromSchool && (
              <Button size="small" startIcon={<RestoreIcon />} onClick={() => setDialog('reset')}>
                {translate('app.rules.exemptions.reset')}
              </Button>
            )}
          </Box>
        )}
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.rules.exemptions.intro')}
        {fromSchool && ` ${translate('app.rules.exemptions.referential_count', { smart_count: table.data?.referentialRows.length ?? 0 })}`}
      </Typography>
      <ErrorAlert error={table.error} />
      {table.isFetching && <LinearProgress />}
      {table.data && <ExemptionTableView rows={table.data.rows} blocks={version.blocks} />}
      {dialog === 'edit' && table.data && (
        <ExemptionTableDialog version={version} rows={table.data.rows} onDone={done} onClose={() => setDialog(null)} />
      )}
      <ReasonDialog
        open={dialog === 'reset'}
        title="app.rules.exemptions.reset_title"
        content="app.rules.exemptions.reset_content"
        confirmLabel="app.rules.exemptions.reset"
        onConfirm={reset}
        onClose={() => setDialog(null)}
      />
    </Box>
  );
};
