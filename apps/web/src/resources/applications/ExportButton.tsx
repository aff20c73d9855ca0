import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useListContext, useNotify, useTranslate } from 'react-admin';
import { admissionsApi } from '../../api/admissions';
import { errorMessage } from '../../api/errors';
import { applicationFilter } from '../../lib/applications';
import { parisDay } from '../../lib/dates';
import { download } from '../../lib/download';

/** « Exporter (CSV) »: every application matching the list's current filters, in a file for Excel or LibreOffice. */
export const ExportButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [pending, setPending] = useState(false);
  const exportCsv = async () => {
    setPending(true);
    try {
      const file = await admissionsApi.exportCsv(applicationFilter(filterValues));
      download(file.blob, file.name ?? `candidatures-${parisDay()}.csv`);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={exportCsv} disabled={pending}>
      {translate('app.admissions.export')}
    </Button>
  );
};
